// Every element of the built @engagement-cycle/elements renders on the server with
// @lit-labs/ssr, in Node with only Lit's own small DOM shim: nothing may touch window,
// layout or observers outside connectedCallback, firstUpdated and updated. Through the server
// entry (`@engagement-cycle/elements/ssr.js`, which hands the elements the default dataset,
// the validator and every language's words at once) the FIRST render of each element is
// complete: the wheel with its labels and list, the guide's text, the matrix, the credit.
// Hydrating it in the browser: ssr-hydrate.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const problems = [];
process.on('unhandledRejection', (reason) => problems.push(reason));
process.on('uncaughtException', (error) => problems.push(error));

// Imported after the handlers, so a throw at module load would be caught and reported too.
const { defaultCycle } = await import('@engagement-cycle/elements/ssr.js');
const own = structuredClone(defaultCycle);
own.stages[0].title = 'Our own first stage';

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

test('a cycle still to be fetched (`src`, which the server never fetches) reserves the wheel’s square', async () => {
  const out = await collectResult(render(html`<ec-cycle-wheel src="/our-cycle.json"></ec-cycle-wheel>`));
  assert.match(out, /part="loading" role="status"/);
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

test('the first render sends the full content, with no wait for anything', async () => {
  const wheel = await collectResult(render(cases['ec-cycle-wheel']));
  assert.doesNotMatch(wheel, /part="loading"/);
  assert.equal(wheel.match(/role="tab"/g)?.length, defaultCycle.stages.length + 1);
  assert.match(wheel, /aria-selected="true"[^>]*aria-label="Stage 2: /);
  // The drawn labels (SVG text) and the text list under the wheel.
  assert.match(wheel, /<svg[^]*<text[^]*<\/svg>/);
  assert.match(wheel, /class="list"/);
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
  // The table and the narrow list: the server cannot know the width, so the container query
  // picks (a phone shows the list before any script runs; print shows the table).
  assert.match(matrix, /class="list"/);
  // The form, every part with its levels, and the file it will load (fetched in the browser).
  const form = await collectResult(render(cases['ec-self-assessment']));
  assert.match(form, /<h3 class="title" part="heading">/);
  assert.equal(
    form.match(/<fieldset class="item"/g)?.length,
    1 + defaultCycle.hub.elements.length + defaultCycle.stages.length,
  );
  assert.match(form, /class="loading-file" role="status"/);
});

test('a cycle given as `data` is drawn at once, checked as in the browser', async () => {
  const out = await collectResult(render(html`<ec-cycle-wheel .data=${own}></ec-cycle-wheel>`));
  assert.match(out, /aria-label="Stage 1: Our own first stage"/);
  const bad = await collectResult(
    render(html`<ec-stage-guide .data=${{ schemaVersion: 1 }}></ec-stage-guide>`),
  );
  assert.match(bad, /part="error" role="alert"/);
});

test('the composite’s parts show its selection and its language on the server', async () => {
  const out = await collectResult(
    render(html`<ec-engagement-cycle lang="cy" selected="stage-3"></ec-engagement-cycle>`),
  );
  assert.doesNotMatch(out, /part="loading"/);
  // The wheel's tab and the guide's heading: stage 3, in Welsh interface words.
  assert.match(out, /aria-selected="true"[^>]*aria-label="Cam 3: /);
  assert.match(out, /<span class="eyebrow"[^>]*><!--lit-part-->Cam 3 o 5/);
  assert.match(out, /Geiriau a ddefnyddir yma/);
  assert.doesNotMatch(out, /Stage 3 of 5/);
});

test('nothing fails later either', async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(problems, []);
});
