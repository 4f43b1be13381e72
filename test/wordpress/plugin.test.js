// The WordPress plugin on a real WordPress (Debian's, started by site.js) in
// Chromium: an administrator installs dist/wordpress/usce-compare.zip through
// the Upload Plugin screen; an author (no unfiltered_html) builds a post from
// the inserter and the block sidebar and publishes it; readers see the
// widget with those options, or the plain copy without JavaScript; hostile
// shortcode values come out as text. Run after `npm run build` and
// `node build/wordpress/package.js` (both part of `npm test`).
/* global deepAll, wp -- page globals: deepAll is defined by deepAllSource(), wp by the block editor */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { runnerImport } from 'vite';
import { paths } from '../tools/browsers.js';
import { debugLines, startSite } from './site.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZIP = join(root, 'dist', 'wordpress', 'usce-compare.zip');
const parts = JSON.parse(readFileSync(join(root, 'dist', 'wordpress', 'usce-compare', 'assets', 'plain-parts.json')));
const labelOf = (id) => parts.types.find((type) => type.id === id).label;

// What the author types: WordPress stores an Author's `&` in a block's attributes as `&amp;`.
const HEADING = 'Rotations & rounds: which is yours?';
const PARAMS = 'utm_source=blog&utm_campaign=usce';

// A content override an author uploads: the quiz's heading in other words.
const OVERRIDE_HEADING = 'Pick the rotation that suits you';
let OVERRIDE;

let site;
let browser;
let post; // { id, url } of the author's published post

