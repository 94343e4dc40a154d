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

// The manifest describes the package as installed: its paths are files that ship.
const pkgDir = new URL('../../packages/elements/', import.meta.url);
const TAGS = [
  'ec-cycle-wheel',
  'ec-stage-guide',
  'ec-who-does-what',
  'ec-engagement-cycle',
  'ec-self-assessment',
];
/** The detail type each event carries. */
const EVENT_TYPES = {
  'ec-stage-select': 'CustomEvent<StageSelectDetail>',
  'ec-assessment-change': 'CustomEvent<AssessmentChangeDetail>',
};

test('every module path and reference points at a dist/ file that is built', async () => {
  const { access } = await import('node:fs/promises');
  const paths = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'path' || k === 'module') && typeof x === 'string') paths.add(x);
        else walk(x);
      }
  };
  walk(manifest.modules);
  assert.ok(paths.size > 20);
  for (const p of paths) {
    assert.match(p, /^dist\/.+\.js$/, p);
    await access(new URL(p, pkgDir)); // throws if the file is not there
  }
});

test('each tag has its custom-element-definition export, in its own entry', () => {
  const defs = manifest.modules.flatMap((m) =>
    (m.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => ({ path: m.path, ...e })),
  );
  for (const tag of TAGS) {
    const own = defs.find((d) => d.name === tag && d.path === `dist/${tag.slice(3)}.js`);
    assert.ok(own, `${tag} has no definition in dist/${tag.slice(3)}.js`);
    const home = manifest.modules.find((m) => m.path === own.declaration.module);
    assert.ok(home.declarations.some((d) => d.name === own.declaration.name && d.tagName === tag));
  }
  assert.ok(
    defs.every((d) => TAGS.includes(d.name)),
    defs.map((d) => d.name).join(),
  );
});

test('events carry their type, and @internal members are left out', () => {
  for (const d of elements)
    for (const e of d.events) assert.equal(e.type.text, EVENT_TYPES[e.name], `${d.name} ${e.name}`);
  const all = elements.flatMap((d) => d.members.map((m) => m.name));
  for (const internal of ['panel', 'pending', 'link', 'language'])
    assert.ok(!all.includes(internal), internal);
});

test('editor and framework files are generated from the manifest and shipped', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', pkgDir), 'utf8'));
  const jsx = await readFile(new URL('dist/types/jsx.d.ts', pkgDir), 'utf8');
  const vue = await readFile(new URL('dist/types/vue.d.ts', pkgDir), 'utf8');
  for (const tag of TAGS) {
    assert.match(jsx, new RegExp(`"${tag}": Partial<`));
    assert.match(vue, new RegExp(`"${tag}": DefineComponent<`));
  }
  assert.match(jsx, /"onec-stage-select"\?: \(e: CustomEvent<StageSelectDetail>\) => void/);
  const html = JSON.parse(await readFile(new URL('dist/vscode.html-custom-data.json', pkgDir), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), [...TAGS].sort());
  const webTypes = JSON.parse(await readFile(new URL(pkg['web-types'], pkgDir), 'utf8'));
  assert.equal(webTypes.name, '@engagement-cycle/elements');
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), [...TAGS].sort());
  for (const sub of ['./jsx', './react-jsx', './vue', './web-types.json', './vscode.html-custom-data.json'])
    assert.ok(pkg.exports[sub], `${sub} is not exported`);
});
