// An axe sweep over every story of the built docs site (storybook-static), in Debian's
// Chromium: each story is opened on its own, its elements are left to settle, and axe-core
// checks the rendered story. A story with a violation fails here, not only in the a11y panel.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browsers.js';
import { settledInPage } from '../support/settled-in-page.js';

const site = new URL('../../storybook-static/', import.meta.url).pathname;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const index = JSON.parse(await readFile(join(site, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

let server;
let browser;
let base;
before(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(site)) return res.writeHead(404).end();
    try {
      const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Waits until every engagement-cycle element on the page, however deep, has read its data. */

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

test('every story passes axe', { timeout: 600_000 }, async () => {
  const failures = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(settledInPage, { timeout: 15_000 }).catch(() => {
      failures.push(`${story.id}: its elements never settled`);
    });
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      // Storybook's accessibility panel runs axe on the same page when a story renders, and
      // axe runs one check at a time: wait for that one to finish (for 10 s at most).
      for (let tries = 0; ; tries++) {
        try {
          // The story's own root: the page around it is Storybook's, not ours.
          const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
        } catch (error) {
          if (!String(error).includes('already running') || tries >= 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    for (const v of violations) failures.push(`${story.id}: ${v}`);
  }
  await page.close();
  assert.deepEqual(failures, []);
});