before(async () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build && node build/wordpress/package.js`);
  site = await startSite();
  OVERRIDE = join(site.dir, 'quiz-words.json');
  writeFileSync(OVERRIDE, JSON.stringify({ quiz: { ui: { heading: OVERRIDE_HEADING } } }));
  browser = await puppeteer.launch({
    executablePath: paths.chromium,
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    defaultViewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/**
 * A page in a fresh profile. The machine may be offline: requests to other
 * hosts (WordPress's avatars and news in the admin) are refused at once and
 * listed in `page.remote`, rather than left to time out.
 */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.remote = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${site.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      void request.continue();
    } else {
      page.remote.push(url);
      void request.abort();
    }
  });
  return { context, page };
}

/**
 * Keeps a screenshot for the plugin directory's readme ("== Screenshots ==")
 * as dist/wordpress/screenshot-<n>.png, with `selector`'s element at the top.
 */
async function screenshot(page, n, selector) {
  if (selector) await page.$eval(selector, (el) => el.scrollIntoView());
  await page.screenshot({ path: join(root, 'dist', 'wordpress', `screenshot-${n}.png`) });
}

/** Runs `steps` on `page`; on failure keeps a screenshot in the temp folder and names it in the error. */
async function withScreenshot(page, name, steps) {
  try {
    await steps();
  } catch (error) {
    const path = join(tmpdir(), `usce-wp-${name}.png`);
    await page.screenshot({ path }).catch(() => {});
    error.message += ` (screenshot: ${path})`;
    throw error;
  } finally {
    await page.browserContext().close();
  }
}

/** A page in a fresh profile, logged in as `user`. */
async function loggedIn(user) {
  const { page } = await freshPage();
  await page.goto(`${site.url}/wp-login.php`);
  // The login screen focuses and selects the user field shortly after it loads; typing before
  // that would lose what was typed.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', user.login);
  await page.type('#user_pass', user.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  assert.match(page.url(), /\/wp-admin\//, `${user.login} could not log in`);
  return page;
}

/** Console errors and uncaught exceptions on `page` from now on. */
function collectErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    // A failed request is reported with its address below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
  });
  page.on('dialog', async (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return errors;
}

/** PHP notices, warnings and errors from the plugin's files (WordPress 6.1's own deprecations on PHP 8.2 are not ours). */
function pluginNotices() {
  return debugLines(site).filter((line) => line.includes('/plugins/usce-compare/'));
}

/**
 * Requests the editor makes for an Author or a Contributor that WordPress
 * itself refuses with 403, with or without the plugin: a block theme's
 * template, the site's settings and categories in edit context are for
 * editors and administrators.
 */
const REFUSED_TO_AUTHORS = /^403: .*rest_route=%2Fwp%2Fv2%2F(templates|settings|categories)\b/;

// --- The block editor's sidebar, found by what an author reads in it ---

const SIDEBAR = '.interface-interface-skeleton__sidebar';

/** The form control whose label reads `text`, in the sidebar. */
async function control(page, text) {
  const handle = await page.waitForFunction(
    (sidebar, text) => {
      const labels = [...(document.querySelector(sidebar)?.querySelectorAll('label') ?? [])];
      const label = labels.find((l) => l.textContent.trim() === text);
      return label?.control ?? null;
    },
    {},
    SIDEBAR,
    text,
  );
  return handle.asElement();
}

async function openPanel(page, title) {
  const button = await page.waitForFunction(
    (sidebar, title) =>
      [...document.querySelectorAll(`${sidebar} .components-panel__body-toggle`)].find(
        (b) => b.textContent.trim() === title,
      ) ?? null,
    {},
    SIDEBAR,
    title,
  );
  if ((await button.evaluate((b) => b.getAttribute('aria-expanded'))) !== 'true') await button.click();
}

async function clickByLabel(page, ariaLabel) {
  await page.click(`${SIDEBAR} button[aria-label="${ariaLabel}"]`);
}

async function typeInto(page, label, text) {
  const field = await control(page, label);
  await field.click();
  await field.type(text);
}

async function insertBlock(page, search, name) {
  await page.click('button.edit-post-header-toolbar__inserter-toggle');
  const input = await page.waitForSelector('.block-editor-inserter__search input');
  await input.type(search);
  await page.click(`button.editor-block-list-item-${name.replace('/', '-')}`);
  // The inserter stays open on wide screens; close it so the block's settings show.
  if (await page.$('button.edit-post-header-toolbar__inserter-toggle.is-pressed')) {
    await page.click('button.edit-post-header-toolbar__inserter-toggle');
  }
  await page.waitForFunction(
    (name) => document.querySelector('.block-editor-block-list__block.is-selected')?.dataset.type === name,
    {},
    name,
  );
  // The block's settings: the sidebar open, on its Block tab.
  const settings = await page.waitForSelector('.edit-post-header__settings button[aria-label="Settings"]');
  if ((await settings.evaluate((b) => b.getAttribute('aria-pressed') ?? b.getAttribute('aria-expanded'))) !== 'true') {
    await settings.click();
  }
  const tab = await page.waitForSelector(`${SIDEBAR} button[data-label="Block"]`);
  await tab.click();
}

// --- What a reader sees inside the widget (its shadow roots) ---

/** Runs in the page: every element matching `selector` under `root`, through shadow roots. */
function deepAllSource() {
  window.deepAll = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
    return found;
  };
}

/** Waits until every widget on the page has rendered all its sections. */
async function widgetsRendered(page) {
  await page.evaluate(deepAllSource);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('usce-compare, usce-quiz')].every((el) => {
      const sr = el.shadowRoot;
      if (!sr || sr.querySelector('.pending')) return false;
      return el.localName === 'usce-quiz'
        ? !!sr.querySelector('[part~="quiz"]')
        : !!sr.querySelector('[part~="caveat"]');
    }),
  );
  // Then every part: the widgets render a part a turn, and closed folds fill last.
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('usce-compare, usce-quiz')].map(async (el) => {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      }),
    ),
  );
}

test('an administrator installs the zip through Upload Plugin and activates it', async () => {
  const page = await loggedIn(site.admin);
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  const input = await page.waitForSelector('#pluginzip');
  await input.uploadFile(ZIP);
  await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
  const text = await page.$eval('#wpbody-content', (el) => el.textContent);
  assert.match(text, /Plugin installed successfully/);
  await Promise.all([page.waitForNavigation(), page.click('a[href*="action=activate"]')]);
  const row = await page.waitForSelector('tr[data-slug="usce-compare"]');
  assert.equal(await row.evaluate((tr) => tr.classList.contains('active')), true);
  assert.equal(await row.evaluate((tr) => tr.querySelector('.plugin-title strong').textContent), 'USCE Compare');
  await page.browserContext().close();
});

test('an author inserts both blocks, sets their options in the sidebar and publishes', async () => {
  const page = await loggedIn(site.author);
  await withScreenshot(page, 'editor', () => authorBuildsPost(page));
});

async function authorBuildsPost(page) {
  const errors = collectErrors(page);
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  const title = await page.waitForSelector('.editor-post-title__input');
  await title.click();
  await title.type('Which experience suits you');

  await insertBlock(page, 'USCE comparison', 'usce/compare');
  await clickByLabel(page, `Move ${labelOf('research')} up`);
  await (await control(page, labelOf('virtual'))).click();
  await (await control(page, 'Before you apply (checklist)')).click();
  await (await control(page, 'Good to know (sourced facts)')).click();
  await (await control(page, 'Featured type')).select('research');
  await typeInto(page, 'Heading', HEADING);
  await (await control(page, 'Heading level')).select('3');
  await (await control(page, 'Theme')).select('dark');
  await openPanel(page, 'Call to action');
  await typeInto(page, 'Link text', 'See our rotations');
  // A script address is refused while the author types it, and never reaches the page.
  await typeInto(page, 'Link address', 'javascript:alert(1)');
  await page.waitForSelector(`${SIDEBAR} .components-notice.is-error::-p-text(Use an http(s) address)`);
  const address = await control(page, 'Link address');
  await address.click({ count: 3 });
  await address.type('https://partner.example/rotations');
  await page.waitForFunction(
    (sidebar) => !document.querySelector(`${sidebar} .components-notice.is-error`),
    {},
    SIDEBAR,
  );
  await typeInto(page, 'Parameters added to the link', PARAMS);
  await openPanel(page, 'Quiz');
  await (await control(page, 'Link to the result')).click();

  // The preview is the server's output with the live widget in it.
  await page.waitForFunction(
    (heading) => {
      const el = document.querySelector('.block-editor-block-list__layout usce-compare[cta-params]');
      return el?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() === heading;
    },
    {},
    HEADING,
  );
  const previewTypes = await page.evaluate(() => {
    const table = document
      .querySelector('.block-editor-block-list__layout usce-compare')
      .shadowRoot.querySelector('usce-table');
    return [...(table?.shadowRoot?.querySelectorAll('thead th[data-type]') ?? [])].map((th) => th.dataset.type);
  });
  assert.deepEqual(previewTypes, ['hands-on', 'research', 'observership']);

  await page.$eval(SIDEBAR, (sidebar) => sidebar.scrollTo(0, 0));
  await screenshot(page, 1);

  await insertBlock(page, 'USCE quiz', 'usce/quiz');
  await (await control(page, 'Heading level')).select('4');
  await openPanel(page, 'Quiz');
  await (await control(page, 'Remember answers')).click();
  await page.waitForFunction(() => document.querySelector('.block-editor-block-list__layout usce-quiz[remember]'));
  // The quiz's own words, from a JSON file the author uploads to the media library.
  await openPanel(page, 'Content override');
  const choose = await page.waitForSelector(`${SIDEBAR} button::-p-text(Choose a JSON file from the media library)`);
  // The media library opens once WordPress's media scripts are ready; on a
  // busy machine the first click can come before that, so the author clicks
  // again, as a person would, until the library shows (three tries).
  let uploadTab = null;
  for (let attempt = 0; attempt < 3 && !uploadTab; attempt++) {
    await choose.click();
    uploadTab = await page.waitForSelector('.media-modal #menu-item-upload', { timeout: 10_000 }).catch(() => null);
  }
  assert.ok(uploadTab, 'the media library never opened');
  await uploadTab.click();
  const upload = await page.waitForSelector(
    '.media-modal .upload-ui input[type="file"], .media-modal .moxie-shim input[type="file"]',
  );
  await upload.uploadFile(OVERRIDE);
  const select = await page.waitForSelector('.media-modal .media-button-select:not([disabled])');
  await select.click();
  await page.waitForFunction(
    (heading) => {
      const quiz = document.querySelector('.block-editor-block-list__layout usce-quiz[content-src]');
      return quiz?.shadowRoot?.querySelector('h4')?.textContent.trim() === heading;
    },
    {},
    OVERRIDE_HEADING,
  );

  await page.click('button.editor-post-publish-panel__toggle');
  await page.click('.editor-post-publish-panel button.editor-post-publish-button');
  await page.waitForSelector('.post-publish-panel__postpublish');
  post = await page.evaluate(() => ({
    id: wp.data.select('core/editor').getCurrentPostId(),
    url: wp.data.select('core/editor').getPermalink(),
    status: wp.data.select('core/editor').getEditedPostAttribute('status'),
  }));
  assert.equal(post.status, 'publish');
  assert.deepEqual(
    errors.filter((error) => !REFUSED_TO_AUTHORS.test(error)),
    [],
  );
  assert.deepEqual(pluginNotices(), []);
}

test('reopening the post, the author finds the options as typed', async () => {
  assert.ok(post, 'the author published no post');
  const page = await loggedIn(site.author);
  await withScreenshot(page, 'reopen', async () => {
    await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`);
    await page.waitForSelector('.block-editor-block-list__layout usce-compare');
    await page.evaluate(() => {
      const editor = wp.data.select('core/block-editor');
      const block = editor.getBlocks().find((b) => b.name === 'usce/compare');
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    });
    const settings = await page.waitForSelector('.edit-post-header__settings button[aria-label="Settings"]');
    if (
      (await settings.evaluate((b) => b.getAttribute('aria-pressed') ?? b.getAttribute('aria-expanded'))) !== 'true'
    ) {
      await settings.click();
    }
    await (await page.waitForSelector(`${SIDEBAR} button[data-label="Block"]`)).click();
    assert.equal(await (await control(page, 'Heading')).evaluate((input) => input.value), HEADING);
    await openPanel(page, 'Call to action');
    assert.equal(await (await control(page, 'Parameters added to the link')).evaluate((input) => input.value), PARAMS);
  });
});

