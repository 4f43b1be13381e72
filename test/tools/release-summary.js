// The last step of `npm run release:check`, after `npm test`: checks that
// the README's script lines carry this build's integrity values (they are
// what authors copy), then lists what `npm publish` would upload, file by
// file with sizes, and the script lines of this release. Exits non-zero,
// with the lines to paste, when the README is behind.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// --ignore-scripts: `prepack` would build again, and the checks before this have just built.
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const width = Math.max(...report.files.map((file) => file.path.length));
console.log(
  `\n${report.name}@${report.version}: ${report.files.length} files, would be published as ${report.filename}`,
);
for (const file of [...report.files].sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`  ${file.path.padEnd(width)}  ${kB(file.size).padStart(9)}`);
}
console.log(`  ${'packed'.padEnd(width)}  ${kB(report.size).padStart(9)}`);
console.log(`  ${'unpacked'.padEnd(width)}  ${kB(report.unpackedSize).padStart(9)}`);
console.log(`  shasum ${report.shasum}`);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const stale = [];
console.log('\nA snippet of this release loads:');
for (const file of ['usce-compare.js', 'usce-quiz.js']) {
  const integrity = `sha384-${createHash('sha384')
    .update(readFileSync(join(root, 'dist', file)))
    .digest('base64')}`;
  const address = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/${file}`;
  const line = `<script src="${address}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
  console.log(`  ${line}`);
  const inReadme = [...readme.matchAll(/<script\s+src="([^"]+)"\s+integrity="([^"]+)"/g)].filter(
    ([, src]) => src === address,
  );
  if (inReadme.length === 0 || inReadme.some(([, , value]) => value !== integrity)) stale.push(line);
}
console.log(`\nThe configurator site is in dist/site/ (its files for this release under dist/site/v${pkg.version}/).`);
if (stale.length > 0) {
  console.error(
    `\nrelease: README.md's script lines are not this build's; put these in its examples:\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`Publish with \`npm publish\`; tag with \`git tag v${pkg.version}\`.`);
