// A Vue 3 app with @engagement-cycle/elements installed from its tarball, typed by the
// generated Vue types (`@engagement-cycle/elements/vue`): vue-tsc checks the tags' props, the
// app builds, renders the wheel in Chromium and hears `@ec-stage-select`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prepare, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects.vue;
});
after(async () => {
  await browser?.close();
});

const vueTsc = () =>
  run(join(app, 'node_modules/.bin/vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: app });

test('vue-tsc passes, and the generated types reject a wrong prop', async () => {
  await vueTsc();
  const file = join(app, 'src/App.vue');
  const good = await readFile(file, 'utf8');
  await writeFile(file, good.replace(':selected="selected"', ':selected="42"'));
  try {
    await assert.rejects(vueTsc(), /TS2322: Type 'number' is not assignable to type 'string'/);
  } finally {
    await writeFile(file, good);
  }
});

test('vite build, then the wheel renders in Chromium and @ec-stage-select is heard', async () => {
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const server = await serve(join(app, 'dist'));
  try {
    browser = await launch();
    const { page, errors } = await open(browser, server.url);
    const tabs = await wheelTabs(page);
    assert.match(tabs[4], /^Stage 4: /);
    await clickStage(page, 'stage-4');
    await page.waitForFunction(() => document.getElementById('shown').textContent === 'stage-4');
    assert.deepEqual(await page.evaluate(() => window.seen), [
      { stageId: 'stage-4', previousStageId: 'hub', trigger: 'pointer' },
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
