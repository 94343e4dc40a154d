// The built @engagement-cycle/core in Node, with no DOM: it loads, parses, fetches from a
// real local server, and ships a JSON Schema that a standard validator agrees with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { mutationOf } from '../../packages/core/test/support/mutate.js';

const core = await import('@engagement-cycle/core');
const dist = new URL('../../packages/core/dist/', import.meta.url);
const readJson = async (name) => JSON.parse(await readFile(new URL(name, dist), 'utf8'));
const schema = await readJson('cycle.schema.json');
const additionsSchema = await readJson('cycle-additions.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

// Problems a JSON Schema can express; the rest (unknown ids, duplicates, numbering, segment
// order) need a look across the whole document, which only parseCycle does.
const STRUCTURAL = new Set([
  'type',
  'required',
  'unknown-property',
  'empty',
  'too-long',
  'count',
  'value',
  'url',
]);

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(core.parseCycle(core.defaultCycle).ok, true);
});

test('ships the dataset as plain JSON, equal to the default cycle', async () => {
  assert.deepEqual(await readJson('engagement-cycle.en.json'), JSON.parse(JSON.stringify(core.defaultCycle)));
});

test('the dataset passes the shipped JSON Schema', () => {
  assert.equal(validate(core.defaultCycle), true, JSON.stringify(validate.errors));
  assert.equal(ajv.validate(additionsSchema, { roles: [{ id: 'x', name: 'X' }] }), true);
});

test('the JSON Schema and parseCycle agree on random mutations of the dataset', () => {
  fc.assert(
    fc.property(mutationOf(core.defaultCycle), (value) => {
      const result = core.parseCycle(value);
      const structural = result.ok ? [] : result.errors.filter((e) => STRUCTURAL.has(e.code));
      const schemaValid = validate(value);
      assert.equal(
        schemaValid,
        structural.length === 0,
        `schema says ${schemaValid} (${JSON.stringify(validate.errors?.slice(0, 3))}); parseCycle says ${JSON.stringify(structural.slice(0, 3))}`,
      );
    }),
    { numRuns: 1000 },
  );
});

test('the JSON Schema and parseCycle agree on arbitrary JSON', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = core.parseCycle(value);
      assert.equal(validate(value), result.ok);
    }),
    { numRuns: 300 },
  );
});

test('loadCycle works in Node against a real server', async (t) => {
  const body = JSON.stringify(core.defaultCycle);
  const server = createServer((req, res) => {
    if (req.url === '/cycle.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('{}'), 2000).unref();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;

  const ok = await core.loadCycle(`${base}/cycle.json`);
  assert.equal(ok.ok, true);
  const missing = await core.loadCycle(`${base}/missing.json`);
  assert.equal(missing.ok || missing.error.kind, 'http');
  const slow = await core.loadCycle(`${base}/slow`, { timeoutMs: 100 });
  assert.equal(slow.ok || slow.error.kind, 'timeout');

  // A port nobody listens on: a real refused connection.
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  const refused = await core.loadCycle(`http://127.0.0.1:${deadPort}/cycle.json`);
  assert.equal(refused.ok || refused.error.kind, 'network');
});

test('the package tarball holds dist, types, schema, dataset and licences, and no tests', async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--workspace', '@engagement-cycle/core'], {
    encoding: 'utf8',
  });
  const files = JSON.parse(out)[0].files.map((f) => f.path);
  for (const expected of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/cycle.schema.json',
    'dist/assessment.schema.json',
    'dist/engagement-cycle.en.json',
    'LICENSE',
    'LICENSE-DATA.md',
    'README.md',
    'package.json',
  ]) {
    assert.ok(files.includes(expected), `${expected} missing from ${files.join(', ')}`);
  }
  assert.ok(!files.some((f) => f.startsWith('test/') || f.startsWith('src/')), files.join(', '));
});

test('the shipped assessment schema compiles, accepts a rated file and agrees with parseAssessment', async () => {
  const assessmentSchema = await readJson('assessment.schema.json');
  const check = ajv.compile(assessmentSchema);
  const file = core.emptyAssessment(core.defaultCycle, '2026-12-01');
  file.items[0].level = 'developing';
  file.items[0].evidence = [{ label: 'Our strategy', href: 'https://example.org/strategy' }];
  assert.equal(check(file), true, JSON.stringify(check.errors));
  assert.equal(core.parseAssessment(file, core.defaultCycle).ok, true);
  for (const broken of [
    { ...file, schemaVersion: 2 },
    { ...file, items: [{ id: 'hub', evidence: [{ label: 'x', href: 'javascript:alert(1)' }] }] },
    { ...file, date: '1/12/2026' },
  ]) {
    assert.equal(check(broken), false);
    assert.equal(core.parseAssessment(broken, core.defaultCycle).ok, false);
  }
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      assert.equal(check(value), core.parseAssessment(value, core.defaultCycle).ok);
    }),
    { numRuns: 300 },
  );
});
