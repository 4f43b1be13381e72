// `npm run build:wordpress`: the WordPress plugin as WordPress installs it,
// dist/wordpress/usce-compare/ and dist/wordpress/usce-compare.zip (upload it
// on Plugins > Add New > Upload Plugin). Run after `npm run build`: it takes
// the drop-in files from dist/ and renders the plain copy's pieces from the
// content module (build/wordpress/plain-parts.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = join(root, 'wordpress', 'usce-compare');
const out = join(root, 'dist', 'wordpress');
const plugin = join(out, 'usce-compare');
const zip = join(out, 'usce-compare.zip');
const dropIns = ['usce-compare.js', 'usce-quiz.js', `usce-validate-${version}.js`];

function fail(message) {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

const missing = dropIns.filter((file) => !existsSync(join(root, 'dist', file)));
if (missing.length > 0) fail(`dist/ lacks ${missing.join(', ')}: run npm run build first`);

// The plugin says its version in three places; all must be the package's.
const header = readFileSync(join(source, 'usce-compare.php'), 'utf8');
const readme = readFileSync(join(source, 'readme.txt'), 'utf8');
const found = {
  'usce-compare.php Version': /^ \* Version:\s*(\S+)/m.exec(header)?.[1],
  'usce-compare.php USCE_COMPARE_VERSION': /'USCE_COMPARE_VERSION', '([^']+)'/.exec(header)?.[1],
  'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
};
const wrong = Object.entries(found).filter(([, value]) => value !== version);
if (wrong.length > 0) {
  fail(`the plugin's version must be ${version} (package.json): ${wrong.map(([k, v]) => `${k} is ${v}`).join(', ')}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(source, plugin, { recursive: true });
mkdirSync(join(plugin, 'assets'), { recursive: true });
for (const file of dropIns) copyFileSync(join(root, 'dist', file), join(plugin, 'assets', file));
copyFileSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));

const { module } = await runnerImport(join(root, 'build', 'wordpress', 'plain-parts.ts'));
writeFileSync(join(plugin, 'assets', 'plain-parts.json'), `${JSON.stringify(module.plainParts(version), null, 1)}\n`);

// Debian's zip; -X leaves out owner and extra time fields, so the archive holds only the files.
const zipped = spawnSync('zip', ['-q', '-r', '-X', zip, 'usce-compare'], { cwd: out, stdio: 'inherit' });
if (zipped.error) fail(`could not run zip (${zipped.error.message}); install it: apt-get install -y zip`);
if (zipped.status !== 0) fail(`zip exited with ${zipped.status}`);
console.log(`build:wordpress: ${zip.slice(root.length + 1)} (${readFileSync(zip).length} bytes)`);