test('the published post shows both widgets with the options chosen, loads the script once and logs no error', async () => {
  assert.ok(post, 'the author published no post');
  const { context, page } = await freshPage();
  const errors = collectErrors(page);
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && /usce-/.test(request.url()))
      scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(post.url);
  await widgetsRendered(page);

  await screenshot(page, 2, 'usce-compare');
  const seen = await page.evaluate(() => {
    const compare = document.querySelector('usce-compare');
    const heading = compare.shadowRoot.querySelector('[part~="heading"]');
    const table = deepAll(compare.shadowRoot, 'table[part~="table"]')[0];
    const widget = compare.shadowRoot.querySelector('[part~="widget"]');
    const quiz = document.querySelector('usce-quiz');
    return {
      heading: [heading.localName, heading.textContent.trim()],
      columns: [...table.querySelectorAll('thead th[data-type]')].map((th) => th.dataset.type),
      featured: [...table.querySelectorAll('thead th.featured')].map((th) => th.dataset.type),
      sections: ['table', 'card', 'quiz', 'before-you-apply', 'facts'].filter(
        (part) => deepAll(compare.shadowRoot, `[part~="${part}"]`).length > 0,
      ),
      ctas: [...new Set(deepAll(compare.shadowRoot, 'a[part~="cta"]').map((a) => `${a.textContent.trim()} ${a.href}`))],
      background: getComputedStyle(widget).backgroundColor,
      compareShare: compare.hasAttribute('share'),
      quizHeading: quiz.shadowRoot.querySelector('h4')?.textContent.trim() ?? null,
      quizContent: new URL(quiz.getAttribute('content-src')).pathname,
      quizRemember: quiz.hasAttribute('remember'),
    };
  });
  assert.deepEqual(seen.heading, ['h3', HEADING]);
  assert.deepEqual(seen.columns, ['hands-on', 'research', 'observership']);
  assert.deepEqual(seen.featured, ['research']);
  assert.deepEqual(seen.sections, ['table', 'card', 'quiz']);
  assert.deepEqual(seen.ctas, [`See our rotations https://partner.example/rotations?${PARAMS}`]);
  // A dark theme paints its own dark background.
  const [r, g, b] = seen.background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 200, `the dark theme's background is ${seen.background}`);
  assert.equal(seen.compareShare, true);
  assert.equal(seen.quizHeading, OVERRIDE_HEADING);
  assert.match(seen.quizContent, /^\/wp-content\/uploads\/.*\.json$/);
  assert.equal(seen.quizRemember, true);

  // Two blocks, one script: usce-compare.js also brings the quiz. The
  // validator, from the same folder, checks the quiz's content override.
  assert.deepEqual(scripts, [
    '/wp-content/plugins/usce-compare/assets/usce-compare.js',
    `/wp-content/plugins/usce-compare/assets/usce-validate-${parts.version}.js`,
  ]);
  // Nothing is loaded from anywhere else: no remote script, no tracking.
  assert.deepEqual(page.remote, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(pluginNotices(), []);
  await context.close();
});

