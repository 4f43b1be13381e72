// Starts WebKitWebDriver on a free port (and Xvfb first when there is no X
// display), and makes sure both go away with the test runner: on a normal
// exit, on SIGINT/SIGTERM/SIGHUP, and even when the runner is killed
// outright (a small watchdog notices its stdin pipe closing).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from './browsers.js';
import { freePort } from './free-port.js';

const children = [];
const tempDirs = [];

function killAll() {
  for (const child of children.splice(0)) {
    try {
      // Negative pid: the whole process group, so MiniBrowser goes too.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let handlersInstalled = false;
let watchdog;

function installCleanup() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      killAll();
      // wtr handles SIGINT itself: it stops the browsers, then exits.
      if (signal === 'SIGINT') return;
      // Puppeteer closes Chromium and Firefox on SIGTERM/SIGHUP, after which
      // wtr exits. Leave that to finish; exit here only if nobody else
      // listens, or if it takes too long.
      const code = 128 + { SIGTERM: 15, SIGHUP: 1 }[signal];
      if (process.listenerCount(signal) <= 1) process.exit(code);
      setTimeout(() => process.exit(code), 5000).unref();
    });
  }
}

function guard(child) {
  children.push(child);
  startWatchdog();
}

// Once this process is gone, however it died, kills every child's process
// group and removes the temporary files. Replaced whenever a child is added.
function startWatchdog() {
  watchdog?.kill('SIGKILL'); // it ignores TERM; the new one covers everything
  watchdog = spawn(
    // bash, not sh: dash's kill cannot signal a process group (-pid).
    'bash',
    [
      '-c',
      'trap "" INT TERM HUP; cat >/dev/null; for p in $GROUPS_TO_KILL; do kill -TERM -- "-$p" 2>/dev/null; done; sleep 1; rm -rf -- "$@"',
      'watchdog',
      ...tempDirs,
    ],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
      env: { ...process.env, GROUPS_TO_KILL: children.map((c) => c.pid).join(' ') },
    },
  );
  watchdog.unref();
  watchdog.stdin.unref?.();
  watchdog.stdin.on('error', () => {});
}

// Keeps draining the child's pipes (closing them could kill it with SIGPIPE)
// without keeping this process alive.
function detach(child) {
  for (const stream of child.stdio) {
    if (!stream) continue;
    stream.removeAllListeners('data');
    stream.resume();
    stream.unref?.();
  }
  child.unref();
}

function exited(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', resolve);
  });
}

/** Starts Xvfb on a display it picks itself (no race with other X servers). */
async function startXvfb() {
  const child = spawn(paths.xvfb, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  guard(child);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${stderr}`)));
    setTimeout(() => reject(new Error(`Xvfb did not start within 10 s:\n${stderr}`)), 10000).unref();
  });
  detach(child);
  return `:${display}`;
}

// MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for
// tests that set a phone-sized viewport. Slimmer toolbar buttons and URL entry
// (GTK user CSS, browser chrome only; web content is not styled by GTK) let
// the window go down to about 305 px.
function narrowToolbarConfig() {
  const dir = mkdtempSync(join(tmpdir(), 'usce-webkit-'));
  tempDirs.push(dir);
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(
    join(dir, 'gtk-3.0', 'gtk.css'),
    'button, entry { min-width: 0; padding-left: 0; padding-right: 0; margin-left: 0; margin-right: 0; }\n',
  );
  return dir;
}

async function waitForDriver(child, port) {
  const deadline = Date.now() + 10000;
  let gone = false;
  exited(child).then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Makes sure there is an X display and a WebKitWebDriver, and returns the
 * driver's port.
 */
export async function startWebKitDriver() {
  installCleanup();
  const env = { ...process.env, XDG_CONFIG_HOME: narrowToolbarConfig() };
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();

  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(paths.webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env,
    });
    guard(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const spawnError = new Promise((resolve) => child.once('error', resolve));
    const ready = await Promise.race([waitForDriver(child, port), spawnError.then(() => false)]);
    if (ready) {
      detach(child);
      return port;
    }
    lastError = stderr;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  throw new Error(`WebKitWebDriver did not start:\n${lastError}`);
}
