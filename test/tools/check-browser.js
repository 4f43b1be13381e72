// Fails early, with the fix, when the browser the tests need is missing.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `The tests run in Chromium, but ${chromium} does not exist.\n` +
      'Install it from Debian (as root): apt-get update && apt-get install -y chromium fonts-dejavu-core\n' +
      'or point CHROME_PATH at another Chromium or Chrome binary.',
  );
  process.exit(1);
}
