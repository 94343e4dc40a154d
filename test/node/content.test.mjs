// The default dataset is the project's own wording. These checks read the JSON file itself,
// as it ships, against the team's fact sheet (a close paraphrase of the sources, kept in
// test/fixtures so the check runs on a clean clone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const cycle = JSON.parse(read('packages/core/src/data/engagement-cycle.en.json'));
const facts = read('test/fixtures/engagement-cycle-facts.md');

const words = (text) => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
const RUN = 10;

/** Published names, given exactly on purpose: titles of stages, hub elements and headings. */
function names(data) {
  const list = new Set([data.hub?.title, data.source?.name, data.source?.licence?.name]);
  for (const stage of data.stages ?? []) {
    list.add(stage.title);
    for (const c of stage.considerations) if ((c.titleBasis ?? c.basis) === 'source') list.add(c.title);
  }
  for (const e of data.hub?.elements ?? []) list.add(e.title);
  return list;
}

/** Every text of the dataset with its JSON path, leaving out addresses and reference titles. */
function* texts(value, path = '') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'url' || k === 'href' || path === '.references') continue;
      yield* texts(v, `${path}.${k}`);
    }
}

const sheet = words(facts);
const runs = new Set();
for (let i = 0; i + RUN <= sheet.length; i++) runs.add(sheet.slice(i, i + RUN).join(' '));

/** The first copied run of each text of `data` that repeats the sheet, with its path. */
function copiedRuns(data) {
  const exact = names(data);
  const copied = [];
  for (const [path, text] of texts(data)) {
    if (exact.has(text)) continue;
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN).join(' ');
      if (runs.has(run)) {
        copied.push(`${path}: "${run}"`);
        break;
      }
    }
  }
  return copied;
}

test('no run of 10 words in the dataset repeats the fact sheet, names aside', () => {
  assert.deepEqual(copiedRuns(cycle), []);
});

test('the check finds a sentence lifted from the sheet, whatever its case and commas', () => {
  // Or the test above proves nothing.
  const lifted = 'The Board needs processes that turn engagement data into insight about current services.';
  assert.deepEqual(copiedRuns({ hub: { purpose: lifted } }), [
    '.hub.purpose: "the board needs processes that turn engagement data into insight"',
  ]);
});

test('Healthwatch is spelt one way in what readers see (the sources’ spelling only where quoted)', () => {
  const odd = [...texts(cycle)].filter(([, t]) => /HealthWatch/.test(t) && !/“HealthWatch”/.test(t));
  assert.deepEqual(odd, []);
});

test('every role has a one-line description, and the role no source names is marked', () => {
  for (const role of cycle.roles) {
    assert.ok(role.description?.trim(), `${role.id} has no description`);
    assert.ok(!/\n/.test(role.description), `${role.id}: one line`);
  }
  assert.equal(cycle.roles.find((r) => r.id === 'public-health').basis, 'suggested');
});

test('every statement naming CCGs or the legal duty carries a dated note nearby', () => {
  const dated = /Dated note/;
  assert.match(cycle.hub.notes.join(' '), dated);
  const legal = cycle.reasons.find((r) => r.id === 'legal');
  assert.match(legal.text, /CCG/);
  assert.match(legal.notes.join(' '), /integrated care boards/);
  assert.match(cycle.roles.find((r) => r.id === 'governing-body').description, /integrated care board/);
});

test('the hub says its list of key elements is partial, and where the rest is', () => {
  assert.match(cycle.hub.notes[0], /ten key elements/);
  assert.match(cycle.hub.notes[0], /not complete/);
  assert.ok(cycle.hub.sources.includes('s5'));
});

test('no cell says only that a role "has a part" without telling the reader anything', () => {
  const empty = cycle.responsibilities.filter((r) =>
    /^(Has|Have) a (named )?(part|role) in engagement/.test(r.text),
  );
  assert.deepEqual(empty, []);
});

test('every version a stage or the hub follows is described, and each has a period', () => {
  const ids = new Set(cycle.versions.map((v) => v.id));
  for (const part of [cycle.hub, ...cycle.stages]) assert.ok(ids.has(part.version), part.title);
  for (const v of cycle.versions) assert.ok(v.period, v.id);
});
