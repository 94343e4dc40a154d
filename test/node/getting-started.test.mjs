// The snippets of the Getting started page (docs/snippets/), run as a reader would run them:
// the CDN page with the single file copied to /assets/, and the npm path built by Vite from the
// installed package. In Debian's Chromium, each shows the composite, and choosing a stage on the
// wheel reaches the page's own listener. The docs page shows these same files (Vite `?raw`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium, serveStatic } from '../support/static-site.js';
import { settledInPage } from '../support/settled-in-page.js';

const snippets = new URL('../../docs/snippets/', import.meta.url).pathname;
const cdnFile = new URL('../../packages/elements/dist/cdn/engagement-cycle.js', import.meta.url).pathname;

let browser;
let out;
before(async () => {
  browser = await launchChromium();
  out = await mkdtemp(join(tmpdir(), 'ec-getting-started-'));
});
after(async () => {
  await browser?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** Opens `url`, waits for the elements, clicks stage 3 on the wheel; returns what the page said. */
async function firstEvent(url) {
  const page = await browser.newPage();
  const problems = [];
  // A failed load is reported by its address below; the browser's own favicon.ico request is not ours.
  page.on(
    'console',
    (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(m.text()),
  );
  page.on(
    'response',
    (r) =>
      r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`),
  );
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(settledInPage, { timeout: 15_000 });
  const heading = await page.$eval('h1', (h) => h.textContent);
  await page.locator('pierce/[role="tab"][data-id="stage-3"]').click();
  await page.waitForFunction(() => document.querySelector('#chosen').textContent !== '', { timeout: 5_000 });
  const said = await page.$eval('#chosen', (p) => p.textContent);
  const hash = await page.evaluate(() => location.hash);
  await page.close();
  return { heading, said, hash, problems };
}

test('the CDN snippet: one script tag, one element, the first event', async () => {
  const site = await serveStatic(snippets, {
    files: { '/assets/engagement-cycle.js': cdnFile, '/': join(snippets, 'getting-started-cdn.html') },
  });
  try {
    const result = await firstEvent(`${site.base}/`);
    assert.equal(result.heading, 'How we involve people');
    assert.equal(result.said, 'You chose stage-3 (by pointer).');
    assert.equal(result.hash, '#ec-stage-3', 'sync-url puts the stage in the address');
    assert.deepEqual(result.problems, []);
  } finally {
    await site.close();
  }
});

test(
  'the npm snippet: imported from the package, built by Vite, the first event',
  { timeout: 120_000 },
  async () => {
    await build({
      root: snippets,
      logLevel: 'error',
      configFile: false,
      build: {
        outDir: out,
        emptyOutDir: true,
        rollupOptions: { input: join(snippets, 'getting-started-npm.html') },
      },
    });
    const site = await serveStatic(`${out}/`);
    try {
      const result = await firstEvent(`${site.base}/getting-started-npm.html`);
      assert.equal(result.said, 'You chose stage-3 (by pointer).');
      assert.equal(result.hash, '', 'without sync-url the address stays as it was');
      assert.deepEqual(result.problems, []);
    } finally {
      await site.close();
    }
  },
);
