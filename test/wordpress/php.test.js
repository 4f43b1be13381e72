// The plugin's PHP, checked without WordPress: every file parses (php -l),
// and PHP_CodeSniffer finds nothing against wordpress/phpcs.xml.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkPackages } from './site.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const plugin = join(root, 'wordpress', 'usce-compare');
const phpFiles = readdirSync(plugin, { recursive: true })
  .filter((file) => file.endsWith('.php'))
  .map((file) => join(plugin, file));

before(() => checkPackages());

test('every PHP file of the plugin parses', () => {
  assert.ok(phpFiles.length >= 10, `only ${phpFiles.length} PHP files found under ${plugin}`);
  const failures = phpFiles
    .map((file) => ({ file, result: spawnSync('php', ['-l', file], { encoding: 'utf8' }) }))
    .filter(({ result }) => result.status !== 0)
    .map(({ file, result }) => `${relative(root, file)}: ${result.stdout}${result.stderr}`);
  assert.deepEqual(failures, []);
});

test('PHP_CodeSniffer finds nothing against the plugin’s rules', () => {
  const result = spawnSync('phpcs', ['-q', `--standard=${join(root, 'wordpress', 'phpcs.xml')}`], {
    cwd: join(root, 'wordpress'),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
