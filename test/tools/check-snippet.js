// Runs the built `usce-compare snippet` command (dist/bin, after `npm run
// build`) as an author would, with node:test: the snippet it prints, the
// options it honours, and the way it refuses bad input (every problem named,
// nothing on stdout, a non-zero exit). The browser tests in test/snippet/
// check what the snippet looks like and how the script takes it over.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(root, 'dist/bin/usce-compare.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** What a browser compares the file against: SHA-384 of the built bytes, in base64. */
const INTEGRITY = `sha384-${createHash('sha384')
  .update(readFileSync(join(root, 'dist/usce-compare.js')))
  .digest('base64')}`;

function run(...args) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('prints the reserve style, the script line and the pre-rendered element', () => {
  const { code, out, err } = run('snippet', '--src', 'https://cdn.example/usce-compare.js');
  assert.equal(code, 0, err);
  const lines = out.split('\n');
  assert.match(lines[0], /^<style>usce-compare:not\(:defined\)\{display:block;min-height:40rem;/);
  // The script line: an inline loader that adds the file after the first paint.
  assert.match(
    lines[1],
    /^<script>\(function\(d,w,u,i\)\{.*\}\)\(document,window,new URL\("https:\/\/cdn\.example\/usce-compare\.js",document\.baseURI\)\.href,""\)<\/script>$/,
  );
  assert.match(lines[2], /^<usce-compare data-usce-prerender="c1-[0-9a-z]+"><template shadowrootmode="open"><style>/);
  // One declarative root for the widget and one for the table and the cards; the quiz,
  // which needs the script, is only a placeholder.
  assert.equal(out.match(/<template shadowrootmode="open">/g).length, 3);
  assert.doesNotMatch(out, /<usce-quiz/);
  assert.match(out, /<div class="section quiz-placeholder" part="quiz">/);
  // For views that drop templates: one line, not the plain copy.
  assert.match(out, /<\/template>\n<p>[^<]+<\/p>\n<\/usce-compare>/);
  // Hydration markers are left out: the script replaces the markup.
  assert.doesNotMatch(out, /lit-part|lit-node|<\?|defer-hydration/);
  assert.ok(out.trimEnd().endsWith('</usce-compare>'));
});

test('--script-tag prints a plain deferred script line instead of the loader, for pages that forbid inline scripts', () => {
  for (const plain of [[], ['--plain']]) {
    const { code, out, err } = run('snippet', ...plain, '--script-tag', '--src', 'https://cdn.example/usce-compare.js');
    assert.equal(code, 0, err);
    assert.equal(out.split('\n')[1], '<script src="https://cdn.example/usce-compare.js" defer></script>');
    assert.equal(out.match(/<script/g).length, 1);
  }
});

test('the loader cannot be closed or broken out of by the address it carries', () => {
  const { code, out, err } = run('snippet', '--plain', '--src', '/x.js?a=</script><script>alert(1)</script>"');
  assert.equal(code, 0, err);
  const line = out.split('\n')[1];
  assert.equal(line.match(/<\/script>/g).length, 1);
  assert.ok(line.endsWith('</script>'));
  assert.ok(line.includes('"/x.js?a=\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\""'), line);
});

test('by default the script is this exact version on the CDN, checked against the built file', () => {
  const { code, out, err } = run('snippet');
  assert.equal(code, 0, err);
  const cdn = `https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/usce-compare.js`;
  // The loader carries the address and the integrity value it sets on the script it adds.
  assert.ok(
    out.split('\n')[1].endsWith(`(document,window,new URL("${cdn}",document.baseURI).href,"${INTEGRITY}")</script>`),
  );
  assert.equal(
    run('snippet', '--script-tag').out.split('\n')[1],
    `<script src="${cdn}" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`,
  );
  // The plain snippet loads the same file the same way.
  assert.equal(run('snippet', '--plain').out.split('\n')[1], out.split('\n')[1]);
});

test('--src on the same site keeps the check, on another host it is asked for, and --no-integrity drops it', () => {
  const line = (...args) => run('snippet', '--plain', '--script-tag', ...args).out.split('\n')[1];
  assert.equal(
    line('--src', '/assets/usce-compare.js'),
    `<script src="/assets/usce-compare.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`,
  );
  assert.equal(
    line('--src', '/assets/usce-compare.js', '--no-integrity'),
    '<script src="/assets/usce-compare.js" defer></script>',
  );
  assert.equal(
    line('--src', 'https://static.example/usce-compare.js', '--integrity'),
    `<script src="https://static.example/usce-compare.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`,
  );
  const both = run('snippet', '--integrity', '--no-integrity');
  assert.equal(both.code, 1);
  assert.equal(both.out, '');
  assert.match(both.err, /--integrity and --no-integrity/);
});

test('`script` prints the script line alone, for the comparison or the quiz', () => {
  const quiz = `sha384-${createHash('sha384')
    .update(readFileSync(join(root, 'dist/usce-quiz.js')))
    .digest('base64')}`;
  assert.equal(
    run('script').out,
    `<script src="https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/usce-compare.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>\n`,
  );
  assert.equal(
    run('script', '--quiz').out,
    `<script src="https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/usce-quiz.js" integrity="${quiz}" crossorigin="anonymous" defer></script>\n`,
  );
  assert.equal(run('script', '--quiz', '--src', 'js/usce-quiz.js').out.includes(`integrity="${quiz}"`), true);
  const wrong = run('script', '--highlight', 'research');
  assert.equal(wrong.code, 1);
  assert.equal(wrong.out, '');
  assert.match(wrong.err, /--highlight goes with `snippet`/);
});

test('the options become attributes, and shape the pre-rendered markup', () => {
  const { code, out, err } = run(
    'snippet',
    '--types',
    'research virtual',
    '--sections',
    'table cards',
    '--highlight',
    'virtual',
    '--heading',
    'Research or virtual?',
    '--theme',
    'dark',
    '--cta-href',
    'https://partner.example/rotations',
    '--cta-label',
    'See rotations',
  );
  assert.equal(code, 0, err);
  assert.match(
    out,
    /<usce-compare types="research virtual" sections="table cards" highlight="virtual" heading="Research or virtual\?" theme="dark" cta-href="https:\/\/partner.example\/rotations" cta-label="See rotations" data-usce-prerender=/,
  );
  const shadowPart = out.slice(out.indexOf('<template'), out.lastIndexOf('</template>'));
  assert.match(shadowPart, /Research or virtual\?/);
  assert.equal(shadowPart.match(/<th scope="col"[^>]*data-type=/g).length, 2);
  assert.equal(shadowPart.match(/<usce-quiz/g), null);
  assert.equal(shadowPart.match(/href="https:\/\/partner.example\/rotations"/g).length, 2);
});

test('a heading and a call to action are escaped, never markup', () => {
  const { code, out } = run('snippet', '--heading', '<img src=x onerror=alert(1)> & "more"', '--plain');
  assert.equal(code, 0);
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /heading="&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;more&quot;"/);
});

