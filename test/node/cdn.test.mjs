// The built CDN bundle on plain pages, as a CMS would serve them, in Debian's Chromium and
// Firefox ESR: under a strict Content Security Policy with Trusted Types, loaded twice, with
// hostile and broken data, and with an address that refuses the connection.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import resolvePlugin from '@rollup/plugin-node-resolve';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FIREFOX_PATH } from '../support/browsers.js';
import { PAGES, loaderPage } from '../../scripts/cdn-graph.mjs';

const root = new URL('../../', import.meta.url).pathname;
const elementsVersion = JSON.parse(
  await readFile(join(root, 'packages/elements/package.json'), 'utf8'),
).version;
/** Where a site's npm bundle of `test/cdn/npm-app.js` is written (in `before`). */
let npmBundle;
const dataset = JSON.parse(
  await readFile(join(root, 'packages/core/src/data/engagement-cycle.en.json'), 'utf8'),
);

/**
 * The policy a careful NHS site might send. Lit creates one Trusted Types policy, named
 * "lit-html"; nothing else may create markup from strings, and no script may run but our own.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const hostileText = '<img src=x onerror="window.__ecHacked=1"><script>window.__ecHacked=2</script>';
const hostileValid = structuredClone(dataset);
hostileValid.stages[0].title = hostileText;
hostileValid.hub.shortTitle = '<b>Hub</b>';
const hostileInvalid = structuredClone(dataset);
hostileInvalid.stages[1].links = [{ label: 'Click me', href: 'javascript:window.__ecHacked=3' }];

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serve(req, res) {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__reset__') return req.socket.destroy();
  if (url.pathname === '/test/cdn/hostile-valid.json')
    return send(res, 200, '.json', JSON.stringify(hostileValid));
  if (url.pathname === '/test/cdn/hostile-cycle.json')
    return send(res, 200, '.json', JSON.stringify(hostileInvalid));
  if (url.pathname.startsWith('/npm-bundle/')) {
    const file = normalize(join(npmBundle, url.pathname.slice('/npm-bundle/'.length)));
    if (!file.startsWith(npmBundle)) return send(res, 404, '.html', 'not found');
    return readFile(file).then(
      (body) => send(res, 200, extname(file), body),
      () => send(res, 404, '.html', 'not found'),
    );
  }
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || !/^\/(packages\/elements\/dist\/cdn|test\/cdn)\//.test(url.pathname)) {
    return send(res, 404, '.html', 'not found');
  }
  const csp = url.searchParams.has('allow-duplicates') ? CSP_ALLOWING_TWO_COPIES : STRICT_CSP;
  readFile(path).then(
    (body) => send(res, 200, extname(path), body, csp),
    () => send(res, 404, '.html', 'not found'),
  );
}

/**
 * Two copies of Lit on one page each ask for a "lit-html" policy; a policy that may be made
 * twice needs 'allow-duplicates'. The docs tell sites that may load the bundle twice to add it.
 */
const CSP_ALLOWING_TWO_COPIES = STRICT_CSP.replace(
  'trusted-types lit-html',
  "trusted-types lit-html 'allow-duplicates'",
);

function send(res, status, ext, body, csp = STRICT_CSP) {
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
  if (ext === '.html') headers['content-security-policy'] = csp;
  res.writeHead(status, headers);
  res.end(body);
}

const browsers = [
  {
    name: 'Chromium',
    options: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  {
    name: 'Firefox',
    options: { browser: 'firefox', executablePath: FIREFOX_PATH },
  },
];

let server;
let base;
before(async () => {
  // A site's app, bundled from the npm build as a site's bundler would (Lit and the elements
  // resolved from node_modules, the self-assessment split off), to share a page with the CDN file.
  npmBundle = await mkdtemp(join(tmpdir(), 'ec-npm-bundle-'));
  const bundle = await rollup({
    input: { app: join(root, 'test/cdn/npm-app.js') },
    plugins: [resolvePlugin({ browser: true, exportConditions: ['production'] })],
    onwarn: () => {},
  });
  await bundle.write({ dir: npmBundle, format: 'es' });
  await bundle.close();
  server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  server.close();
  await rm(npmBundle, { recursive: true, force: true });
});

/**
 * Opens a page and records what a site owner would not want to see, our console warnings
 * (from the first script on), and the CDN files the page asks for (relative to dist/cdn/).
 */
async function open(browser, path) {
  const page = await browser.newPage();
  const problems = { pageErrors: [], violations: [] };
  const warnings = [];
  const requested = [];
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy|Trusted Type|TrustedHTML|trusted-types/i.test(text))
      problems.violations.push(text);
    if (/^warn/.test(message.type()) && text.includes('engagement-cycle')) warnings.push(text);
  });
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const cdn = '/packages/elements/dist/cdn/';
    if (pathname.startsWith(cdn)) requested.push(pathname.slice(cdn.length));
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { page, problems, warnings, requested };
}

