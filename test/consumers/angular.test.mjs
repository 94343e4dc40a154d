// An Angular 21 app with @engagement-cycle/elements installed from its tarball: a standalone
// component (the snippet in docs/frameworks.mdx) compiled ahead of time by @angular/compiler-cli's
// ngc with strict templates, bundled with Vite, rendered in Chromium; `[selected]` sets the
// property and `(ec-stage-select)` hears the event. Without CUSTOM_ELEMENTS_SCHEMA, ngc refuses.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prepare, run, serve } from './consumers.mjs';
import { clickStage, launch, open, wheelTabs } from './browser.mjs';

let app;
let browser;
before(async () => {
  app = (await prepare()).projects.angular;
});
after(async () => {
  await browser?.close();
});

const ngc = () => run(join(app, 'node_modules/.bin/ngc'), ['-p', 'tsconfig.json'], { cwd: app });

test('Angular: ngc compiles with CUSTOM_ELEMENTS_SCHEMA, and refuses the tag without it', async () => {
  const file = join(app, 'src/app.component.ts');
  const good = await readFile(file, 'utf8');
  await writeFile(file, good.replace('schemas: [CUSTOM_ELEMENTS_SCHEMA],', ''));
  try {
    await assert.rejects(ngc(), /'ec-cycle-wheel' is not a known element/);
  } finally {
    await writeFile(file, good);
  }
  await ngc();
});

test('Angular: builds, renders, [selected] reaches the element and (ec-stage-select) is heard', async () => {
  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: app });
  const server = await serve(join(app, 'dist'));
  try {
    browser = await launch();
    const { page, errors } = await open(browser, server.url);
    const tabs = await wheelTabs(page);
    assert.match(tabs[2], /^Stage 2: /);
    await clickStage(page, 'stage-2');
    await page.waitForFunction(() => document.getElementById('shown').textContent === 'stage-2');
    assert.deepEqual(await page.evaluate(() => window.seen), [
      { stageId: 'stage-2', previousStageId: 'hub', trigger: 'pointer' },
    ]);
    assert.equal(await page.evaluate(() => document.querySelector('ec-cycle-wheel').selected), 'stage-2');
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
