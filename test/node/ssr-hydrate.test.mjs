// Server-rendered pages hydrating in Debian's Chromium and Firefox ESR. The pages come from
// the plain Node recipe (docs/recipes/node-http.mjs: @lit-labs/ssr on a real server on
// 127.0.0.1, the packages' built modules through an import map). The test holds back the
// page's scripts until it has read the server's HTML, then lets them run, and checks:
// nothing was logged, the same nodes are still there (hydrated, not drawn again), the same
// text and the same accessible names, no layout shift (Chromium: Firefox reports no
// `layout-shift` entries), and that the elements then work by keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { html } from 'lit';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FIREFOX_PATH } from '../support/browsers.js';
import { handler, renderPage, serveModule } from '../../docs/recipes/node-http.mjs';

const { defaultCycle } = await import('@engagement-cycle/elements/ssr.js');
const stages = defaultCycle.stages;

const pages = {
  // The three parts side by side, given the data, a guide and a matrix following the wheel.
  '/parts': () =>
    html`<ec-cycle-wheel id="wheel" .data=${defaultCycle} selected="stage-2"></ec-cycle-wheel>
      <ec-stage-guide for="wheel" .data=${defaultCycle} selected="stage-2"></ec-stage-guide>
      <ec-who-does-what for="wheel" .data=${defaultCycle} selected="stage-2"></ec-who-does-what>`,
  '/composite': () => html`<ec-engagement-cycle selected="stage-1"></ec-engagement-cycle>`,
  '/welsh': () => html`<ec-engagement-cycle lang="cy" hide-matrix></ec-engagement-cycle>`,
  '/sync-wheel': () => html`<ec-cycle-wheel id="wheel" sync-url></ec-cycle-wheel>`,
  '/sync-composite': () => html`<ec-engagement-cycle sync-url hide-matrix></ec-engagement-cycle>`,
  '/assessment': () => html`<ec-self-assessment heading-level="2"></ec-self-assessment>`,
};

/** The scripts of the page being tested wait until the test lets them run. */
let release;
let held = Promise.resolve();
const hold = () => (held = new Promise((resolve) => (release = resolve)));

const HYDRATE_SUPPORT = '/modules/@lit-labs/ssr-client/lit-element-hydrate-support.js';

async function serve(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === HYDRATE_SUPPORT) await held;
  if (url.pathname.startsWith('/modules/')) res.setHeader('cache-control', 'no-store');
  if (await serveModule(url, res)) return;
  const page = pages[url.pathname];
  if (!page) return handler(req, res);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(await renderPage(page(), { lang: url.pathname === '/welsh' ? 'cy' : 'en' }));
}

const browsers = [
  { name: 'Chromium', options: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS } },
  { name: 'Firefox', options: { browser: 'firefox', executablePath: FIREFOX_PATH } },
];

