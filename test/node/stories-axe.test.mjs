// An axe sweep over the built docs site (storybook-static) in Debian's Chromium: every story and
// every docs page is opened on its own, its elements are left to settle, and axe-core checks the
// whole document, not only the story's root. A violation fails here, not only in the a11y panel.
//
// Two rules are left out, and only these: `region` and `landmark-one-main`. The preview frame
// has no <main> of its own because Storybook's manager places the frame inside one, so a reader
// of the site always has the main landmark round it. A story is also a fragment of a page, so
// `page-has-heading-one` is left out for stories (the host page owns its heading 1); docs pages
// keep it, and each must have exactly one h1, which axe does not check, so this file does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launchChromium, serveStatic, siteEntries } from '../support/static-site.js';
import { settledDocsInPage, settledInPage } from '../support/settled-in-page.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const entries = await siteEntries();
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

/** Rules the bare preview frame trips, for the reason at the top of this file. */
const FRAME_RULES = ['region', 'landmark-one-main'];

let site;
let browser;
before(async () => {
  site = await serveStatic();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Runs axe on the whole document of `page` with `skipped` rules off; one line per violation. */
async function violations(page, skipped) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (skipped) => {
    const rules = Object.fromEntries(skipped.map((id) => [id, { enabled: false }]));
    // Storybook's accessibility panel runs axe on the same page when a story renders, and
    // axe runs one check at a time: wait for that one to finish (for 10 s at most). Frames
    // (stories shown as whole pages on a docs page) are checked as stories of their own.
    for (let tries = 0; ; tries++) {
      try {
        const result = await window.axe.run(document, { rules, iframes: false, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      } catch (error) {
        if (!String(error).includes('already running') || tries >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, skipped);
}

test(`the docs site has stories for every element (${stories.length})`, () => {
  const titles = new Set(stories.map((s) => s.title));
  for (const title of [
    'Elements/Cycle wheel',
    'Elements/Stage guide',
    'Elements/Who does what',
    'Elements/Engagement cycle',
    'Elements/Self-assessment',
  ]) {
    assert.ok(titles.has(title), `${title} has no stories`);
  }
});

test('every story passes axe as a whole page', { timeout: 600_000 }, async () => {
  const failures = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const story of stories) {
    await page.goto(`${site.base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(settledInPage, { timeout: 15_000 }).catch(() => {
      failures.push(`${story.id}: its elements never settled`);
    });
    for (const v of await violations(page, [...FRAME_RULES, 'page-has-heading-one']))
      failures.push(`${story.id}: ${v}`);
  }
  await page.close();
  assert.deepEqual(failures, []);
});

test(
  `every docs page passes axe as a whole page, with one h1 (${docs.length} pages)`,
  { timeout: 600_000 },
  async () => {
    const failures = [];
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const entry of docs) {
      await page.goto(`${site.base}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForFunction(settledDocsInPage, { timeout: 15_000 }).catch(() => {
        failures.push(`${entry.id}: the page never settled`);
      });
      // The contents list beside long pages is drawn after the content: wait for it where it is due.
      await page.waitForSelector('.toc-wrapper a', { timeout: 1_000 }).catch(() => {});
      const h1s = await page.$$eval('#storybook-docs h1', (list) => list.map((h) => h.textContent.trim()));
      if (h1s.length !== 1) failures.push(`${entry.id}: ${h1s.length} h1 elements (${h1s.join(' | ')})`);
      for (const v of await violations(page, FRAME_RULES)) failures.push(`${entry.id}: ${v}`);
    }
    await page.close();
    assert.deepEqual(failures, []);
  },
);
