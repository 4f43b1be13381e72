// A throwaway WordPress site for the plugin's tests, built from Debian's
// packages in a temp folder: a copy of /usr/share/wordpress with its own
// wp-config.php, MariaDB with its own datadir and socket (no network), and
// PHP's built-in server on a free local port. Nothing outside the folder is
// written, and stop() ends every process started here (each leads its own
// process group) and removes the folder, also after a failure.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tools/free-port.js';

const CORE = '/usr/share/wordpress';
const THEME = 'twentytwentythree';

/** What the tests need, the file that shows it is installed, and the Debian package that brings it. */
const NEEDS = [
  ['WordPress', `${CORE}/wp-settings.php`, 'wordpress'],
  [
    'the Twenty Twenty-Three theme',
    `${CORE}/wp-content/themes/${THEME}/theme.json`,
    'wordpress-theme-twentytwentythree',
  ],
  ['PHP', '/usr/bin/php', 'php-cli'],
  ["PHP's MySQL driver", null, 'php-mysql'],
  ['MariaDB', '/usr/sbin/mariadbd', 'mariadb-server'],
  ['mariadb-install-db', '/usr/bin/mariadb-install-db', 'mariadb-server'],
  ['zip', '/usr/bin/zip', 'zip'],
  ['PHP_CodeSniffer', '/usr/bin/phpcs', 'php-codesniffer'],
];

export const APT_LINE = `apt-get update && apt-get install -y --no-install-recommends ${[
  ...new Set(NEEDS.map(([, , pkg]) => pkg)),
].join(' ')}`;

/** Throws, naming the exact apt line, when a package the tests need is missing. */
export function checkPackages() {
  const missing = NEEDS.filter(([name, path]) => {
    if (path !== null) return !existsSync(path);
    if (name !== "PHP's MySQL driver" || !existsSync('/usr/bin/php')) return false;
    return !/^mysqli$/m.test(spawnSync('/usr/bin/php', ['-m'], { encoding: 'utf8' }).stdout ?? '');
  });
  if (missing.length > 0) {
    throw new Error(
      `The WordPress tests run the plugin on Debian's WordPress, but these are missing:\n` +
        missing.map(([name, , pkg]) => `  - ${name} (${pkg})`).join('\n') +
        `\nInstall them (as root):\n  ${APT_LINE}`,
    );
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

async function waitFor(what, check, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function php(literal) {
  return `'${String(literal).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Starts the site and installs WordPress with an administrator, an author
 * and a contributor. Resolves to the site's address, the users, helpers and stop().
 */
export async function startSite() {
  checkPackages();
  const dir = mkdtempSync(join(tmpdir(), 'usce-wp-'));
  const processes = [];
  const site = { dir, stop };

  async function stop() {
    for (const child of processes.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        continue;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    processes.length = 0;
    rmSync(dir, { recursive: true, force: true });
  }
  // Should the test process end without its after hook (an uncaught error,
  // Ctrl+C, a CI timeout), the children still go: they lead their own
  // process groups, so a signal to ours does not reach them.
  const killAll = () => {
    for (const child of processes) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
    });
  }

  function start(command, args, options = {}) {
    const log = join(dir, `${command.split('/').pop()}.log`);
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
    child.stderr.on('data', (chunk) => writeFileSync(log, chunk, { flag: 'a' }));
    processes.push(child);
    return child;
  }

  try {
    // MariaDB: its own datadir and socket, no TCP port, root without a password.
    const datadir = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? ['--user=root'] : [];
    run('/usr/bin/mariadb-install-db', [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...user,
    ]);
    const db = start('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=32M',
      ...user,
    ]);
    await waitFor(
      'MariaDB to start',
      () => {
        if (db.exitCode !== null) throw new Error(`mariadbd exited with ${db.exitCode}: see ${dir}/mariadbd.log`);
        return (
          existsSync(socket) &&
          spawnSync('/usr/bin/mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1']).status ===
            0
        );
      },
      30000,
    );
    run('/usr/bin/mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // WordPress: a copy of the packaged core with its own configuration.
    const root = join(dir, 'wp');
    // Debian links some of WordPress's scripts to /usr/share/javascript; PHP's
    // server serves nothing from outside its root, so the copy follows links.
    run('cp', ['-a', '--dereference', CORE, root]);
    rmSync(join(root, 'wp-config.php'));
    mkdirSync(join(root, 'wp-content', 'uploads'), { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [`${name}_KEY`, `${name}_SALT`]);
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${randomBytes(24).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', ${php(`${url}/wp-content`)} );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    site.url = url;
    site.root = root;
    site.debugLog = join(dir, 'debug.log');
    site.admin = { login: 'admin', password: randomBytes(12).toString('hex') };
    site.author = { login: 'author', password: randomBytes(12).toString('hex') };
    site.contributor = { login: 'contributor', password: randomBytes(12).toString('hex') };
    /** Runs PHP with WordPress loaded, as no user; returns what it prints. */
    site.php = (code) => {
      const file = join(dir, `run-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(file, `<?php\nrequire ${php(join(root, 'wp-load.php'))};\n${code}\n`);
      try {
        return run('/usr/bin/php', [file]);
      } finally {
        rmSync(file);
      }
    };

    // Installed as the install screen would, without a person.
    const install = join(dir, 'install.php');
    writeFileSync(
      install,
      `<?php
define( 'WP_INSTALLING', true );
require ${php(join(root, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'USCE test site', ${php(site.admin.login)}, 'admin@example.test', false, '', ${php(site.admin.password)} );
$users = array( 1 );
foreach ( array( 'author' => ${php(site.author.password)}, 'contributor' => ${php(site.contributor.password)} ) as $role => $password ) {
	$id = wp_insert_user( array(
		'user_login' => $role,
		'user_pass'  => $password,
		'user_email' => "$role@example.test",
		'role'       => $role,
	) );
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	$users[] = $id;
}
switch_theme( ${php(THEME)} );
// The editor's welcome guide would cover the editor on a first visit.
foreach ( $users as $id ) {
	update_user_meta( $id, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
		'core/edit-post' => array( 'welcomeGuide' => false, 'isPublishSidebarEnabled' => true ),
		'_modified'      => gmdate( 'c' ),
	) );
}
`,
    );
    run('/usr/bin/php', [install]);

    const server = start('/usr/bin/php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    await waitFor(
      'PHP to serve the site',
      async () => {
        if (server.exitCode !== null) throw new Error(`php -S exited with ${server.exitCode}: see ${dir}/php.log`);
        try {
          return (await fetch(`${url}/wp-login.php`)).ok;
        } catch {
          return false;
        }
      },
      30000,
    );
    return site;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The lines of WordPress's debug log (PHP notices, warnings, errors); [] when there are none. */
export function debugLines(site) {
  return existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8').split('\n').filter(Boolean) : [];
}
