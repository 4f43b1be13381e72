import { expect } from '@open-wc/testing';
import { minifyCss, minifyHtml } from '../../build/minify-templates.js';

// The rules the drop-in build applies to the literal text of `html` and
// `css` templates. Each case shows what must change and what must not.
describe('minifying html templates', () => {
  it('turns line breaks and indentation into one space, even next to block-level tags', () => {
    expect(minifyHtml('<ul class="a">\n    <li>One</li>\n    <li>Two</li>\n  </ul>')).to.equal(
      '<ul class=a> <li>One</li> <li>Two</li> </ul>',
    );
  });

  it('never joins a term and its description, which a stylesheet may show inline', () => {
    expect(minifyHtml('<dt>Patient contact:</dt>\n  <dd>How much</dd>')).to.equal(
      '<dt>Patient contact:</dt> <dd>How much</dd>',
    );
  });

  it('keeps one space between inline content, where the reader sees it', () => {
    expect(minifyHtml('<strong>Name</strong>\n      <span class="tag">new</span>')).to.equal(
      '<strong>Name</strong> <span class=tag>new</span>',
    );
    expect(minifyHtml('\u0000\n    \u0000')).to.equal('\u0000 \u0000');
  });

  it('leaves whitespace written on purpose, without a line break', () => {
    expect(minifyHtml('<span>a  b</span> <em>c</em>')).to.equal('<span>a  b</span> <em>c</em>');
  });

  it('never changes a quoted attribute value', () => {
    expect(minifyHtml('<input\n   title="two  spaces\n  and a line"\n   value=\u0000\n />')).to.equal(
      '<input title="two  spaces\n  and a line" value=\u0000 />',
    );
  });

  it('drops quotes only where HTML reads the value the same without them', () => {
    expect(minifyHtml('<p class="a" id="\u0000-x" title="a b" data-e="" lang="\u0000"></p>')).to.equal(
      '<p class=a id=\u0000-x title="a b" data-e="" lang=\u0000></p>',
    );
    expect(minifyHtml('<input value="a"/>')).to.equal('<input value="a"/>');
  });

  it('reads a tag whose name is an expression as a tag', () => {
    expect(minifyHtml('<\u0000 id=\u0000\n   class=\u0000>\u0000</\u0000>')).to.equal(
      '<\u0000 id=\u0000 class=\u0000>\u0000</\u0000>',
    );
  });

  it('keeps the whitespace that ends in an escape', () => {
    expect(minifyHtml('a\\\n  b')).to.equal('a\\\n  b');
  });
});

describe('minifying css templates', () => {
  it('drops comments and the whitespace around braces, semicolons, commas and child combinators', () => {
    expect(
      minifyCss('\n  /* note */\n  :host {\n    display: block;\n  }\n  .a > .b,\n  .c {\n    margin: 0 1em;\n  }\n'),
    ).to.equal(':host{display:block}.a>.b,.c{margin:0 1em}');
  });

  it('keeps the spaces calc() needs and descendant combinators', () => {
    expect(minifyCss('.a :is(.b) { width: calc(100% - 2 * var(--x)); }')).to.equal(
      '.a :is(.b){width:calc(100% - 2 * var(--x))}',
    );
  });

  it('leaves quoted strings as written', () => {
    expect(minifyCss(".a::before { content: ' ;  { } ' }")).to.equal(".a::before{content:' ;  { } '}");
  });
});
