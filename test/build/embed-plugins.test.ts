import { expect } from '@open-wc/testing';
import {
  LIT_MESSAGE_EDITS,
  lazyValidator,
  quizOnlyContent,
  quizOnlyModule,
  shortenLitMessages,
  wrapOnce,
} from '../../build/embed-plugins.js';

// The plugins that shape the drop-in files, tried on small inputs. The built
// files themselves are tried in test/build/drop-in.test.ts and same-text.test.ts.

describe('wrapOnce', () => {
  const spec = { tag: 'usce-wrap-probe', tags: ['usce-wrap-probe'], failure: 'probe: could not start.' };
  const probe = window as unknown as { probeRuns: string[] };

  it('runs the file only while its element is not defined', () => {
    const runs: string[] = [];
    probe.probeRuns = runs;
    const code = wrapOnce(
      'probeRuns.push("ran"); customElements.define("usce-wrap-probe", class extends HTMLElement {});',
      spec,
    );
    new Function(code)();
    new Function(code)();
    expect(runs).to.deep.equal(['ran']);
  });

  it('runs a second copy neither before the first has registered its element nor after', async () => {
    const runs: string[] = [];
    probe.probeRuns = runs;
    const register = 'setTimeout(() => customElements.define("usce-wrap-later", class extends HTMLElement {}))';
    const code = wrapOnce(`probeRuns.push("ran"); ${register}`, {
      ...spec,
      tag: 'usce-wrap-later',
      tags: ['usce-wrap-later'],
    });
    new Function(code)();
    new Function(code)();
    await customElements.whenDefined('usce-wrap-later');
    new Function(code)();
    expect(runs).to.deep.equal(['ran']);
  });

  it('keeps a file from running when a file that registers its element too has run', () => {
    const runs: string[] = [];
    probe.probeRuns = runs;
    const both = { ...spec, tag: 'usce-wrap-whole', tags: ['usce-wrap-whole', 'usce-wrap-part'] };
    new Function(wrapOnce('probeRuns.push("whole")', both))();
    new Function(wrapOnce('probeRuns.push("part")', { ...spec, tag: 'usce-wrap-part', tags: ['usce-wrap-part'] }))();
    expect(runs).to.deep.equal(['whole']);
  });

  it('lets another copy run when the first failed to start', () => {
    const runs: string[] = [];
    probe.probeRuns = runs;
    const failing = { ...spec, tag: 'usce-wrap-retry', tags: ['usce-wrap-retry'] };
    const original = console.warn;
    console.warn = () => {};
    try {
      new Function(wrapOnce('probeRuns.push("first"); throw new Error("boom")', failing))();
    } finally {
      console.warn = original;
    }
    new Function(wrapOnce('probeRuns.push("second")', failing))();
    expect(runs).to.deep.equal(['first', 'second']);
  });

  it('logs a failure to start instead of throwing it into the page', () => {
    const warned: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      new Function(wrapOnce('throw new Error("boom")', { ...spec, tag: 'usce-wrap-never' }))();
    } finally {
      console.warn = original;
    }
    expect(warned[0]?.[0]).to.equal('probe: could not start.');
    expect(String(warned[0]?.[1])).to.contain('boom');
  });
});

describe('shortenLitMessages', () => {
  it("cuts lit's two long css-tag messages", () => {
    const source = LIT_MESSAGE_EDITS.map(([from]) => `throw Error(${from});`).join('\n');
    const { code, missing } = shortenLitMessages(source);
    expect(missing).to.deep.equal([]);
    for (const [from, to] of LIT_MESSAGE_EDITS) {
      expect(code).to.not.contain(from);
      expect(code).to.contain(to);
    }
  });

  it('names the messages a lit release words otherwise, and changes nothing', () => {
    const { code, missing } = shortenLitMessages('throw Error("reworded");');
    expect(code).to.equal('throw Error("reworded");');
    expect(missing).to.have.length(LIT_MESSAGE_EDITS.length);
  });
});

describe('the quiz-only content module', () => {
  it('exports the given content with the quiz from its own module', () => {
    const source = quizOnlyModule({ lang: 'en', facts: [] });
    expect(source).to.contain("import { builtInQuiz } from './quiz-questions.js';");
    expect(source).to.contain('{ ...{"lang":"en","facts":[]}, quiz: builtInQuiz }');
  });

  it('replaces only the content module', async () => {
    const plugin = quizOnlyContent('/repo/src/content/content.ts', { lang: 'en' });
    const load = plugin.load as (id: string) => string | null;
    expect(load.call({}, '/repo/src/content/content.ts')).to.equal(quizOnlyModule({ lang: 'en' }));
    expect(load.call({}, '/repo/src/content/quiz-questions.ts')).to.equal(null);
  });
});

describe('lazyValidator', () => {
  const plugin = lazyValidator('/repo/src/context/validator.ts', '/repo/src/embed/validator.ts');
  const resolveId = plugin.resolveId as (
    this: { resolve: (source: string) => Promise<{ id: string } | null> },
    source: string,
    importer: string | undefined,
    options: object,
  ) => Promise<string | null>;
  const context = (id: string) => ({ resolve: async () => ({ id }) });

  it("swaps the library's validator for the drop-in's", async () => {
    const swapped = await resolveId.call(
      context('/repo/src/context/validator.ts'),
      '../context/validator.js',
      '/repo/src/context/content-source.ts',
      {},
    );
    expect(swapped).to.equal('/repo/src/embed/validator.ts');
  });

  it('leaves every other module alone', async () => {
    expect(
      await resolveId.call(context('/repo/src/other/validator.ts'), './validator.js', '/repo/src/x.ts', {}),
    ).to.equal(null);
    expect(await resolveId.call(context('/repo/src/context/validator.ts'), 'lit', '/repo/src/x.ts', {})).to.equal(null);
    expect(await resolveId.call(context('/repo/src/context/validator.ts'), './validator.js', undefined, {})).to.equal(
      null,
    );
  });
});