/** Waits until the page has asked for nothing for a moment, so every chunk it wants is in. */
const settleNetwork = (page) => page.waitForNetworkIdle({ idleTime: 500, timeout: 15000 });

const tabsOf = (page, id) =>
  page.evaluate(
    (wheelId) =>
      [...(document.getElementById(wheelId)?.shadowRoot?.querySelectorAll("[role='tab']") ?? [])].map((t) =>
        t.getAttribute('aria-label'),
      ),
    id,
  );

for (const { name, options } of browsers) {
  describe(`CDN bundle in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await puppeteer.launch({ headless: true, ...options });
    });
    after(async () => {
      await browser?.close();
    });

    test('draws the wheel under a strict CSP with Trusted Types, with no violation or error', async () => {
      const { page, problems } = await open(browser, '/test/cdn/strict.html');
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      const names = await tabsOf(page, 'wheel');
      assert.equal(names[2], 'Stage 2: Working with the public to plan and transform services');
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, { pageErrors: [], violations: [] });
      const credit = await page.evaluate(
        () => document.getElementById('wheel').shadowRoot.querySelector("[part='credit']").textContent,
      );
      assert.match(credit, /InHealth Associates/);
      await page.close();
    });

    test('works by keyboard alone on the plain page, and writes the deep link', async () => {
      const { page } = await open(browser, '/test/cdn/strict.html');
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#ec-stage-2');
      const selected = await page.evaluate(() => document.getElementById('wheel').getAttribute('selected'));
      assert.equal(selected, 'stage-2');
      await page.close();
    });

    test('the composite and a guide linked with for= work under the strict policy', async () => {
      const { page, problems } = await open(browser, '/test/cdn/composite.html#ec-stage-3');
      const guideTitle = (root) =>
        page.evaluate((which) => {
          const host = document.getElementById(which);
          const guide = which === 'cycle' ? host.shadowRoot.querySelector('ec-stage-guide') : host;
          return guide?.shadowRoot?.querySelector('.screen :is(h2, h3) .title-text')?.textContent.trim();
        }, root);
      await page.waitForFunction(
        () => document.getElementById('cycle').getAttribute('selected') === 'stage-3',
      );
      await page.waitForFunction(
        () =>
          document
            .getElementById('cycle')
            .shadowRoot.querySelector('ec-stage-guide')
            ?.shadowRoot?.querySelector('.screen h2 .title-text')
            ?.textContent.trim() === 'Working with patients and carers to improve quality and safety',
      );
      // The separate guide follows the separate wheel, not the composite.
      await page.evaluate(() => document.getElementById('wheel').select('stage-5'));
      await page.waitForFunction(
        () =>
          document
            .getElementById('guide')
            .shadowRoot?.querySelector('.screen h3 .title-text')
            ?.textContent.trim() === 'Working with patients and carers to monitor services',
      );
      assert.equal(
        await guideTitle('cycle'),
        'Working with patients and carers to improve quality and safety',
      );
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, { pageErrors: [], violations: [] });
      await page.close();
    });

    test('opens the stage in the address on load', async () => {
      const { page } = await open(browser, '/test/cdn/strict.html#ec-stage-4');
      await page.waitForFunction(
        () => document.getElementById('wheel').getAttribute('selected') === 'stage-4',
      );
      await page.close();
    });

    test('can be loaded twice without an error when the policy allows a second copy', async () => {
      const { page, problems } = await open(browser, '/test/cdn/twice.html?allow-duplicates');
      await page.waitForFunction(() => document.body.dataset.pageScriptRan === 'yes');
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      assert.deepEqual(problems.pageErrors, []);
      await page.close();
    });

    test('loaded twice under a policy that refuses a second copy, the first still works', async () => {
      const { page, problems } = await open(browser, '/test/cdn/twice.html');
      await page.waitForFunction(() => document.body.dataset.pageScriptRan === 'yes');
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      // The only error is the browser refusing the second copy's Trusted Types policy.
      assert.ok(problems.pageErrors.length >= 1);
      for (const error of problems.pageErrors) assert.match(error, /lit-html|Trusted Type/i);
      await page.close();
    });

    for (const order of ['wheel-first', 'full-first', 'loader-first']) {
      test(`two of our CDN files on one page link up, silently (${order})`, async () => {
        // Warnings are recorded from the first script on: both files are one build, so none.
        const { page, problems, warnings } = await open(
          browser,
          `/test/cdn/two-files-${order}.html?allow-duplicates`,
        );
        const title = (which) =>
          page.evaluate((id) => {
            const host = document.getElementById(id);
            const guide = id === 'cycle' ? host.shadowRoot.querySelector('ec-stage-guide') : host;
            return guide?.shadowRoot?.querySelector('.screen .title .title-text')?.textContent.trim();
          }, which);
        await page.waitForFunction(
          () =>
            document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6 &&
            document.getElementById('cycle').shadowRoot?.querySelector('ec-stage-guide')?.shadowRoot,
        );
        // A guide of one copy follows a wheel of the other.
        await page.evaluate(() => document.getElementById('wheel').select('stage-4'));
        await page.waitForFunction(
          () => document.getElementById('guide').getAttribute('selected') === 'stage-4',
        );
        assert.equal(await title('guide'), dataset.stages[3].title);
        // Inside the composite, its wheel (perhaps of the other copy) shares the composite's store.
        await page.evaluate(() =>
          document.getElementById('cycle').shadowRoot.querySelector('ec-cycle-wheel').select('stage-2'),
        );
        await page.waitForFunction(
          () => document.getElementById('cycle').getAttribute('selected') === 'stage-2',
        );
        assert.equal(await title('cycle'), dataset.stages[1].title);
        assert.deepEqual(warnings, []);
        assert.deepEqual(problems.pageErrors, []);
        await page.close();
      });
    }

    test('the loader on a wheel-only page fetches the wheel and nothing of the other elements', async () => {
      const { page, problems, requested, warnings } = await open(
        browser,
        '/test/cdn/loader-wheel.html#ec-stage-4',
      );
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      await page.waitForFunction(
        () => document.getElementById('wheel').getAttribute('selected') === 'stage-4',
      );
      await settleNetwork(page);
      const expected = await loaderPage(PAGES['wheel only'].needs);
      // What the browser asked for is what `npm run size` adds up, each file once.
      assert.deepEqual([...requested].sort(), expected.files);
      for (const other of ['stage-guide', 'who-does-what', 'engagement-cycle', 'self-assessment', 'cy-'])
        assert.ok(!requested.some((f) => f.includes(other)), `${other} was fetched: ${requested}`);
      assert.equal(requested.filter((f) => f.includes('default-cycle')).length, 1);
      // sync-url: a choice writes the address.
      await page.evaluate(() => document.getElementById('wheel').select('stage-2'));
      await page.waitForFunction(() => location.hash === '#ec-stage-2');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, { pageErrors: [], violations: [] });
      assert.deepEqual(warnings, []);
      await page.close();
    });

    test('the loader defines an element added later, fetching its code then', async () => {
      const { page, requested } = await open(browser, '/test/cdn/loader-wheel.html');
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      await settleNetwork(page);
      assert.ok(!requested.some((f) => f.includes('stage-guide')));
      await page.evaluate(() => {
        document.getElementById('wheel').select('stage-5');
        const guide = document.createElement('ec-stage-guide');
        guide.id = 'guide';
        guide.setAttribute('for', 'wheel');
        document.querySelector('main').append(guide);
      });
      await page.waitForFunction(
        () =>
          document
            .getElementById('guide')
            .shadowRoot?.querySelector('.screen .title .title-text')
            ?.textContent.trim() === 'Working with patients and carers to monitor services',
      );
      assert.ok(requested.some((f) => f.includes('stage-guide')));
      assert.equal(
        requested.filter((f) => f.includes('default-cycle')).length,
        1,
        'the default content came once',
      );
      await page.close();
    });

    test('the loader on a composite page fetches what `npm run size` counts, and the composite works', async () => {
      const { page, problems, requested } = await open(browser, '/test/cdn/loader-composite.html#ec-stage-3');
      await page.waitForFunction(
        () =>
          document
            .getElementById('cycle')
            .shadowRoot?.querySelector('ec-stage-guide')
            ?.shadowRoot?.querySelector('.screen h2 .title-text')
            ?.textContent.trim() === 'Working with patients and carers to improve quality and safety',
      );
      await settleNetwork(page);
      const expected = await loaderPage(PAGES.composite.needs);
      assert.deepEqual([...requested].sort(), expected.files);
      assert.ok(!requested.some((f) => f.includes('self-assessment')));
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, { pageErrors: [], violations: [] });
      await page.close();
    });

    test('the one-file bundle is the only file a page with it asks for', async () => {
      const { page, requested } = await open(browser, '/test/cdn/composite.html');
      await page.waitForFunction(
        () => document.getElementById('cycle').shadowRoot?.querySelector('ec-stage-guide')?.shadowRoot,
      );
      await settleNetwork(page);
      assert.deepEqual(requested, [PAGES.composite.single]);
      await page.close();
    });

    test('the CDN file and an npm bundle on one page: one warning naming both, and the page works', async () => {
      const { page, problems, warnings } = await open(browser, '/test/cdn/cdn-and-npm.html?allow-duplicates');
      await page.waitForFunction(() => document.body.dataset.npmAppRan === 'yes');
      await page.waitForFunction(
        () => document.getElementById('wheel').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      // registerStrings() from the npm copy reaches the wheel the CDN copy defined.
      await page.waitForFunction(
        () =>
          document.getElementById('wheel').shadowRoot.querySelector('ol')?.getAttribute('aria-label') ===
          'Stages of our cycle',
      );
      await page.evaluate(() => document.getElementById('wheel').select('stage-4'));
      await page.waitForFunction(
        () => document.getElementById('guide').getAttribute('selected') === 'stage-4',
      );
      await settleNetwork(page);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(
        warnings[0],
        new RegExp(`CDN ${elementsVersion} \\(loaded first\\) and npm ${elementsVersion}`),
      );
      assert.match(
        warnings[0],
        new RegExp(
          `stays with the copy that defined it first \\(CDN ${elementsVersion}: <ec-engagement-cycle>, <ec-cycle-wheel>`,
        ),
      );
      assert.deepEqual(problems.pageErrors, []);
      await page.close();
    });

    test('shows hostile text as text and runs none of it', async () => {
      const { page, problems } = await open(browser, '/test/cdn/strict.html');
      await page.evaluate(() => {
        const el = document.createElement('ec-cycle-wheel');
        el.id = 'hostile';
        el.setAttribute('src', '/test/cdn/hostile-valid.json');
        document.body.append(el);
      });
      await page.waitForFunction(
        () => document.getElementById('hostile').shadowRoot?.querySelectorAll("[role='tab']").length === 6,
      );
      const found = await page.evaluate(() => {
        const shadow = document.getElementById('hostile').shadowRoot;
        return {
          injected: shadow.querySelectorAll('img, script, b').length,
          listText: shadow.querySelector('ol li').textContent,
          hacked: window.__ecHacked,
        };
      });
      assert.equal(found.injected, 0);
      assert.match(found.listText, /<img src=x onerror=/);
      assert.equal(found.hacked, undefined);
      assert.deepEqual(problems.pageErrors, []);
      await page.close();
    });

    test('explains bad data, a missing file and a refused connection, and the page goes on', async () => {
      const { page, problems } = await open(browser, '/test/cdn/broken.html');
      const alertOf = (id) =>
        page.waitForFunction(
          (wheelId) =>
            document.getElementById(wheelId).shadowRoot?.querySelector("[role='alert']")?.textContent,
          { timeout: 10000 },
          id,
        );
      const invalid = await (await alertOf('invalid')).jsonValue();
      assert.match(
        invalid,
        /stages\[1\]\.links\[0\]\.href: must be an http\(s\), mailto or relative URL, not a "javascript:" URL/,
      );
      const missing = await (await alertOf('missing')).jsonValue();
      assert.match(missing, /404/);
      const refused = await (await alertOf('refused')).jsonValue();
      assert.match(refused, /Could not reach/);
      const retry = await page.evaluate(() =>
        document.getElementById('refused').shadowRoot.querySelector('.retry')?.textContent.trim(),
      );
      assert.equal(retry, 'Try again');
      assert.equal(await page.evaluate(() => document.getElementById('after').textContent), 'Still here.');
      assert.equal(await page.evaluate(() => window.__ecHacked), undefined);
      assert.deepEqual(problems.pageErrors, []);
      await page.close();
    });
  });
}
