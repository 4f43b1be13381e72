import { expect } from '@open-wc/testing';
import { isHttpUrl, isSafeHref, safeHref } from '../../src/content/url.js';

const safe = [
  'https://example.org',
  'http://example.org/path?q=1#part',
  'HTTPS://EXAMPLE.ORG/PATH',
  'HtTpS://example.org',
  'https://example.org/with%20space',
  'page.html',
  './page',
  '../up/page',
  '/root/page',
  '#part',
  '?q=1',
  // Protocol-relative: inherits the page's http(s) scheme.
  '//example.org/page',
  // Property bindings do not decode entities, so these are harmless relative paths.
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript&colon;alert(1)',
  './javascript:alert(1)',
];

const unsafe: [string, unknown][] = [
  ['javascript:', 'javascript:alert(1)'],
  ['javascript: in mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript: in capitals', 'JAVASCRIPT:alert(1)'],
  ['a tab inside the scheme', 'java\tscript:alert(1)'],
  ['a newline inside the scheme', 'java\nscript:alert(1)'],
  ['a carriage return inside the scheme', 'java\rscript:alert(1)'],
  ['a leading space', ' javascript:alert(1)'],
  ['a leading NUL', '\u0000javascript:alert(1)'],
  ['a leading control character', '\u0001javascript:alert(1)'],
  ['a leading no-break space', '\u00a0javascript:alert(1)'],
  ['trailing whitespace', 'javascript:alert(1) '],
  ['a control character in a web URL', 'https://example.org/\u0007'],
  ['a DEL character', 'https://example.org/\u007f'],
  ['a leading space before a web URL', ' https://example.org'],
  ['a trailing newline after a web URL', 'https://example.org\n'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['data: in capitals', 'DATA:text/html,hi'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['mailto:', 'mailto:someone@example.org'],
  ['tel:', 'tel:+15555550100'],
  ['ftp:', 'ftp://example.org/file'],
  ['blob:', 'blob:https://example.org/1234'],
  ['about:', 'about:blank'],
  ['an unparseable URL', 'http://'],
  ['the empty string', ''],
  ['undefined', undefined],
  ['null', null],
  ['a number', 5],
  ['an object', { href: 'https://example.org' }],
  ['an array', ['https://example.org']],
];

describe('isSafeHref', () => {
  for (const url of safe) {
    it(`allows ${JSON.stringify(url)}`, () => {
      expect(isSafeHref(url)).to.equal(true);
      expect(safeHref(url)).to.equal(url);
    });
  }

  for (const [name, url] of unsafe) {
    it(`refuses ${name}`, () => {
      expect(isSafeHref(url)).to.equal(false);
      expect(safeHref(url)).to.equal(undefined);
    });
  }
});

describe('isHttpUrl', () => {
  const accepted = [
    'https://example.org',
    'http://example.org/path',
    'HTTPS://EXAMPLE.ORG',
    'https://example.org:8443/a?b#c',
  ];
  for (const url of accepted) {
    it(`accepts ${url}`, () => {
      expect(isHttpUrl(url)).to.equal(true);
    });
  }

  const refused: unknown[] = [
    '/relative',
    'page.html',
    '#part',
    '//example.org/page',
    'https:example.org',
    'https:/example.org',
    'https://',
    'https:///path',
    'ftp://example.org',
    'javascript:alert(1)',
    'JaVaScRiPt://example.org/%0Aalert(1)',
    ' https://example.org',
    'https://example.org\t',
    '',
    42,
    null,
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(isHttpUrl(url)).to.equal(false);
    });
  }
});
