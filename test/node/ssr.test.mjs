// Every element of the built @engagement-cycle/elements renders on the server with
// @lit-labs/ssr, in Node with only Lit's own small DOM shim: nothing may touch window,
// layout or observers outside connectedCallback, firstUpdated and updated. (Rendering the
// full content on the server and hydrating it is the next step; today the data arrives
// asynchronously, so the server sends each element's reserved loading space.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const problems = [];
process.on('unhandledRejection', (reason) => problems.push(reason));
process.on('uncaughtException', (error) => problems.push(error));

// Imported after the handlers, so a throw at module load would be caught and reported too.
await import('@engagement-cycle/elements');
const { defaultCycle } = await import('@engagement-cycle/core');

const cases = {
  'ec-cycle-wheel': html`<ec-cycle-wheel
    .data=${defaultCycle}
    sync-url
    rotate
    selected="stage-2"
  ></ec-cycle-wheel>`,
  'ec-stage-guide': html`<ec-stage-guide for="wheel" heading-level="2.5"></ec-stage-guide>`,
  'ec-who-does-what': html`<ec-who-does-what group="commissioners" active-only></ec-who-does-what>`,
  'ec-engagement-cycle': html`<ec-engagement-cycle sync-url lang="cy" hide-matrix></ec-engagement-cycle>`,
};

for (const [tag, template] of Object.entries(cases)) {
  test(`<${tag}> renders on the server into a declarative shadow root`, async () => {
    const out = await collectResult(render(template));
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    // Its styles come inline, so the reserved space is laid out before any script runs.
    assert.match(out, /<style>[^<]*--ec-color-text:#212b32/);
    assert.match(out, /part="base"/);
    assert.match(out, /part="loading"/);
  });
}

test('the wheel reserves its square on the server, so the page does not jump when it draws', async () => {
  const out = await collectResult(render(cases['ec-cycle-wheel']));
  assert.match(out, /<div class="square"[^>]*>/);
  assert.match(out, /\.square\{position:relative;width:100%;aspect-ratio:1 \/ 1;?\}/);
});

test('nothing fails later either (the data loads after rendering)', async () => {
  // Let the default dataset and the validator load, and any update they cause run.
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(problems, []);
});