let server;
let base;
before(async () => {
  server = createServer((req, res) =>
    serve(req, res).catch((error) => {
      console.error(error);
      res.writeHead(500).end(String(error));
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

/** In the page: what a reader meets, read across shadow roots. */
function readPage() {
  const text = [];
  const names = [];
  const elements = [];
  // The wheel's drawn labels (SVG text, and the paths curved text follows), apart: they are
  // fitted to the wheel's width, which the server cannot know.
  const labels = [];
  const labelNodes = [];
  const isLabel = (node) => !!node.closest?.('svg text, svg .text-path');
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === 3) {
        const t = node.data.replace(/\s+/g, ' ').trim();
        if (t) (isLabel(node.parentNode) ? labels : text).push(t);
        continue;
      }
      if (node.nodeType !== 1 || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) continue;
      // What is not shown is not read (the matrix's list on a wide page, hidden text).
      if (getComputedStyle(node).display === 'none') continue;
      (isLabel(node) ? labelNodes : elements).push(node);
      const role = node.getAttribute('role');
      const label = node.getAttribute('aria-label');
      if (role || label)
        names.push(
          [role, label, node.getAttribute('aria-selected'), node.getAttribute('aria-hidden')].join('|'),
        );
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
  };
  walk(document.body);
  return { text, names, elements, labels, labelNodes };
}

/** In the page: every element of ours, across shadow roots. */
function ours() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName.startsWith('EC-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

async function open(browser, path, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error}`));
  page.on('console', (message) => {
    // The recipe's page has no icon; Chromium asks for /favicon.ico anyway.
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    if (['error', 'warn', 'warning'].includes(message.type()))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    window.__shifts = [];
    if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__cls += entry.value;
          window.__shifts.push(entry.sources?.map((s) => s.node?.nodeName ?? '?').join(',') ?? '');
        }
      }).observe({ type: 'layout-shift', buffered: true });
    }
  });
  hold();
  const loaded = page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('main h1 ~ *');
  // Parsed (readyState "interactive"), while the module scripts wait at the door.
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.evaluate(
    (read, find) => {
      const readPage = new Function(`return (${read})()`);
      window.__find = new Function(`return (${find})()`);
      window.__read = readPage;
      const before = readPage();
      window.__before = before;
      window.__definedBefore = window.__find().filter((el) => customElements.get(el.localName)).length;
    },
    readPage.toString(),
    ours.toString(),
  );
  // Chromium's own accessibility tree (through the DevTools protocol), before and after, as
  // a list of each node's role, name and state. Left out: the page's "busy" while it loads,
  // and the guide's own region (or tab panel, beside a wheel), which its ElementInternals
  // give it once its script runs (server HTML cannot carry them); what is in it is compared.
  const axTree = async () => {
    if (!(await browser.version()).includes('Chrom')) return undefined;
    const lines = [];
    const walk = (node, depth) => {
      if (!['region', 'tabpanel'].includes(node.role))
        lines.push([depth, node.role, node.name, node.selected, node.level, node.expanded].join('|'));
      for (const child of node.children ?? []) walk(child, depth + 1);
    };
    for (const child of (await page.accessibility.snapshot({ interestingOnly: true })).children ?? [])
      walk(child, 0);
    return lines;
  };
  const axBefore = await axTree();
  const before = await page.evaluate(() => ({
    text: window.__before.text,
    labels: window.__before.labels,
    names: window.__before.names,
    defined: window.__definedBefore,
  }));
  release();
  await loaded;
  // Hydrated: every element has updated and settled; then the width reads have been acted on.
  await page.waitForFunction(() => window.__find().every((el) => el.hasUpdated));
  await page.evaluate(async () => {
    for (const el of window.__find()) await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 300));
    for (const el of window.__find()) await el.updateComplete;
  });
  const afterRead = await page.evaluate(() => {
    const now = window.__read();
    const gone = window.__before.elements.filter((el) => !el.isConnected);
    const kept = window.__before.elements.length - gone.length;
    const replaced = gone.map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`);
    const labelsKept = window.__before.labelNodes.every((el) => el.isConnected);
    return {
      text: now.text,
      names: now.names,
      labels: now.labels,
      labelsKept,
      kept,
      replaced,
      of: window.__before.elements.length,
      cls: window.__cls,
      shifts: window.__shifts,
      layoutShiftSupported: PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false,
    };
  });
  afterRead.ax = await axTree();
  before.ax = axBefore;
  return { page, problems, before, after: afterRead };
}

/** Runs `fn` in the page, inside the element found by the selector path (across shadow roots). */
const deep = (page, path, fn, ...args) =>
  page.evaluate(
    (p, f, ...a) => {
      let node = document;
      for (const sel of p) node = (node.shadowRoot ?? node).querySelector(sel);
      return new Function(`return (${f})`)()(node, ...a);
    },
    path,
    fn.toString(),
    ...args,
  );

const results = {};