test('with JavaScript off, the post shows the plain copy for those options', async () => {
  assert.ok(post, 'the author published no post');
  const { context, page } = await freshPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(post.url);
  await screenshot(page, 3, 'usce-compare');
  const { module } = await runnerImport(join(root, 'src', 'snippet', 'light-copy.ts'));
  const { module: content } = await runnerImport(join(root, 'src', 'content', 'content.ts'));
  const expected = module.lightCopy(content.builtInContent, {
    types: 'hands-on research observership',
    sections: 'table cards quiz',
    highlight: 'research',
    heading: HEADING,
    headingLevel: 3,
    ctaHref: 'https://partner.example/rotations',
    ctaLabel: 'See our rotations',
    ctaParams: PARAMS,
  });
  const seen = await page.evaluate((expected) => {
    const el = document.querySelector('usce-compare');
    const template = document.createElement('template');
    template.innerHTML = expected;
    return {
      same: el.innerHTML.trim() === template.innerHTML.trim(),
      heading: el.querySelector('h3')?.textContent,
      columns: [...el.querySelectorAll('thead th')].map((th) => th.textContent),
      caption: el.querySelector('table caption')?.textContent,
      visible: el.querySelector('table').getBoundingClientRect().height > 0,
      quiz: document.querySelector('usce-quiz h4')?.textContent,
    };
  }, expected);
  assert.equal(seen.heading, HEADING);
  assert.deepEqual(seen.columns, [
    parts.table.corner,
    labelOf('hands-on'),
    `${labelOf('research')} (Featured)`,
    labelOf('observership'),
  ]);
  assert.ok(seen.caption);
  assert.equal(seen.visible, true);
  assert.equal(seen.same, true, 'the plain copy differs from the snippet’s plain copy for the same options');
  assert.equal(seen.quiz, parts.quiz.heading.replace(/&amp;/g, '&'));
  await context.close();
});

