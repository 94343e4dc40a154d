// The server-rendering recipes shown in docs/server-rendering.mdx, run as they are written:
// the plain Node http handler (docs/recipes/node-http.mjs) on a real server on 127.0.0.1, and
// the Eleventy 3 site (docs/recipes/eleventy/) built into a folder, then served and opened in
// Chromium. Their HTML must hold the full content before any script runs. (Hydration in
// Chromium and Firefox, with the same handler: ssr-hydrate.test.mjs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import Eleventy from '@11ty/eleventy';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browsers.js';
import { handler } from '../../docs/recipes/node-http.mjs';

const { defaultCycle } = await import('@engagement-cycle/elements/ssr.js');
const { stages, hub, roles } = defaultCycle;

/** What every page must hold with no script: each stage, the guide, the matrix, the credit. */
function assertFullContent(page, selectedLabel) {
  assert.match(page, /<ec-engagement-cycle[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.doesNotMatch(page, /part="loading"/);
  for (const stage of stages) assert.ok(page.includes(stage.title), stage.title);
  assert.ok(page.includes(hub.title));
  for (const role of roles) assert.ok(page.includes(role.name), role.name);
  assert.match(page, new RegExp(`aria-selected="true"[^>]*aria-label="${selectedLabel}`));
  assert.match(page, /Based on The Engagement Cycle by InHealth Associates/);
  assert.match(page, /<script type="importmap">/);
  assert.match(page, /import '@lit-labs\/ssr-client\/lit-element-hydrate-support.js';/);
}

describe('the plain Node http recipe', () => {
  let server;
  let base;
  before(async () => {
    server = createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('sends the whole page, the hub selected', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assertFullContent(await res.text(), 'Hub: ');
  });

  test('a query names the stage, which the server can see (a hash it cannot)', async () => {
    const page = await (await fetch(`${base}/?stage=3`)).text();
    assertFullContent(page, 'Stage 3: ');
    assert.match(page, /<span class="eyebrow"[^>]*><!--lit-part-->Stage 3 of 5/);
  });

  test('serves the modules in the import map, and nothing else', async () => {
    const lit = await fetch(`${base}/modules/lit/index.js`);
    assert.equal(lit.status, 200);
    assert.match(lit.headers.get('content-type'), /^text\/javascript/);
    assert.equal((await fetch(`${base}/modules/@engagement-cycle/elements/dist/index.js`)).status, 200);
    for (const path of [
      '/modules/@engagement-cycle/elements/package.json',
      '/modules/@engagement-cycle/elements/src/index.ts',
      '/modules/%2e%2e/package.json',
      '/modules/lit/../../package.json',
      '/modules/left-pad/index.js',
      '/nothing-here',
    ])
      assert.equal((await fetch(`${base}${path}`)).status, 404, path);
  });
});

describe('the Eleventy 3 recipe', () => {
  let out;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'ec-eleventy-'));
    const site = new Eleventy('docs/recipes/eleventy', out, {
      configPath: 'docs/recipes/eleventy/eleventy.config.js',
      quietMode: true,
    });
    await site.write();
  });
  after(() => rm(out, { recursive: true, force: true }));

  test('builds a page for the hub and one per stage, each complete, with its stage selected', async () => {
    assertFullContent(await readFile(join(out, 'index.html'), 'utf8'), 'Hub: ');
    for (const stage of stages) {
      const page = await readFile(join(out, stage.id, 'index.html'), 'utf8');
      assertFullContent(page, `Stage ${stage.number}: `);
      assert.match(page, new RegExp(`<a href="/${stage.id}/" aria-current="page">`));
    }
    // The modules the import map names were copied beside the pages.
    for (const file of [
      'modules/lit/index.js',
      'modules/@lit-labs/ssr-client/lit-element-hydrate-support.js',
      'modules/@engagement-cycle/elements/dist/index.js',
      'modules/@engagement-cycle/core/dist/default-cycle.js',
    ])
      assert.ok((await stat(join(out, file))).isFile(), file);
  });

  test('served as static files, a stage page hydrates in Chromium and stays on its stage', async () => {
    const server = createServer(async (req, res) => {
      let path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      if (!path.startsWith(out + sep) && path !== out) return res.writeHead(404).end();
      if (path.endsWith(sep) || path === out) path = join(path, 'index.html');
      try {
        const body = await readFile(path);
        const type =
          { '.html': 'text/html', '.js': 'text/javascript' }[extname(path)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      headless: true,
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    });
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) problems.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${server.address().port}/stage-3/`, { waitUntil: 'load' });
      const state = await page.evaluate(async () => {
        const composite = document.querySelector('ec-engagement-cycle');
        const heading = composite.shadowRoot.querySelector('ec-stage-guide').shadowRoot.querySelector('h2');
        await customElements.whenDefined('ec-stage-guide');
        const parts = [
          ...composite.shadowRoot.querySelectorAll('ec-cycle-wheel, ec-stage-guide, ec-who-does-what'),
        ];
        for (const el of [composite, ...parts]) await el.updateComplete;
        const now = composite.shadowRoot.querySelector('ec-stage-guide').shadowRoot.querySelector('h2');
        return {
          hydrated: [composite, ...parts].every((el) => el.hasUpdated),
          sameHeading: heading === now,
          selected: composite.selected,
          title: now.querySelector('.title-text').textContent.trim(),
        };
      });
      assert.deepEqual(problems, []);
      assert.deepEqual(state, {
        hydrated: true,
        sameHeading: true,
        selected: 'stage-3',
        title: stages[2].title,
      });
    } finally {
      await browser.close();
      server.close();
    }
  });
});
