// A Vite + TypeScript app with @engagement-cycle/elements installed from its tarball: it
// type-checks (strict, with the package's own .d.ts checked too), builds, renders the wheel in
// Chromium, and its document-level `ec-stage-select` listener reads the typed detail.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { prepare, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects['vite-ts'];
});
after(async () => {
  await browser?.close();
});

test('tsc --noEmit passes, document.addEventListener("ec-stage-select") included', async () => {
  await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: app });
});

test('a wrong use of the event detail is a type error', async () => {
  // The check above proves nothing if the event were typed `any`: this one must fail.
  const { writeFile, rm } = await import('node:fs/promises');
  const bad = join(app, 'src/bad.ts');
  await writeFile(bad, "document.addEventListener('ec-stage-select', (e) => e.detail.stageNumber);\n");
  try {
    await assert.rejects(
      run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: app }),
      /TS2339: Property 'stageNumber' does not exist on type 'StageSelectDetail'/,
    );
  } finally {
    await rm(bad);
  }
});

test('vite build, then the wheel renders in Chromium and a click reaches the document listener', async () => {
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const server = await serve(join(app, 'dist'));
  try {
    browser = await launch();
    const { page, errors } = await open(browser, server.url);
    const tabs = await wheelTabs(page);
    assert.equal(tabs.length, 6);
    assert.match(tabs[2], /^Stage 2: /);
    await clickStage(page, 'stage-3');
    await page.waitForFunction(() => window.selections.length > 0);
    const [first] = await page.evaluate(() => window.selections);
    assert.deepEqual(first, { stageId: 'stage-3', previousStageId: 'hub', trigger: 'pointer' });
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
