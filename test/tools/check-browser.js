// Fails early, with the fix, when a browser the tests need is missing.
import { existsSync } from 'node:fs';
import { needsVirtualDisplay, packages, paths, wantedEngines } from './browsers.js';

let wanted;
try {
  wanted = wantedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const required = [];
if (wanted.includes('chromium')) required.push(['Chromium', paths.chromium, 'chromium', 'CHROME_PATH']);
if (wanted.includes('firefox')) required.push(['Firefox ESR', paths.firefox, 'firefox', 'FIREFOX_PATH']);
if (wanted.includes('webkit')) {
  required.push(['WebKitWebDriver', paths.webkitDriver, 'webkit', 'WEBKIT_DRIVER_PATH']);
  required.push(['WebKit MiniBrowser', paths.miniBrowser, 'webkit', 'MINIBROWSER_PATH']);
}
if (needsVirtualDisplay(wanted)) required.push(['Xvfb (WebKit needs an X display)', paths.xvfb, 'xvfb']);

const missing = required.filter(([, path]) => !existsSync(path));
if (missing.length > 0) {
  const pkgs = [...new Set(missing.flatMap(([, , key]) => packages[key]))];
  console.error(
    `The tests run in ${wanted.join(', ')}, but these are missing:\n` +
      missing.map(([name, path, , env]) => `  - ${name}: ${path}${env ? ` (or set ${env})` : ''}`).join('\n') +
      '\nInstall them from Debian (as root):\n' +
      `  apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}\n` +
      'or run fewer engines, e.g. BROWSERS=chromium npm test',
  );
  process.exit(1);
}
