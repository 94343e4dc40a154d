// The generated custom-elements.json describes the public API of every element, so editors,
// Storybook's docs and framework wrappers can rely on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const manifest = JSON.parse(
  await readFile(new URL('../../packages/elements/custom-elements.json', import.meta.url), 'utf8'),
);
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
const wheel = elements.find((d) => d.tagName === 'ec-cycle-wheel');

test('lists <ec-cycle-wheel> with a summary', () => {
  assert.ok(wheel, 'ec-cycle-wheel is not in the manifest');
  assert.match(wheel.summary, /interactive wheel/);
});

test('documents every attribute of the wheel, and no internal state', () => {
  const attributes = Object.fromEntries(wheel.attributes.map((a) => [a.name, a.description ?? '']));
  for (const name of [
    'label',
    'sync-url',
    'show-segments',
    'rotate',
    'hide-list',
    'src',
    'selected',
    'theme',
  ]) {
    assert.ok(attributes[name], `attribute ${name} has no description`);
  }
  for (const internal of ['width', 'focused', 'sharedStore', 'shared-store']) {
    assert.equal(attributes[internal], undefined, `${internal} is internal state, not an attribute`);
  }
});

test('documents the properties and methods a page uses', () => {
  const publicMembers = wheel.members.filter((m) => (m.privacy ?? 'public') === 'public').map((m) => m.name);
  for (const name of ['data', 'strings', 'select', 'next', 'previous', 'cycle']) {
    assert.ok(publicMembers.includes(name), `${name} missing from ${publicMembers.join(', ')}`);
  }
});

test('documents the event, parts and custom properties', () => {
  assert.deepEqual(
    wheel.events.map((e) => e.name),
    ['ec-stage-select'],
  );
  assert.match(wheel.events[0].description, /stageId, previousStageId/);
  const parts = wheel.cssParts.map((p) => p.name);
  for (const part of [
    'base',
    'wheel',
    'hub',
    'stage',
    'segment',
    'list',
    'credit',
    'loading',
    'error',
    'retry-button',
  ]) {
    assert.ok(parts.includes(part), `part ${part} is not documented`);
  }
  assert.ok(
    wheel.cssParts.every((p) => p.description),
    'every part has a description',
  );
  const props = wheel.cssProperties.map((p) => p.name);
  for (const prop of ['--ec-stage-fill', '--ec-color-focus', '--ec-font-family'])
    assert.ok(props.includes(prop), prop);
});

test('documents the guide and the composite too', () => {
  const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));
  const guide = byTag['ec-stage-guide'];
  const composite = byTag['ec-engagement-cycle'];
  assert.ok(guide && composite, 'both elements are in the manifest');
  const attrs = (d) => Object.fromEntries(d.attributes.map((a) => [a.name, a.description ?? '']));
  for (const name of ['for', 'heading-level', 'print-all', 'src', 'selected', 'theme'])
    assert.ok(attrs(guide)[name], name);
  for (const name of ['sync-url', 'heading-level', 'label', 'src', 'selected'])
    assert.ok(attrs(composite)[name], name);
  assert.equal(attrs(guide).announcement, undefined, 'internal state is not an attribute');
  assert.deepEqual(
    composite.slots.map((s) => s.name),
    ['after'],
  );
  for (const d of [guide, composite]) {
    assert.deepEqual(
      d.events.map((e) => e.name),
      ['ec-stage-select'],
    );
    assert.ok(d.summary);
  }
  const guideParts = guide.cssParts.map((p) => p.name);
  for (const part of [
    'heading',
    'consideration',
    'suggested',
    'nav',
    'previous-button',
    'next-button',
    'hub-button',
  ]) {
    assert.ok(guideParts.includes(part), part);
  }
});

test('documents the matrix', () => {
  const matrix = elements.find((d) => d.tagName === 'ec-who-does-what');
  assert.ok(matrix, 'ec-who-does-what is in the manifest');
  const attrs = Object.fromEntries(matrix.attributes.map((a) => [a.name, a.description ?? '']));
  for (const name of ['for', 'group', 'active-only', 'src', 'selected', 'theme'])
    assert.ok(attrs[name], name);
  const members = matrix.members.filter((m) => (m.privacy ?? 'public') === 'public').map((m) => m.name);
  for (const name of ['toCsv', 'matrix', 'select']) assert.ok(members.includes(name), name);
  const parts = matrix.cssParts.map((p) => p.name);
  for (const part of ['table', 'scroll', 'column-button', 'list', 'download-button'])
    assert.ok(parts.includes(part), part);
  const composite = elements.find((d) => d.tagName === 'ec-engagement-cycle');
  assert.ok(composite.attributes.some((a) => a.name === 'hide-matrix' && a.description));
});