test('--content renders the override and carries it for the script', () => {
  const { code, out, err } = run('snippet', '--content', join(root, 'test/fixtures/content-es.json'));
  assert.equal(code, 0, err);
  const shadowPart = out.slice(out.indexOf('<template'), out.lastIndexOf('</template>'));
  assert.match(shadowPart, /¿Qué tipo de experiencia clínica en EE\. UU\. te conviene\?/);
  // Inside the table as well: the content reaches the nested elements.
  assert.match(shadowPart, /<span class="type-name">Rotación virtual<\/span>/);
  assert.match(out, /<script type="application\/json">\{"lang":"es"/);
});

test('a bad content file prints every problem with its path, and nothing on stdout', () => {
  const { code, out, err } = run('snippet', '--content', join(root, 'test/fixtures/content-bad.json'));
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, /ui\.heading must be a non-empty string/);
  assert.match(err, /types\[3\]\.pros must have at least 1 item/);
});

test('a content file that is not JSON is named, and nothing is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'usce-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ "ui": ');
  const { code, out, err } = run('snippet', '--content', file);
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, /broken\.json/);
});

test('unknown values are all named with the valid ones, and nothing is written', () => {
  const { code, out, err } = run(
    'snippet',
    '--types',
    'research nope',
    '--theme',
    'purple',
    '--sections',
    'table quizz',
    '--cta-href',
    'javascript:alert(1)',
  );
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, /--types: unknown nope \(valid: hands-on, observership, research, virtual\)/);
  assert.match(err, /--theme: unknown "purple"/);
  assert.match(err, /--sections: unknown quizz/);
  assert.match(err, /--cta-href "javascript:alert\(1\)" is not an http\(s\) or relative URL/);
});

test('an unknown option or command is a usage error', () => {
  assert.equal(run('snippet', '--colour', 'red').code, 2);
  assert.equal(run('render').code, 2);
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /usce-compare snippet \[options\]/);
});

test('--plain prints the snippet without pre-rendering', () => {
  const { code, out } = run('snippet', '--plain', '--highlight', 'hands-on');
  assert.equal(code, 0);
  assert.doesNotMatch(out, /<template|data-usce-prerender/);
  assert.match(
    out,
    /^<style>usce-compare:not\(:defined\)\{display:block;min-height:40rem;margin-block:1.5rem\}<\/style>\n/,
  );
  assert.match(out, /<usce-compare highlight="hands-on">\n<p>[^<]+<\/p>\n<\/usce-compare>/);
});

test('--plain-copy adds the comparison as plain HTML for views that drop templates', () => {
  const { code, out, err } = run('snippet', '--plain-copy', '--highlight', 'hands-on');
  assert.equal(code, 0, err);
  const light = out.slice(out.lastIndexOf('</template>'));
  assert.match(light, /<table><caption>[^<]+<\/caption>/);
  assert.match(light, /<p>Pros<\/p><ul><li>/);
  const both = run('snippet', '--plain', '--plain-copy');
  assert.equal(both.code, 1);
  assert.equal(both.out, '');
  assert.match(both.err, /--plain and --plain-copy/);
});
