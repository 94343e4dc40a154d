// A Svelte 5 app with @engagement-cycle/elements installed from its tarball, built with Vite:
// the snippet in docs/frameworks.mdx is this app's App.svelte. It builds, renders the wheel in
// Chromium, passes `selected` down and hears `onec-stage-select`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { prepare, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects.svelte;
});
after(async () => {
  await browser?.close();
});

test('vite build, then the wheel renders in Chromium and onec-stage-select is heard', async () => {
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const server = await serve(join(app, 'dist'));
  try {
    browser = await launch();
    const { page, errors } = await open(browser, server.url);
    const tabs = await wheelTabs(page);
    assert.match(tabs[3], /^Stage 3: /);
    await clickStage(page, 'stage-3');
    await page.waitForFunction(() => document.getElementById('shown').textContent === 'stage-3');
    assert.deepEqual(await page.evaluate(() => window.seen), [
      { stageId: 'stage-3', previousStageId: 'hub', trigger: 'pointer' },
    ]);
    // The state flows back down as the `selected` property.
    assert.equal(await page.evaluate(() => document.querySelector('ec-cycle-wheel').selected), 'stage-3');
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
