// The plugin's PHP checks links with the widget's rule (src/content/url.ts)
// and builds call-to-action links as the widget does (src/content/cta.ts):
// both are run, PHP and TypeScript, on the same cases, including those of
// test/content/url.test.ts, and must agree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { checkPackages } from './site.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const includes = join(root, 'wordpress', 'usce-compare', 'includes');

/** Runs `call` (a PHP function name) on each input with the plugin's helpers loaded, without WordPress. */
function php(call, inputs) {
  const code = `define( 'ABSPATH', '/' );
require ${JSON.stringify(join(includes, 'options.php'))};
require ${JSON.stringify(join(includes, 'plain-copy.php'))};
$out = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $args ) {
	$out[] = ${call}( ...$args );
}
echo json_encode( $out );`;
  const result = spawnSync('php', ['-r', code], {
    input: JSON.stringify(inputs.map((i) => [i].flat())),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  return JSON.parse(result.stdout);
}

before(() => checkPackages());

const HREFS = [
  'https://example.org',
  'http://example.org/path?q=1#part',
  'HTTPS://EXAMPLE.ORG/PATH',
  'https://example.org/with%20space',
  'https:example.org',
  'https:/example.org',
  'page.html',
  './page',
  '../up/page',
  '/root/page',
  '#part',
  '?q=1',
  '//example.org/page',
  '\\\\example.org\\page',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript&colon;alert(1)',
  './javascript:alert(1)',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'javascript:alert(1) ',
  'https://example.org/\u0007',
  'https://example.org\n',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html,hi',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:someone@example.org',
  'tel:+15555550100',
  'ftp://example.org/file',
  'blob:https://example.org/1234',
  'about:blank',
  'http://',
  'https://',
  'https:',
  'http:',
  'http:page',
  'https:page',
  'http://example.org:/x',
  'http://user@example.org',
  'http://[::1]/',
  'https:\\\\example.org',
  'https://example.org\u2028',
  'http://[::1',
  'http://exa mple.org/',
  'http://example.org:99999/',
  '',
];

test('links pass or fail the same checks on the server as in the widget', async () => {
  const { module } = await runnerImport(join(root, 'src', 'content', 'url.ts'));
  const expected = HREFS.map((url) => [url, module.isSafeHref(url)]);
  const got = php(
    'usce_compare_is_safe_href',
    HREFS.map((url) => [url]),
  ).map((ok, i) => [HREFS[i], ok]);
  assert.deepEqual(got, expected);
});

test('call-to-action links get their parameters as the widget adds them', async () => {
  const { module } = await runnerImport(join(root, 'src', 'content', 'cta.ts'));
  const cases = [
    ['https://example.org/rotations', 'utm_source=blog&utm_campaign=usce'],
    ['https://example.org/rotations?x=1', '?utm_source=blog'],
    ['https://example.org/rotations?', 'a=1'],
    ['https://example.org/rotations?x=1&', 'a=1'],
    ['/rotations#plans', 'utm_source=blog'],
    ['rotations', 'q=a b&r=ü&s=*~&t=%2B+&&u'],
    ['https://example.org/', 'name=<b>"x"</b>&empty='],
    ['https://example.org/', ''],
  ];
  const expected = cases.map(([href, params]) => module.ctaHref(href, params));
  assert.deepEqual(php('usce_compare_cta_href', cases), expected);
});
