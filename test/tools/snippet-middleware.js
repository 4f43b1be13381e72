// Serves `/__snippet__?types=…&sections=…` for the browser tests: the output
// of the built `usce-compare snippet` command (dist/bin, from `npm run
// build`), run with one `--name value` option per query parameter. A failed
// run answers 500 with the command's stderr, so a test names the problem.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(root, 'dist/bin/usce-compare.js');
/** Options that take no value: `?share` gives `--share`. */
const FLAGS = new Set(['share', 'remember', 'plain', 'plain-copy', 'script-tag']);

export async function snippetResponses(context, next) {
  if (context.path !== '/__snippet__') return next();
  if (!existsSync(BIN)) {
    context.status = 500;
    context.body = `${BIN} is missing: run \`npm run build\` first`;
    return;
  }
  const args = ['snippet', '--src', '/dist/usce-compare.js'];
  for (const [name, value] of new URLSearchParams(context.querystring)) {
    if (FLAGS.has(name)) args.push(`--${name}`);
    else if (name === 'content') args.push('--content', join(root, 'test/fixtures', value.replace(/[^\w.-]/g, '')));
    else args.push(`--${name}`, value);
  }
  const { code, stdout, stderr } = await new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: root }, (error, out, err) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout: out, stderr: err }),
    );
  });
  context.type = 'text/plain';
  context.status = code === 0 ? 200 : 500;
  context.body = code === 0 ? stdout : stderr;
}
