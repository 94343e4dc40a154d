// A React 19 app with @engagement-cycle/react (and elements, core) installed from the tarballs:
// the wrapper with its typed onStageSelect, and a bare tag typed by the generated JSX types.
// It type-checks, builds, renders in Chromium and receives ec-stage-select through both; the
// default dataset stays out of the app's main chunk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { prepare, repo, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects.react;
});
after(async () => {
  await browser?.close();
});

test('tsc --noEmit passes with the wrappers and the bare tags', async () => {
  await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: app });
});

test('vite build keeps the default dataset out of the main chunk', async (t) => {
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const manifest = JSON.parse(await readFile(join(app, 'dist/.vite/manifest.json'), 'utf8'));
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const main = await readFile(join(app, 'dist', entry.file));
  // A sentence of the dataset: the first stage's purpose, as the built package ships it.
  const dataset = JSON.parse(
    await readFile(join(repo, 'packages/core/dist/engagement-cycle.en.json'), 'utf8'),
  );
  const purpose = dataset.stages[0].purpose.slice(0, 40);
  assert.ok(!main.toString().includes(purpose), 'the dataset is in the main chunk');
  const lazy = (entry.dynamicImports ?? []).map((k) => manifest[k].file);
  const chunks = await Promise.all(lazy.map((f) => readFile(join(app, 'dist', f), 'utf8')));
  assert.ok(
    chunks.some((c) => c.includes(purpose)),
    'the dataset is in a chunk loaded on use',
  );
  t.diagnostic(`main chunk ${(gzipSync(main).length / 1024).toFixed(1)} KB gzip`);
});

test('renders in Chromium; onStageSelect and onec-stage-select both receive the event', async () => {
  const server = await serve(join(app, 'dist'));
  try {
    browser = await launch();
    const { page, errors } = await open(browser, server.url);
    const tabs = await wheelTabs(page);
    assert.match(tabs[2], /^Stage 2: /);
    await clickStage(page, 'stage-2');
    await page.waitForFunction(() => document.getElementById('shown').textContent === 'stage-2');
    assert.deepEqual(await page.evaluate(() => window.fromWrapper), [
      { stageId: 'stage-2', previousStageId: 'hub', trigger: 'pointer' },
    ]);
    // The guide follows the wheel (for="wheel"); its Next button makes it the origin.
    const next = await page.waitForFunction(() =>
      document.querySelector('ec-stage-guide')?.shadowRoot?.querySelector("[part~='next-button']"),
    );
    await next.click();
    await page.waitForFunction(() => window.fromTag.length > 0);
    assert.deepEqual(await page.evaluate(() => window.fromTag), [
      { stageId: 'stage-3', previousStageId: 'stage-2', trigger: 'pointer' },
    ]);
    // The matrix wrapper, linked with for="wheel", draws its table and follows the selection.
    await page.waitForFunction(
      () =>
        document.querySelector('ec-who-does-what')?.shadowRoot?.querySelector('table caption') &&
        document.querySelector('ec-who-does-what').selected === 'stage-3',
    );
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