for (const { name, options } of browsers) {
  describe(`server-rendered pages hydrate in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await puppeteer.launch({ headless: true, ...options });
    });
    after(async () => {
      await browser?.close();
    });

    for (const path of ['/parts', '/composite', '/welsh', '/assessment']) {
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 375, height: 800 },
      ]) {
        test(`${path} at ${viewport.width} px: the server's content, kept, hydrated, with no shift`, async () => {
          const { page, problems, before, after } = await open(browser, path, viewport);
          assert.equal(before.defined, 0, 'the scripts had not run when the server HTML was read');
          assert.deepEqual(problems, []);
          // The server sent the content: every stage's title is there before any script.
          const text = before.text.join(' ');
          if (path !== '/assessment')
            for (const stage of stages) assert.ok(text.includes(stage.title), stage.title);
          assert.match(text, /InHealth Associates/);
          // Hydrated, not drawn again: the nodes the server sent are the nodes shown.
          assert.equal(
            after.kept,
            after.of,
            `${after.of - after.kept} of ${after.of} replaced: ${after.replaced.join(', ')}`,
          );
          assert.deepEqual(after.names, before.names);
          // The self-assessment's target lists choose their option with a property, which
          // server HTML cannot carry, so before hydration Chromium reports another option
          // selected: a known gap, tested apart below (todo).
          if (path !== '/assessment')
            assert.deepEqual(after.ax, before.ax, 'Chromium’s accessibility tree changed');
          assert.deepEqual(after.text, before.text);
          // The server draws the wheel's labels for 600 px, the width the wheel has on most
          // desktop pages. A phone's narrower wheel refits them once hydrated: the wheel keeps
          // its size (a square as wide as its box), so nothing moves (the CLS check below).
          if (viewport.width >= 1024) {
            assert.ok(after.labelsKept, 'the wheel’s labels were drawn again at a wide width');
            assert.deepEqual(after.labels, before.labels);
          }
          if (after.layoutShiftSupported)
            assert.equal(after.cls, 0, `layout shifts: ${after.shifts.join('; ')}`);
          (results[name] ??= []).push(
            `${path} ${viewport.width}px CLS ${after.layoutShiftSupported ? after.cls : 'n/a'}`,
          );
          await page.close();
        });
      }
    }

    if (name === 'Chromium')
      test(
        '/assessment: the same accessibility tree before and after hydration',
        { todo: 'the target lists’ `.selected` property does not reach the server HTML' },
        async () => {
          const { page, before, after } = await open(browser, '/assessment');
          await page.close();
          assert.deepEqual(after.ax, before.ax);
        },
      );

    test('/parts: then the wheel works by keyboard, and the guide and the matrix follow', async () => {
      const { page, problems } = await open(browser, '/parts');
      await deep(page, ['ec-cycle-wheel', "[role='tab'][aria-selected='true']"], (tab) => tab.focus());
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('ec-cycle-wheel').selected === 'stage-3');
      await page.evaluate(async () => {
        for (const el of window.__find()) await el.updateComplete;
      });
      const title = await deep(page, ['ec-stage-guide', '.title-text'], (el) => el.textContent.trim());
      assert.equal(title, stages[2].title);
      const marked = await deep(page, ['ec-who-does-what', 'table'], (table) =>
        [...table.querySelectorAll('.selected')].map((cell) => cell.cellIndex),
      );
      // The columns: the roles' names, the hub, then the stages: stage 3 is the fifth.
      assert.ok(marked.length > 0 && marked.every((i) => i === 4), `marked cells: ${marked}`);
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('/composite: Next in the guide moves the wheel and the matrix', async () => {
      const { page, problems } = await open(browser, '/composite');
      await deep(page, ['ec-engagement-cycle', 'ec-stage-guide', "[part~='next-button']"], (b) => b.click());
      await page.waitForFunction(() => document.querySelector('ec-engagement-cycle').selected === 'stage-2');
      const selected = await deep(
        page,
        ['ec-engagement-cycle', 'ec-cycle-wheel', "[aria-selected='true']"],
        (t) => t.getAttribute('aria-label'),
      );
      assert.match(selected, /^Stage 2: /);
      assert.deepEqual(problems, []);
      await page.close();
    });

    // The hash never reaches the server, so the server draws the hub and the browser moves to
    // stage 3 once hydrated. The wheel's box does not change (a square of its width). The
    // composite's guide does: its text becomes stage 3's, so what is under it (the credit)
    // moves a little, which no server default can avoid; a site that knows the stage renders
    // it on the server (the recipe's `/?stage=3`), and then nothing moves at all.
    const limits = { '/sync-wheel': 0, '/sync-composite': 0.01, '/?stage=3': 0 };
    for (const path of Object.keys(limits)) {
      test(`${path} loaded as #ec-stage-3 moves to stage 3 on hydration, with no jump`, async () => {
        const { page, problems, after } = await open(browser, `${path}#ec-stage-3`);
        await page.waitForFunction(() => document.querySelector('[sync-url]').selected === 'stage-3');
        await page.evaluate(async () => {
          for (const el of window.__find()) await el.updateComplete;
          await new Promise((r) => setTimeout(r, 300));
        });
        const cls = await page.evaluate(() => window.__cls);
        const shifts = await page.evaluate(() => window.__shifts);
        if (after.layoutShiftSupported) assert.ok(cls <= limits[path], `CLS ${cls}: ${shifts.join('; ')}`);
        (results[name] ??= []).push(`${path}#ec-stage-3 CLS ${after.layoutShiftSupported ? cls : 'n/a'}`);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  });
}

after(() => {
  for (const [name, lines] of Object.entries(results)) console.log(`${name}: ${lines.join(', ')}`);
});
