// Checks what `npm pack` would publish, after `npm run build`: the files a
// consumer needs are there, nothing private or oversized is, and every entry
// point package.json names (exports, main, module, types, customElements, and
// the modules custom-elements.json names) is a file in the package.
// Exits non-zero with the list of problems; prints one summary line when all is well.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Loaded by the drop-in files when a page overrides the content; named after the version.
const VALIDATOR = `dist/usce-validate-${pkg.version}.js`;
const DROP_INS = ['dist/usce-compare.js', 'dist/usce-quiz.js'];

const REQUIRED = [
  ...DROP_INS,
  VALIDATOR,
  'dist/bin/usce-compare.js',
  'dist/lib/index.js',
  'dist/lib/define.js',
  'dist/types/index.d.ts',
  'custom-elements.json',
  'README.md',
  'LICENSE',
  'package.json',
];
const FORBIDDEN = [
  [/^(src|test|demo)\//, 'source, tests and demo pages stay in the repository'],
  [/^dist\/site\//, 'the configurator site is deployed on its own, not installed'],
  [/^dist\/[^/]+\.js\.map$/, 'the drop-in files ship without source maps'],
  [/(^|\/)\.env|\.log$|\.tgz$/, 'local files'],
];
// Far above what the package holds today (the largest file, a drop-in, is
// under 100 kB); a file or total this big means something was packed by mistake.
const MAX_FILE_BYTES = 250_000;
// The snippet command bundles lit's server renderer and its HTML parser so
// that installing the package adds no dependency for it; it runs on the
// author's machine, never in a reader's browser.
const MAX_FILE_BYTES_FOR = { 'dist/bin/usce-compare.js': 450_000 };
const MAX_TOTAL_BYTES = 2_000_000;

const problems = [];

// --ignore-scripts: the `prepack` script would rebuild, and the caller has just built.
let report;
try {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  [report] = JSON.parse(out);
} catch (error) {
  console.error(`package: \`npm pack --dry-run --json\` failed:\n${error.stderr || error.message}`);
  process.exit(1);
}

const files = new Map(report.files.map((f) => [f.path, f.size]));

for (const file of REQUIRED) {
  if (!files.has(file)) problems.push(`${file} is missing from the package (run \`npm run build\` first?)`);
}
for (const [pattern, why] of FORBIDDEN) {
  const found = [...files.keys()].filter((file) => pattern.test(file));
  if (found.length === 0) continue;
  const named = found.slice(0, 5).join(', ') + (found.length > 5 ? ` and ${found.length - 5} more` : '');
  problems.push(`should not be in the package (${why}): ${named}`);
}
for (const [file, size] of files) {
  const limit = MAX_FILE_BYTES_FOR[file] ?? MAX_FILE_BYTES;
  if (size > limit) problems.push(`${file} is ${kB(size)}, over the ${kB(limit)} limit for one file`);
}

// The command `npx usce-compare` runs: package.json's bin names a packed file
// that starts with a node shebang (npm makes it executable on install).
for (const [name, target] of Object.entries(pkg.bin ?? {})) {
  const file = target.replace(/^\.\//, '');
  if (!files.has(file)) problems.push(`bin ${name}: "${target}" is not in the package`);
  else if (!readFileSync(join(root, file), 'utf8').startsWith('#!/usr/bin/env node\n')) {
    problems.push(`bin ${name}: ${file} does not start with "#!/usr/bin/env node"`);
  }
}
if (!pkg.bin?.['usce-compare']) problems.push('package.json has no "bin" entry for usce-compare');
if (report.unpackedSize > MAX_TOTAL_BYTES) {
  problems.push(`the package unpacks to ${kB(report.unpackedSize)}, over the ${kB(MAX_TOTAL_BYTES)} limit`);
}

/** Every file path an `exports` value names, with the key path that leads to it. */
function exportTargets(value, where) {
  if (typeof value === 'string') return [[where, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, `${where}[${JSON.stringify(key)}]`));
  }
  return [];
}

const entries = [
  ...exportTargets(pkg.exports, 'exports'),
  ...['main', 'module', 'types', 'customElements'].filter((key) => pkg[key]).map((key) => [key, pkg[key]]),
];
for (const [where, target] of entries) {
  const file = target.replace(/^\.\//, '');
  if (file.includes('*')) problems.push(`${where}: "${target}" is a pattern; this check only knows plain paths`);
  else if (!files.has(file)) problems.push(`${where}: "${target}" is not in the package`);
}
// Each drop-in file must ask for the validator file this package ships, not another version's.
for (const file of DROP_INS.filter((f) => files.has(f))) {
  const name = VALIDATOR.slice('dist/'.length);
  if (!readFileSync(join(root, file), 'utf8').includes(name)) problems.push(`${file} does not load ${name}`);
}
const strays = [...files.keys()].filter((f) => /^dist\/usce-validate-.*\.js$/.test(f) && f !== VALIDATOR);
if (strays.length > 0) problems.push(`validator files of other versions are in the package: ${strays.join(', ')}`);
if (!pkg.customElements) problems.push('package.json has no "customElements" field naming custom-elements.json');

// The manifest's modules are where tools (editors, docs, storybook) look up each element.
if (pkg.customElements && files.has(pkg.customElements)) {
  const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
  const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));
  if (elements.length === 0) problems.push(`${pkg.customElements} describes no custom element`);
  for (const element of elements) {
    if (!element.tagName) problems.push(`${pkg.customElements}: ${element.name} has no tagName`);
  }
  const modules = new Set(manifest.modules.map((mod) => mod.path));
  for (const mod of manifest.modules) {
    for (const exp of mod.exports ?? []) if (exp.declaration?.module) modules.add(exp.declaration.module);
  }
  for (const path of modules) {
    if (!files.has(path)) problems.push(`${pkg.customElements} names ${path}, which is not in the package`);
  }
}

if (problems.length > 0) {
  console.error(`package check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

// For information: what a reader's browser downloads for each drop-in file.
for (const file of [...files.keys()].filter((f) => /^dist\/[^/]+\.js$/.test(f)).sort()) {
  const buffer = readFileSync(join(root, file));
  const brotli = brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
  console.log(`package: ${file} ${kB(buffer.length)}, ${kB(brotli)} brotli`);
}
console.log(`package: ${files.size} files, all exports resolve`);

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
