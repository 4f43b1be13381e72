// Which engines the tests run in, and where Debian installs them.
// BROWSERS picks the engines, comma-separated: chromium, firefox, webkit
// (default: all three). Shared by the test runner config and the check
// that runs before it.

export const engines = ['chromium', 'firefox', 'webkit'];

export const paths = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
};

// Debian package that provides each engine.
export const packages = {
  chromium: ['chromium', 'fonts-dejavu-core'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver'],
  xvfb: ['xvfb', 'xauth'],
};

/** The engines named in BROWSERS, or all of them. Throws on an unknown name. */
export function wantedEngines(value = process.env.BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((b) => b.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return [...engines];
  const unknown = names.filter((n) => !engines.includes(n));
  if (unknown.length > 0) {
    throw new Error(
      `BROWSERS has unknown engine(s): ${unknown.join(', ')}. Use a comma-separated list of ${engines.join(', ')}.`,
    );
  }
  return engines.filter((e) => names.includes(e));
}

/** WebKit's MiniBrowser has no headless mode: it needs an X display. */
export function needsVirtualDisplay(wanted) {
  return wanted.includes('webkit') && !process.env.DISPLAY;
}
