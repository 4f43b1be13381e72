// Where a snippet loads the drop-in file from, and where the drop-in file
// then finds its validator: always one exact release.
import { expect } from '@open-wc/testing';
import { cdnUrl, integrityByDefault, validatorUrl } from '../../src/snippet/release.js';
import { scriptLine } from '../../src/snippet/markup.js';

const VALIDATOR = 'usce-validate-1.4.2.js';

describe('the pinned script address', () => {
  it('names the exact version on jsDelivr', () => {
    expect(cdnUrl('1.4.2')).to.equal('https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-compare.js');
    expect(cdnUrl('1.4.2', 'usce-quiz.js')).to.equal(
      'https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-quiz.js',
    );
  });

  it('checks the pinned file and files of the same site by default, not files on other hosts', () => {
    expect(integrityByDefault(cdnUrl('1.4.2'), '1.4.2')).to.equal(true);
    expect(integrityByDefault(cdnUrl('1.4.2', 'usce-quiz.js'), '1.4.2')).to.equal(true);
    expect(integrityByDefault('/assets/usce-compare.js', '1.4.2')).to.equal(true);
    expect(integrityByDefault('usce-compare.js', '1.4.2')).to.equal(true);
    // Another version's file has other bytes.
    expect(integrityByDefault(cdnUrl('1.4.1'), '1.4.2')).to.equal(false);
    expect(integrityByDefault('https://static.example/usce-compare.js', '1.4.2')).to.equal(false);
    expect(integrityByDefault('//static.example/usce-compare.js', '1.4.2')).to.equal(false);
  });

  it('writes integrity with a CORS load, and nothing more without it', () => {
    expect(scriptLine('https://x.example/a.js', 'sha384-abc')).to.equal(
      '<script src="https://x.example/a.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>',
    );
    expect(scriptLine('/a.js?x=1&y="2"')).to.equal('<script src="/a.js?x=1&amp;y=&quot;2&quot;" defer></script>');
  });
});

describe('the validator beside the drop-in file', () => {
  const cases: [string, string, string][] = [
    [
      'an exact version stays as it is',
      'https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-compare.js',
      'https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-validate-1.4.2.js',
    ],
    [
      'a major range is pinned to the running file',
      'https://cdn.jsdelivr.net/npm/usce-compare@1/dist/usce-compare.js',
      'https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-validate-1.4.2.js',
    ],
    [
      'a caret range on unpkg',
      'https://unpkg.com/usce-compare@^1.2.0/dist/usce-quiz.js',
      'https://unpkg.com/usce-compare@1.4.2/dist/usce-validate-1.4.2.js',
    ],
    [
      'a dist-tag',
      'https://cdn.jsdelivr.net/npm/usce-compare@latest/dist/usce-compare.js',
      'https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-validate-1.4.2.js',
    ],
    [
      'no version on jsDelivr',
      'https://cdn.jsdelivr.net/npm/usce-compare/dist/usce-compare.js',
      'https://cdn.jsdelivr.net/npm/usce-compare@1.4.2/dist/usce-validate-1.4.2.js',
    ],
    [
      'no version on unpkg',
      'https://unpkg.com/usce-compare/dist/usce-compare.js',
      'https://unpkg.com/usce-compare@1.4.2/dist/usce-validate-1.4.2.js',
    ],
    [
      "a site's own folder named like the package keeps its path",
      'https://blog.example/usce-compare/dist/usce-compare.js',
      'https://blog.example/usce-compare/dist/usce-validate-1.4.2.js',
    ],
    ['a plain folder', 'https://blog.example/js/usce-compare.js?v=3', 'https://blog.example/js/usce-validate-1.4.2.js'],
  ];
  for (const [name, script, expected] of cases) {
    it(`${name}: ${script}`, () => {
      expect(validatorUrl(script, VALIDATOR, '1.4.2')).to.equal(expected);
    });
  }
});
