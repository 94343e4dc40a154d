// A React 18 app with the tarballs: the wrappers (typed props, onStageSelect) and a bare tag,
// whose event React 18 cannot bind as a prop, so it listens through a ref. It type-checks
// against @types/react 18, builds, renders in Chromium and receives ec-stage-select both ways.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { prepare, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects.react18;
});
after(async () => {
  await browser?.close();
});

test('React 18: tsc --noEmit passes with the wrappers and the bare tag', async () => {
  await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: app });
});

test('React 18: builds, renders, and the wrapper and the ref both receive ec-stage-select', async () => {
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
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
    const next = await page.waitForFunction(() =>
      document.querySelector('ec-stage-guide')?.shadowRoot?.querySelector("[part~='next-button']"),
    );
    await next.click();
    await page.waitForFunction(() => window.fromTag.length > 0);
    assert.deepEqual(await page.evaluate(() => window.fromTag), [
      { stageId: 'stage-3', previousStageId: 'stage-2', trigger: 'pointer' },
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
