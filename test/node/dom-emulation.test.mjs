// Teams unit-test their pages in jsdom or happy-dom (Vitest, Jest): no layout, no
// ResizeObserver in jsdom, no ElementInternals in happy-dom, no matchMedia or animations.
// Every element of the built package mounts there without an error and shows what a reader
// would see; the elements guard what is missing, nothing is polyfilled. Each environment runs
// in a process of its own (test/support/dom-mount.mjs), with Lit's browser build, as those
// test runners load it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaultCycle } from '@engagement-cycle/core';

const run = promisify(execFile);
const fixture = new URL('../support/dom-mount.mjs', import.meta.url).pathname;
const { stages, hub, roles } = defaultCycle;

for (const env of ['jsdom', 'happy-dom']) {
  test(`every element mounts in ${env} and shows its content`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ec-dom-'));
    const out = join(dir, 'result.json');
    try {
      await run(process.execPath, ['--conditions=browser', fixture, env, out], { timeout: 120000 });
      const { shown, problems } = JSON.parse(await readFile(out, 'utf8'));
      assert.deepEqual(problems, []);
      assert.ok(shown.done, 'the run finished');

      // The wheel: a tab per stage and the hub, named in full, its text list, the credit.
      assert.equal(shown.wheel.tabs.length, stages.length + 1);
      assert.equal(shown.wheel.tabs[2], `Stage 2: ${stages[1].title}`);
      for (const stage of stages) assert.ok(shown.wheel.text.includes(stage.title), stage.title);
      assert.match(shown.wheel.text, /Based on The Engagement Cycle by InHealth Associates/);
      assert.equal(shown.wheel.selected, 'stage-2');

      // The guide shows the stage asked for, with its way round the cycle.
      assert.ok(shown.guide.text.includes(`Stage 3 of ${stages.length} ${stages[2].title}`));
      assert.match(shown.guide.text, /Next: 4\. /);

      // The matrix: every role's name.
      for (const role of roles) assert.ok(shown.matrix.text.includes(role.name), role.name);

      // The composite shows its parts, at the stage asked for; in Welsh, Welsh interface words.
      assert.equal(shown.composite.selected, 'stage-4');
      assert.ok(shown.composite.text.includes(stages[3].title));
      assert.match(shown.welsh.text, /Geiriau a ddefnyddir yma/);
      assert.ok(shown.welsh.text.includes(hub.title));

      // The self-assessment: its form, starting at the hub.
      assert.match(shown.assessment.text, /Assess your engagement/);
      assert.ok(shown.assessment.text.includes(`Hub: ${hub.title}`));

      // And they respond as a test would drive them.
      assert.equal(shown.wheelAfterNext.selected, 'stage-2');
      assert.ok(shown.matrixFocused.focused, 'a control of the matrix took the focus');
      assert.equal(shown.afterNext.selected, 'stage-2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
