// Every element of the built @engagement-cycle/elements renders on the server with
// @lit-labs/ssr, in Node with only Lit's own small DOM shim: nothing may touch window,
// layout or observers outside connectedCallback, firstUpdated and updated. The first render
// in a process sends each element's reserved loading space (the dataset and the validator
// load asynchronously); once they have loaded, the server sends the full content.
// (Hydrating that content in the browser is the next step, not tested here.)
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
// The main entry loads the self-assessment only when a page in a browser uses it: import it.
await import('@engagement-cycle/elements/self-assessment.js');
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
  'ec-self-assessment': html`<ec-self-assessment
    assessment-src="/our-assessment.json"
    heading-level="3"
  ></ec-self-assessment>`,
};

test('the first render, before the data has loaded, reserves the wheel’s square', async () => {
  const out = await collectResult(render(cases['ec-cycle-wheel']));
  assert.match(out, /part="loading"/);
  assert.match(out, /<div class="square"[^>]*>/);
  assert.match(out, /\.square\{position:relative;width:100%;aspect-ratio:1 \/ 1;?\}/);
});

for (const [tag, template] of Object.entries(cases)) {
  test(`<${tag}> renders on the server into a declarative shadow root`, async () => {
    const out = await collectResult(render(template));
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    // Its styles come inline, so the reserved space is laid out before any script runs.
    assert.match(out, /<style>[^<]*--ec-color-text:#212b32/);
    assert.match(out, /part="base"/);
  });
}

test('once the data has loaded, the server sends the full content', async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  const wheel = await collectResult(render(cases['ec-cycle-wheel']));
  assert.equal(wheel.match(/role="tab"/g)?.length, defaultCycle.stages.length + 1);
  assert.match(wheel, /aria-selected="true"[^>]*aria-label="Stage 2: /);
  for (const stage of defaultCycle.stages) assert.ok(wheel.includes(stage.title), stage.title);
  // The credit and its two links reach the page before any script runs.
  assert.match(
    wheel,
    /<p class="credit" part="credit"[^>]*>[^]*?Based on The Engagement Cycle by InHealth Associates[^]*?<a href="http:\/\/engagementcycle.org\/" part="credit-link">[^]*?<a href="https:\/\/creativecommons.org\/licenses\/by-nc-sa\/2.0\/uk\/" part="credit-link">/,
  );
  const guide = await collectResult(render(cases['ec-stage-guide']));
  // heading-level="2.5" is rounded to 3.
  assert.match(
    guide,
    new RegExp(
      `<h3 class="title" part="heading"[^]*?<span class="title-text"><!--lit-part-->${defaultCycle.hub.title}`,
    ),
  );
  const matrix = await collectResult(render(html`<ec-who-does-what></ec-who-does-what>`));
  assert.equal(matrix.match(/<th scope="row"/g)?.length, defaultCycle.roles.length);
  // Not the narrow list: the server cannot know the width, and the table is what prints.
  assert.doesNotMatch(matrix, /class="list"/);
  // The form, every part with its levels, and the file it will load (fetched in the browser).
  const form = await collectResult(render(cases['ec-self-assessment']));
  assert.match(form, /<h3 class="title" part="heading">/);
  assert.equal(
    form.match(/<fieldset class="item"/g)?.length,
    1 + defaultCycle.hub.elements.length + defaultCycle.stages.length,
  );
  assert.match(form, /class="loading-file" role="status"/);
});

test('nothing fails later either (the data loads after rendering)', async () => {
  // Let the default dataset and the validator load, and any update they cause run.
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(problems, []);
});