test('a contributor adds a block too, and submits the post for review', async () => {
  const page = await loggedIn(site.contributor);
  const errors = collectErrors(page);
  let id;
  await withScreenshot(page, 'contributor', async () => {
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    const title = await page.waitForSelector('.editor-post-title__input');
    await title.click();
    await title.type('Observerships first');
    await insertBlock(page, 'USCE comparison', 'usce/compare');
    await (await control(page, 'Featured type')).select('observership');
    await page.waitForFunction(() => {
      const el = document.querySelector('.block-editor-block-list__layout usce-compare[highlight="observership"]');
      const table = el?.shadowRoot?.querySelector('usce-table');
      return table?.shadowRoot?.querySelector('thead th.featured')?.dataset.type === 'observership';
    });
    // Contributors may not upload files: the override takes an address only.
    await openPanel(page, 'Content override');
    await control(page, 'Or the address of a JSON file');
    assert.equal(await page.$(`${SIDEBAR} button::-p-text(Choose a JSON file)`), null);
    await page.click('button.editor-post-publish-panel__toggle');
    await page.click('.editor-post-publish-panel button.editor-post-publish-button');
    await page.waitForFunction(
      () =>
        wp.data.select('core/editor').getCurrentPost().status === 'pending' &&
        !wp.data.select('core/editor').isSavingPost(),
    );
    id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    assert.deepEqual(
      errors.filter((error) => !REFUSED_TO_AUTHORS.test(error)),
      [],
    );
  });
  // An editor approves it; readers then see the featured type.
  site.php(`wp_publish_post( ${Number(id)} );`);
  const html = await (await fetch(`${site.url}/?p=${id}`)).text();
  assert.match(html, /<usce-compare highlight="observership"/);
  assert.match(html, /<th scope="col">Observership \(Featured\)<\/th>/);
});

test('a post without the blocks or shortcodes loads none of the plugin’s files', async () => {
  // WordPress's own first post, on the same site with the plugin active.
  const html = await (await fetch(`${site.url}/?p=1`)).text();
  assert.match(html, /Hello world/);
  assert.doesNotMatch(html, /usce-compare|usce-quiz|usce-validate/);
});

