// Visual regression: a screenshot of every story of the built docs site (storybook-static) in
// Debian's Chromium, compared pixel by pixel with the committed baseline in
// test/visual/baselines/<story id>.png. A story whose picture changed by more than a small
// share of its pixels fails, and reports/visual/ gets its new picture and a diff image (the
// changed pixels in red) to look at.
//
// When a change of the pictures is meant, update the baselines with one command and review
// them in the diff like any other change:
//
//   npm run test:visual:update
//
// (It builds the docs site and rewrites every baseline; UPDATE_VISUAL_BASELINES=1 is what
// makes this file write instead of compare.) A story without a baseline fails until then.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchChromium, serveStatic, siteEntries } from '../support/static-site.js';
import { settledInPage } from '../support/settled-in-page.js';

const baselines = new URL('../visual/baselines/', import.meta.url).pathname;
const reports = new URL('../../reports/visual/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE_VISUAL_BASELINES === '1';

/** How different two pixels may be and still count as the same (pixelmatch's 0 to 1 scale). */
const PIXEL_THRESHOLD = 0.1;
/** The share of a story's pixels that may differ before it fails: 0.1 %. */
const MAX_CHANGED = 0.001;

const stories = (await siteEntries()).filter((e) => e.type === 'story');

let site;
let browser;
before(async () => {
  site = await serveStatic();
  // The same pixels on every machine: no GPU, sRGB, no scrollbars, no font hinting changes.
  browser = await launchChromium([
    '--force-color-profile=srgb',
    '--hide-scrollbars',
    '--font-render-hinting=none',
  ]);
  await rm(reports, { recursive: true, force: true });
  await mkdir(UPDATE ? baselines : reports, { recursive: true });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Stops what moves (reduced motion covers the wheel's turn; this covers the rest) and waits two frames. */
async function still(page) {
  await page.evaluate(async () => {
    const css =
      '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const roots = [document];
    for (let i = 0; i < roots.length; i++)
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const animation of document.getAnimations({ subtree: true })) animation.finish?.();
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** A safe file name for a story id. */
const fileOf = (id) => `${id.replace(/[^a-z0-9-]/gi, '_')}.png`;

test(`every story looks as its baseline (${stories.length} stories)`, { timeout: 600_000 }, async () => {
  const failures = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  for (const story of stories) {
    await page.goto(`${site.base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(settledInPage, { timeout: 15_000 }).catch(() => {
      failures.push(`${story.id}: its elements never settled`);
    });
    await still(page);
    // The whole page, not the story's root: some stories' roots have no height of their own.
    const shot = await page.screenshot({ type: 'png', fullPage: true });
    const file = fileOf(story.id);
    if (UPDATE) {
      await writeFile(join(baselines, file), shot);
      continue;
    }
    if (!existsSync(join(baselines, file))) {
      failures.push(`${story.id}: no baseline (npm run test:visual:update writes it)`);
      await writeFile(join(reports, file), shot);
      continue;
    }
    const expected = PNG.sync.read(await readFile(join(baselines, file)));
    const actual = PNG.sync.read(Buffer.from(shot));
    if (expected.width !== actual.width || expected.height !== actual.height) {
      failures.push(
        `${story.id}: ${actual.width} x ${actual.height} px, its baseline ${expected.width} x ${expected.height} px`,
      );
      await writeFile(join(reports, file), shot);
      continue;
    }
    const diff = new PNG({ width: actual.width, height: actual.height });
    const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
      threshold: PIXEL_THRESHOLD,
    });
    const share = changed / (actual.width * actual.height);
    if (share > MAX_CHANGED) {
      failures.push(`${story.id}: ${changed} pixels changed (${(share * 100).toFixed(2)} %)`);
      await writeFile(join(reports, file), shot);
      await writeFile(join(reports, file.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
    }
  }
  await page.close();
  if (UPDATE) {
    // A baseline whose story is gone would never be compared again.
    const wanted = new Set(stories.map((s) => fileOf(s.id)));
    for (const file of readdirSync(baselines)) if (!wanted.has(file)) await rm(join(baselines, file));
    return;
  }
  assert.deepEqual(
    failures,
    [],
    `pictures differ from test/visual/baselines (new ones and diffs in reports/visual/); ` +
      `if the change is meant, run npm run test:visual:update and review the baselines`,
  );
});
