// The React package alone, installed with `npm install --install-strategy=linked` (each
// package sees only the packages it declares; core and elements come in as its own
// dependencies, not the app's). The old package imported core without declaring it and failed
// here. The app builds with Vite, renders the wheel and hears onStageSelect.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { prepare, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects['react-linked'];
});
after(async () => {
  await browser?.close();
});

test('linked install: the app sees only the React package; it builds, renders and hears onStageSelect', async () => {
  // Linked: the package is a link into node_modules/.store, and core is not the app's to import.
  assert.ok((await lstat(join(app, 'node_modules/@engagement-cycle/react'))).isSymbolicLink());
  await assert.rejects(lstat(join(app, 'node_modules/@engagement-cycle/core')));
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const server = await serve(join(app, 'dist'));
  try {
    browser = await launch();
    const { page, errors } = await open(browser, server.url);
    const tabs = await wheelTabs(page);
    assert.match(tabs[1], /^Stage 1: /);
    await clickStage(page, 'stage-1');
    await page.waitForFunction(() => window.seen.length > 0);
    assert.deepEqual(await page.evaluate(() => window.seen), [
      { stageId: 'stage-1', previousStageId: 'hub', trigger: 'pointer' },
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
