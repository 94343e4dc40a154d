// The three ways into a CMS, as the docs show them (docs/snippets/), in Debian's Chromium:
// the script tag with the static fragment inside the element (read with scripts off, and
// upgraded with scripts on, measuring the layout shift), the iframe embed sizing itself
// across origins under a strict CSP, and the static export alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browsers.js';
import { snippet, startCmsServers } from '../support/cms-pages.js';

const core = await import('@engagement-cycle/core');
const { defaultCycle } = core;
const bin = fileURLToPath(new URL('../../packages/core/bin/engagement-cycle.js', import.meta.url));

/** The static fragment, made by running the command the docs give, as a user would. */
async function fragmentFromDocsCommand() {
  const command = (await snippet('cms-static.sh')).trim();
  const prefix = 'npx -p @engagement-cycle/core engagement-cycle ';
  assert.ok(command.startsWith(prefix), command);
  const dir = await mkdtemp(join(tmpdir(), 'ec-cms-'));
  try {
    execFileSync(process.execPath, [bin, ...command.slice(prefix.length).split(/\s+/)], { cwd: dir });
    return await readFile(join(dir, 'engagement-cycle.html'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let servers;
let browser;
let fragment;
before(async () => {
  fragment = await fragmentFromDocsCommand();
  servers = await startCmsServers({ fragment });
  browser = await puppeteer.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** Opens a page, recording page errors, policy violations and console warnings. */
async function open(path, { javaScript = true, viewport = { width: 1024, height: 800 }, init } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setJavaScriptEnabled(javaScript);
  const problems = { errors: [], violations: [], warnings: [], consoleErrors: [] };
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('console', (m) => {
    if (/Content.Security.Policy|Trusted Type/i.test(m.text())) problems.violations.push(m.text());
    if (m.type() === 'warn' || m.type() === 'warning') problems.warnings.push(m.text());
    // Browsers ask every site for /favicon.ico; these test servers have none.
    if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico'))
      problems.consoleErrors.push(m.text());
  });
  if (javaScript)
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
  if (init) await page.evaluateOnNewDocument(init);
  await page.goto(`${servers.host}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

const titles = [...defaultCycle.stages.map((s) => s.title), defaultCycle.hub.title];
const creditStart = defaultCycle.source.credit.slice(0, 40);

describe('a CMS that allows scripts: the element with the static fragment inside', () => {
  test('with scripts off, the page shows every stage, the hub, the table and the credit', async () => {
    const { page } = await open('/script.html', { javaScript: false });
    const text = await page.evaluate(() => document.body.innerText);
    for (const title of titles) assert.ok(text.includes(title), title);
    assert.ok(text.includes(creditStart), 'the credit');
    assert.ok(text.includes('Who does what at each stage'));
    assert.ok(text.includes(defaultCycle.source.licence.url));
    await page.close();
  });

  for (const viewport of [
    { width: 1024, height: 800 },
    { width: 375, height: 700 },
  ])
    test(`with scripts on (${viewport.width} px wide), the element draws, the fallback is hidden but kept, and the layout shift is reported`, async () => {
      const { page, problems } = await open('/script.html', { viewport });
      await page.waitForFunction(
        () =>
          document.querySelector('ec-engagement-cycle')?.shadowRoot?.querySelector('ec-stage-guide')?.cycle,
        { timeout: 15000 },
      );
      // Two frames for the last paint, then read what was shifted.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const result = await page.evaluate(() => {
        const el = document.querySelector('ec-engagement-cycle');
        const fallback = el.querySelector('.ec-export');
        return {
          kept: fallback !== null,
          height: fallback?.getBoundingClientRect().height,
          slot: el.shadowRoot.querySelector('slot:not([name])') !== null,
          cls: window.__shifts.reduce((a, b) => a + b, 0),
          shifts: window.__shifts.length,
        };
      });
      assert.equal(result.kept, true, 'the fallback stays in the page');
      assert.equal(result.height, 0, 'and is not shown');
      assert.equal(result.slot, false);
      console.log(
        `# CLS of the fragment upgrading to the composite, ${viewport.width} px wide: ${result.cls.toFixed(4)} (${result.shifts} shifts)`,
      );
      // Google's "good" threshold; the number itself goes in the report.
      assert.ok(result.cls < 0.1, `CLS ${result.cls}`);
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.violations, []);
      await page.close();
    });
});

describe('a CMS that allows only iframes: the embed on another origin', () => {
  // clientHeight: the frame's own height, without its border.
  const frameHeight = (page) =>
    page.evaluate(() => document.querySelector('iframe[data-engagement-cycle]').clientHeight);
  const contentHeight = async (page) => {
    const frame = page.frames().find((f) => f.url().includes('/embed/embed.html'));
    return frame.evaluate(() => Math.ceil(document.getElementById('embed').getBoundingClientRect().height));
  };

  test('the host script sets the frame to the height of its content, under strict policies', async () => {
    const { page, problems } = await open('/iframe.html');
    assert.notEqual(new URL(servers.embed).origin, new URL(servers.host).origin);
    await page.waitForFunction(
      () => document.querySelector('iframe[data-engagement-cycle]').style.height !== '',
      { timeout: 15000 },
    );
    const frame = page.frames().find((f) => f.url().includes('/embed/embed.html'));
    await frame.waitForFunction(
      () => document.querySelector('ec-engagement-cycle')?.shadowRoot?.querySelector('ec-who-does-what'),
      { timeout: 15000 },
    );
    // The height settles once the parts have drawn.
    let want = 0;
    for (let i = 0; i < 50; i++) {
      want = await contentHeight(page);
      if (Math.abs((await frameHeight(page)) - want) <= 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(
      Math.abs((await frameHeight(page)) - want) <= 1,
      `frame ${await frameHeight(page)}, content ${want}`,
    );
    assert.ok(want > 800, `a real height: ${want}`);
    console.log(`# embed height at 1024 px wide, stage 1 with the matrix: ${want}px`);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.violations, []);
    await page.close();
  });

  test('the height follows when the reader moves to another stage', async () => {
    const { page } = await open('/iframe.html');
    const frame = () => page.frames().find((f) => f.url().includes('/embed/embed.html'));
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '', {
      timeout: 15000,
    });
    await frame().waitForFunction(
      () => document.querySelector('ec-engagement-cycle')?.shadowRoot?.querySelector('ec-stage-guide')?.cycle,
      { timeout: 15000 },
    );
    const heights = [];
    for (const stage of ['stage-2', 'hub']) {
      await frame().evaluate((id) => document.querySelector('ec-engagement-cycle').select(id), stage);
      await page.waitForFunction(
        (h) => Math.abs(document.querySelector('iframe').clientHeight - h) <= 1,
        { timeout: 5000 },
        await (async () => {
          await new Promise((r) => setTimeout(r, 300));
          return contentHeight(page);
        })(),
      );
      heights.push(await frameHeight(page));
    }
    assert.notEqual(heights[0], heights[1], `the hub and stage 2 differ in height: ${heights}`);
    await page.close();
  });

  test('messages of the wrong shape, from another window or from another origin are ignored', async () => {
    // Every height any frame is given, from the moment the page starts.
    const init = () => {
      window.__heights = [];
      new MutationObserver((records) => {
        for (const r of records) window.__heights.push(`${r.target.id}:${r.target.style.height}`);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
      // The page itself (not one of the frames) sends a well-formed message.
      document.addEventListener('DOMContentLoaded', () =>
        window.postMessage({ type: 'engagement-cycle:height', height: 55 }, '*'),
      );
    };
    const { page } = await open('/iframe-hostile.html', { init });
    // The wrong-shape frame ends with one good message: the listener was there all along.
    await page.waitForFunction(() => document.getElementById('shapes').style.height === '321px', {
      timeout: 10000,
    });
    await new Promise((r) => setTimeout(r, 600)); // the impostor sends every 200 ms
    const state = await page.evaluate(() => ({
      heights: window.__heights,
      impostor: document.getElementById('impostor').style.height,
      impostorHeight: document.getElementById('impostor').clientHeight,
    }));
    assert.deepEqual(state.heights, ['shapes:321px']);
    assert.equal(state.impostor, '');
    assert.equal(state.impostorHeight, 200);
    await page.close();
  });

  test('without the host script, the frame keeps the height the snippet gives it', async () => {
    const { page, problems } = await open('/iframe-plain.html');
    const frame = await page.waitForFrame((f) => f.url().includes('/embed/embed.html'), { timeout: 10000 });
    await frame.waitForFunction(
      () => document.querySelector('ec-engagement-cycle')?.shadowRoot?.querySelector('ec-stage-guide')?.cycle,
      { timeout: 15000 },
    );
    assert.equal(await page.evaluate(() => document.querySelector('iframe').clientHeight), 900);
    const needed = await frame.evaluate(() =>
      Math.ceil(document.getElementById('embed').getBoundingClientRect().height),
    );
    console.log(`# parts=wheel,guide at 1024 px wide needs ${needed}px; the snippet gives 900px`);
    // The reader scrolls inside the frame: the wheel stays in view beside the guide.
    const wheelPosition = await frame.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('ec-engagement-cycle').shadowRoot.querySelector('ec-cycle-wheel'),
        ).position,
    );
    assert.equal(wheelPosition, 'sticky');
    // parts=wheel,guide: the composite without the matrix.
    assert.equal(await frame.evaluate(() => document.querySelector('ec-engagement-cycle').hideMatrix), true);
    assert.deepEqual(problems.violations, []);
    await page.close();
  });

  test('the query is checked: unknown values are ignored with a warning, nothing is written as HTML', async () => {
    const page = await browser.newPage();
    const warnings = [];
    page.on('console', (m) => m.type().startsWith('warn') && warnings.push(m.text()));
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    await page.goto(`${servers.embed}embed.html?stage=${hostile}&theme=neon&lang=fr&parts=wheel,${hostile}`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => document.querySelector('ec-cycle-wheel')?.cycle, { timeout: 15000 });
    const shown = await page.evaluate(() => ({
      tags: [...document.getElementById('embed').children].map((e) => e.localName),
      img: document.querySelectorAll('img').length,
      theme: document.querySelector('ec-cycle-wheel').getAttribute('theme'),
      lang: document.documentElement.lang,
    }));
    assert.deepEqual(shown, { tags: ['ec-cycle-wheel'], img: 0, theme: null, lang: 'en-GB' });
    for (const name of ['stage', 'theme', 'lang', 'parts'])
      assert.ok(
        warnings.some((w) => w.includes(`ignored ${name}=`)),
        `a warning for ${name}: ${warnings.join(' | ')}`,
      );
    await page.goto(`${servers.embed}embed.html?stage=stage-3&theme=dark&lang=cy&parts=guide,matrix`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => document.querySelector('ec-stage-guide')?.cycle, { timeout: 15000 });
    const parts = await page.evaluate(() => ({
      tags: [...document.getElementById('embed').children].map((e) => e.localName),
      selected: document.querySelector('ec-stage-guide').getAttribute('selected'),
      theme: document.querySelector('ec-who-does-what').getAttribute('theme'),
      lang: document.documentElement.lang,
      heading: document.querySelector('ec-stage-guide').shadowRoot.querySelector('.eyebrow')?.textContent,
    }));
    assert.deepEqual(parts, {
      tags: ['ec-stage-guide', 'ec-who-does-what'],
      selected: 'stage-3',
      theme: 'dark',
      lang: 'cy',
      heading: 'Cam 3 o 5',
    });
    await page.close();
  });
});

describe('a CMS that allows neither: the static export pasted as HTML', () => {
  test('with scripts off it shows every stage, the table and the credit, with nothing to run', async () => {
    const { page } = await open('/static.html', { javaScript: false });
    const text = await page.evaluate(() => document.body.innerText);
    for (const title of titles) assert.ok(text.includes(title), title);
    assert.ok(text.includes(creditStart));
    assert.equal(await page.evaluate(() => document.scripts.length), 0);
    // A stage of the wheel takes the reader to that stage's section.
    await page.click('svg a[href="#ec-stage-3"]');
    assert.equal(await page.evaluate(() => location.hash), '#ec-stage-3');
    await page.close();
  });
});
