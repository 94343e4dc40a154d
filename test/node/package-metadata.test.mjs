// What each package tells npm and the people who install it: licences (code MIT, the default
// content CC BY-NC-SA 2.0 UK), the files that carry them, and source maps that resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const spdxIds = new Set(require('spdx-license-ids'));
const root = new URL('../../', import.meta.url);
const pkg = async (name) =>
  JSON.parse(await readFile(new URL(`packages/${name}/package.json`, root), 'utf8'));
const packed = (name) =>
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--workspace', `@engagement-cycle/${name}`], {
      cwd: root,
      encoding: 'utf8',
    }),
  )[0].files.map((f) => f.path);

/** The licence ids of a simple SPDX expression: `MIT`, `(A AND B)`. */
const idsOf = (expression) => expression.replace(/[()]/g, '').split(/\s+(?:AND|OR)\s+/);

test('packages that carry the default content name both licences in SPDX', async () => {
  for (const name of ['core', 'elements']) {
    const { license } = await pkg(name);
    assert.equal(license, '(MIT AND CC-BY-NC-SA-2.0-UK)', name);
    for (const id of idsOf(license)) assert.ok(spdxIds.has(id), `${id} is not on the SPDX list`);
  }
  // The wrappers hold no content of their own: the dataset arrives through their dependencies.
  assert.equal((await pkg('react')).license, 'MIT');
});

test('every package links its repository, issues and home page, with keywords', async () => {
  const urls = new Set();
  for (const name of ['core', 'elements', 'react']) {
    const p = await pkg(name);
    assert.match(p.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/, name);
    assert.equal(p.repository.directory, `packages/${name}`);
    assert.match(p.bugs.url, /\/issues$/);
    assert.match(p.homepage, /^https:\/\//);
    // The repository address is a guess until the project is published; the homepage and the
    // issues page must at least be that same repository's.
    const web = p.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    assert.equal(p.homepage, `${web}/tree/main/packages/${name}#readme`, name);
    assert.equal(p.bugs.url, `${web}/issues`, name);
    assert.ok(p.keywords.includes('engagement-cycle'), name);
    urls.add(p.repository.url);
  }
  assert.equal(urls.size, 1, 'one repository for all three');
});

test('the elements package ships the data licence and the third-party notices', () => {
  const files = packed('elements');
  for (const f of ['LICENSE', 'LICENSE-DATA.md', 'dist/cdn/THIRD-PARTY-NOTICES.md'])
    assert.ok(files.includes(f), `${f} missing from ${files.join(', ')}`);
});

test('each CDN file opens with its licence line and keeps Lit’s licence headers', async () => {
  const dir = new URL('packages/elements/dist/cdn/', root);
  const notices = await readFile(new URL('THIRD-PARTY-NOTICES.md', dir), 'utf8');
  for (const name of ['lit-html', 'lit-element', '@lit/reactive-element'])
    assert.match(notices, new RegExp(`## ${name} .*BSD-3-Clause[\\s\\S]*Redistribution and use`));
  for (const file of ['engagement-cycle.js', 'cycle-wheel.js', 'loader.js']) {
    const code = await readFile(new URL(file, dir), 'utf8');
    assert.match(code, /^\/\*! @engagement-cycle\/elements \d+\.\d+\.\d+ \| code: MIT \| default content:/);
    assert.match(
      code.slice(0, 400),
      /InHealth Associates.*CC BY-NC-SA 2\.0 UK.*THIRD-PARTY-NOTICES\.md \*\//,
    );
    assert.match(
      code,
      /@license\s+\*\s+Copyright 2017 Google LLC\s+\*\s+SPDX-License-Identifier: BSD-3-Clause/,
    );
    // Each distinct notice once: Lit repeats its header in every module.
    const headers = [...code.matchAll(/\/\*\*[\s*]*@license[\s\S]*?\*\//g)].map((m) => m[0]);
    assert.equal(new Set(headers).size, headers.length, file);
  }
});

test('every chunk of the CDN loader says what it is; the one with the default content names its licence', async () => {
  const dir = new URL('packages/elements/dist/cdn/chunks/', root);
  const chunks = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  assert.ok(chunks.length > 3, chunks.join(', '));
  for (const file of chunks) {
    const code = await readFile(new URL(file, dir), 'utf8');
    assert.match(
      code,
      /^\/\*! @engagement-cycle\/elements \d+\.\d+\.\d+ \| (MIT|code: MIT) .*THIRD-PARTY-NOTICES\.md \*\//,
      file,
    );
    if (file.startsWith('default-cycle-'))
      assert.match(code.slice(0, 400), /InHealth Associates.*CC BY-NC-SA 2\.0 UK/, file);
  }
});

test('source maps resolve: the CDN and embed maps hold every source; the npm builds ship none', async () => {
  const chunkMaps = (await readdir(new URL('packages/elements/dist/cdn/chunks/', root)))
    .filter((f) => f.endsWith('.map'))
    .map((f) => `chunks/${f}`);
  for (const file of [
    ...['engagement-cycle.js.map', 'cycle-wheel.js.map', 'loader.js.map', ...chunkMaps].map(
      (f) => `cdn/${f}`,
    ),
    'embed/embed.js.map',
    'embed/embed-host.js.map',
  ]) {
    const map = JSON.parse(await readFile(new URL(`packages/elements/dist/${file}`, root), 'utf8'));
    assert.equal(map.sourcesContent.length, map.sources.length);
    assert.ok(
      map.sourcesContent.every((s) => typeof s === 'string' && s.length > 0),
      file,
    );
  }
  for (const name of ['core', 'elements', 'react']) {
    // The CDN and embed files are minified, so they keep their maps; nothing else has one.
    const maps = packed(name).filter(
      (f) => f.endsWith('.map') && !f.startsWith('dist/cdn/') && !f.startsWith('dist/embed/'),
    );
    assert.deepEqual(maps, [], name);
    const files = await readdir(new URL(`packages/${name}/dist/`, root), { recursive: true });
    const js = files.filter((f) => f.endsWith('.js') && !f.startsWith('cdn') && !f.startsWith('embed'));
    for (const f of js.slice(0, 5)) {
      const code = await readFile(new URL(`packages/${name}/dist/${f}`, root), 'utf8');
      assert.doesNotMatch(code, /sourceMappingURL/, `${name}/dist/${f}`);
    }
  }
});
