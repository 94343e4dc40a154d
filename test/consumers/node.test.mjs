// @engagement-cycle/core installed from its tarball into a plain Node project: it imports,
// validates with error paths, and its command runs as the README documents it, from anywhere.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare, run } from './consumers.mjs';

let ctx;
let app;
before(async () => {
  ctx = await prepare();
  app = ctx.projects['node-app'];
});

test('the package is a copy, not a link into the workspace', async () => {
  const installed = join(app, 'node_modules/@engagement-cycle/core');
  assert.equal((await lstat(installed)).isSymbolicLink(), false);
  const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.license, '(MIT AND CC-BY-NC-SA-2.0-UK)');
});

test('imports in Node, validates the default cycle and reports a bad one with its path', async () => {
  const { stdout } = await run('node', ['check.mjs'], { cwd: app });
  const out = JSON.parse(stdout);
  assert.equal(out.ok, true);
  assert.equal(out.stages, 5);
  assert.ok(out.errors.includes('stages[2].title: required'), out.errors.join('\n'));
  assert.equal(out.svg, true);
  assert.match(out.schema, /json-schema\.org/);
});

test('the command runs inside the project: npx engagement-cycle svg', async () => {
  const { stdout } = await run('npx', ['--no-install', 'engagement-cycle', 'svg', '--selected', 'stage-2'], {
    cwd: app,
  });
  assert.match(stdout, /^<svg[\s\S]*<\/svg>\s*$/);
});

test('the documented command works from a folder with no project: npx -p @engagement-cycle/core engagement-cycle', async () => {
  // npx fetches the package named by -p; here that is the tarball (the package is not on the
  // registry yet), so this proves the command and bin name the README gives.
  const empty = await mkdtemp(join(tmpdir(), 'ec-npx-'));
  try {
    const { stdout } = await run(
      'npx',
      ['--yes', '-p', ctx.tarballs.core, 'engagement-cycle', 'svg', '--selected', 'hub', '--size', '300'],
      { cwd: empty },
    );
    assert.match(stdout, /^<svg[^>]*width="300"/);
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});