test('hostile shortcode values render as text, unknown attributes are dropped and nothing runs', async () => {
  const hostile = [
    // Quotes, markup and unknown attributes.
    `[usce_compare heading="<script>window.pwned=1</script> &quot;quoted&quot; & 'single'" types="research <b>x</b> virtual" highlight="research" theme="dark" onload="window.pwned=2" style="display:none"]`,
    // A label with markup; an address whose quote would end the attribute.
    `[usce_compare cta-label="<img src=x onerror=window.pwned=3>" cta-href="/rotations?q=&quot;onmouseover=window.pwned=4" sections="cards"]`,
    // Script addresses, however they are spelled, are refused (and their label with them).
    `[usce_compare cta-href=" JaVaScRiPt:window.pwned=5" cta-label="Go" content-src="javascript:window.pwned=6" sections="table"]`,
    `[usce_quiz share cta-href="java&#x09;script:window.pwned=7" cta-label="Go" onclick="window.pwned=8" content-src="data:application/json,{}"]`,
    // Quotes that the editor's typography mangles: whatever WordPress makes of them stays text.
    `[usce_compare heading='He said "hi" <script>window.pwned=9</script>' highlight='"><script>window.pwned=10</script>' heading-level="9" theme="dark"]`,
  ].join('\n\n');
  const id = site
    .php(
      // As an administrator's post, or a widget's text, would reach it: without KSES.
      `kses_remove_filters();
echo wp_insert_post( array( 'post_title' => 'Hostile', 'post_status' => 'publish', 'post_author' => 1, 'post_content' => ${JSON.stringify(hostile).replace(/\$/g, '\\$')} ) );`,
    )
    .trim();
  const url = `${site.url}/?p=${id}`;

  const { context, page } = await freshPage();
  const errors = collectErrors(page);
  let scripts = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && /\/usce-(compare|quiz)\.js/.test(request.url())) scripts += 1;
  });
  await page.goto(url);
  await widgetsRendered(page);
  const seen = await page.evaluate(() => {
    const widgets = [...document.querySelectorAll('usce-compare, usce-quiz')];
    return {
      pwned: window.pwned ?? null,
      attributes: widgets.map((el) => el.getAttributeNames().sort().join(' ')),
      heading: widgets[0].shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
      types: deepAll(widgets[0].shadowRoot, 'thead th[data-type]').map((th) => th.dataset.type),
      cta: [
        ...new Set(
          deepAll(widgets[1].shadowRoot, 'a[part~="cta"]').map((a) =>
            [a.textContent.trim(), a.getAttribute('href')].join(' '),
          ),
        ),
      ],
      links: deepAll(document, 'a[href]')
        .map((a) => a.getAttribute('href'))
        .filter((href) => !/^(https?:|\/|#|\?)/.test(href)),
      notices: deepAll(document, '[part~="notice"]').length,
    };
  });
  assert.equal(seen.pwned, null);
  assert.deepEqual(seen.attributes, [
    'heading highlight theme types',
    'cta-href cta-label sections',
    'sections',
    'share',
    'heading',
  ]);
  assert.equal(seen.heading, `<script>window.pwned=1</script> "quoted" & 'single'`);
  assert.deepEqual(seen.types, ['research', 'virtual']);
  assert.deepEqual(seen.cta, ['<img src=x onerror=window.pwned=3> /rotations?q=onmouseover=window.pwned=4']);
  assert.deepEqual(seen.links, []);
  assert.equal(seen.notices, 0);
  assert.equal(scripts, 1, 'usce-compare.js loads once for four compare elements and a quiz');
  assert.deepEqual(errors, []);

  const raw = await (await fetch(url)).text();
  assert.doesNotMatch(
    raw,
    /<script>window\.pwned|<img src=x|javascript:|data:application\/json|onload=|onclick=|"onmouseover/i,
  );
  await context.close();
});

test('deleting the plugin leaves nothing of it behind', async () => {
  const left = site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
deactivate_plugins( 'usce-compare/usce-compare.php' );
$deleted = delete_plugins( array( 'usce-compare/usce-compare.php' ) );
global $wpdb;
echo wp_json_encode( array(
	'deleted' => true === $deleted,
	'folder'  => file_exists( WP_PLUGIN_DIR . '/usce-compare' ),
	'options' => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%usce%' AND option_name <> 'uninstall_plugins'" ),
	'meta'    => $wpdb->get_col( "SELECT DISTINCT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE '%usce%'" ),
	'posts'   => $wpdb->get_col( "SELECT DISTINCT post_type FROM {$wpdb->posts} WHERE post_type LIKE '%usce%'" ),
) );`);
  assert.deepEqual(JSON.parse(left), { deleted: true, folder: false, options: [], meta: [], posts: [] });
});
