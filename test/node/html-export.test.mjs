// cycleToHtml(), the static HTML export, in Node against the built package: what it holds,
// that every string from a cycle is escaped, what each option does, and its errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const core = await import('@engagement-cycle/core');
const { cycleToHtml, defaultCycle, parseCycle } = core;

/** Every tag opened is closed, in order (void elements aside). */
function assertBalanced(html) {
  const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'path', 'rect']);
  const open = [];
  for (const [, close, name, selfClosing] of html.matchAll(/<(\/?)([A-Za-z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    if (selfClosing || VOID.has(name.toLowerCase())) continue;
    if (close) assert.equal(open.pop(), name, `</${name}> closes the wrong element`);
    else open.push(name);
  }
  assert.deepEqual(open, [], 'unclosed elements');
}

/** The default cycle with hostile text in every kind of place the fragment writes. */
function hostileCycle() {
  const cycle = structuredClone(defaultCycle);
  const evil = '<script>alert(1)</script>"onload="alert(2)\' <img src=x onerror=alert(3)>';
  cycle.title = evil;
  cycle.summary = evil;
  cycle.stages[0].title = evil;
  cycle.stages[0].shortTitle = '<b>x</b>';
  cycle.stages[1].benefits = [evil];
  cycle.stages[2].considerations[0].title = evil;
  cycle.stages[3].links = [{ label: evil, href: 'https://example.org/?a="onmouseover=alert(4)' }];
  cycle.hub.title = evil;
  cycle.roles[0].name = evil;
  cycle.source.credit = evil;
  cycle.glossary[0].definition = evil;
  const result = parseCycle(cycle);
  assert.ok(result.ok, JSON.stringify(result.errors));
  return result.cycle;
}

test('the default fragment: the wheel, the list, the hub, every stage, the table and the credit', () => {
  const html = cycleToHtml(defaultCycle);
  assertBalanced(html);
  assert.match(html, /^<div class="ec-export" lang="en-GB">/);
  assert.equal(html.match(/<svg /g).length, 1);
  assert.ok(html.includes('<nav id="ec-stages"'));
  for (const stage of defaultCycle.stages) {
    assert.ok(html.includes(`<section class="ec-stage" id="ec-stage-${stage.number}"`), stage.id);
    assert.ok(html.includes(`Stage ${stage.number} of 5: ${stage.title.replace(/'/g, '&apos;')}</h3>`));
    for (const benefit of stage.benefits) assert.ok(html.includes(core.escapeXml(benefit)), benefit);
  }
  assert.ok(html.includes('<section class="ec-stage" id="ec-hub"'));
  assert.ok(html.includes('<caption>Who does what at each stage</caption>'));
  assert.equal(
    html.match(/<th scope="row">/g).length,
    defaultCycle.roles.length + defaultCycle.framework.levels.length,
  );
  assert.ok(html.includes(`<a href="${defaultCycle.source.licence.url}">`));
  assert.ok(html.includes(core.escapeXml(defaultCycle.source.credit)));
  // Nothing that runs, nothing a style-stripping CMS would take out of the markup.
  assert.doesNotMatch(html, /<script|<[^>]*\s(on[a-z]+|style)=|javascript:/i);
  assert.equal(html.match(/<style>/g).length, 1);
});

test('every string from the cycle is escaped, in text and in attributes', () => {
  const html = cycleToHtml(hostileCycle());
  assertBalanced(html);
  // Every "<" of the content is escaped, so any tag is ours: none runs, none has a handler.
  assert.doesNotMatch(html, /<script|<img|<b>|<[^>]*\son[a-z]+=/i);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onload=&quot;alert(2)&apos;'));
  assert.ok(html.includes('href="https://example.org/?a=&quot;onmouseover=alert(4)"'));
});

test('parseCycle refuses a javascript: link before it could reach a fragment', () => {
  const cycle = structuredClone(defaultCycle);
  cycle.stages[0].links = [{ label: 'Click', href: 'javascript:alert(1)' }];
  const result = parseCycle(cycle);
  assert.equal(result.ok, false);
  assert.ok(result.errors.some((e) => e.path === 'stages[0].links[0].href' && e.code === 'url'));
});

test('stages: only those in full; the wheel and the list still show all, linking only those', () => {
  const html = cycleToHtml(defaultCycle, { stages: ['stage-4', 'stage-2'] });
  const sections = [...html.matchAll(/<section class="ec-stage" id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(sections, ['ec-hub', 'ec-stage-2', 'ec-stage-4']);
  for (const stage of defaultCycle.stages) assert.ok(html.includes(core.escapeXml(stage.title)));
  const listLinks = [...html.matchAll(/<li><a href="(#ec-stage-\d)"/g)].map((m) => m[1]);
  assert.deepEqual(listLinks, ['#ec-stage-2', '#ec-stage-4']);
  // The table has the hub and the two stages as columns.
  assert.equal(
    html
      .match(/<thead><tr>(.*?)<\/tr><\/thead>/g)
      .at(-1)
      .match(/<th /g).length,
    4,
  );
  // A stage left out links to the list rather than to nothing.
  assert.ok(!/href="#ec-stage-1"/.test(html));
});

test('hub, wheel, table and styles can each be left out', () => {
  const html = cycleToHtml(defaultCycle, { hub: false, wheel: false, table: false, styles: false });
  assert.ok(!html.includes('id="ec-hub"'));
  assert.ok(!html.includes('<svg'));
  assert.ok(!html.includes('<caption>'));
  assert.ok(!html.includes('<style>'));
  assert.ok(html.includes('id="ec-stage-5"'));
});

test('headingLevel sets the top heading; deeper levels stop at 6', () => {
  const levels = (html) => new Set([...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1])));
  assert.deepEqual([...levels(cycleToHtml(defaultCycle))].sort(), [2, 3, 4, 5]);
  assert.deepEqual([...levels(cycleToHtml(defaultCycle, { headingLevel: 1 }))].sort(), [1, 2, 3, 4]);
  assert.deepEqual([...levels(cycleToHtml(defaultCycle, { headingLevel: 5 }))].sort(), [5, 6]);
  assert.match(cycleToHtml(defaultCycle, { headingLevel: 4 }), /<h4>The Engagement Cycle<\/h4>/);
});

test('lang cy: Welsh interface words, each marked as Welsh round the English content', () => {
  const html = cycleToHtml(defaultCycle, { lang: 'cy' });
  assert.ok(html.includes('<span lang="cy">Camau’r cylch</span>'));
  assert.ok(html.includes('<span lang="cy">Cam 2 o 5: </span>Working with the public'));
  assert.ok(html.includes('<caption><span lang="cy">Pwy sy’n gwneud beth ar bob cam</span></caption>'));
  assert.ok(html.includes('olwyn o 5 cam'), 'the wheel’s description is Welsh too');
  assert.match(html, /^<div class="ec-export" lang="en-GB">/);
  // The same words the elements speak in Welsh: one table in core.
  assert.equal(core.HTML_STRINGS_CY.matrixCaption, core.VIEW_STRINGS_CY.matrixCaption);
  // A Welsh cycle with Welsh words needs no marks.
  const welsh = parseCycle({ ...structuredClone(defaultCycle), lang: 'cy' }).cycle;
  assert.ok(!cycleToHtml(welsh, { lang: 'cy-GB' }).includes('<span lang='));
});

test('strings override single words', () => {
  const html = cycleToHtml(defaultCycle, { strings: { matrixCaption: 'Roles & stages' } });
  assert.ok(html.includes('<caption>Roles &amp; stages</caption>'));
});

test('options it cannot honour throw a RangeError that says what to use', () => {
  assert.throws(() => cycleToHtml(defaultCycle, { stages: ['stage-9'] }), {
    name: 'RangeError',
    message: /"stage-9" is not a stage of this cycle; use some of: stage-1, .*stage-5/,
  });
  for (const headingLevel of [0, 7, 2.5, Number.NaN])
    assert.throws(
      () => cycleToHtml(defaultCycle, { headingLevel }),
      /headingLevel must be a whole number from 1 to 6/,
    );
  assert.throws(
    () => cycleToHtml(defaultCycle, { lang: 'fr' }),
    /lang "fr" has no built-in words; use one of: en, cy/,
  );
});

test('the default fragment stays a size a CMS field takes', () => {
  const bytes = Buffer.byteLength(cycleToHtml(defaultCycle));
  assert.ok(bytes < 80_000, `${bytes} bytes`);
});
