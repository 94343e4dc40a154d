// The benchmark of <ec-cycle-wheel> (`node scripts/bench.mjs`, after `npm run build:packages`).
//
// It serves the built CDN bundle, ECharts and the page in test/bench/ from a small local HTTP
// server, opens that page in Debian's Chromium through puppeteer-core, and times in the page:
//   - a selection change (`el.select(id); await el.updateComplete`) on the default 5-stage
//     cycle and on a 24-stage one, against a budget of 4 ms for the median;
//   - the first render of a wheel given its data, next to the first render of an ECharts
//     sunburst of the same data (SVG and canvas renderers), in the same rounds;
//   - in Node, the static `renderWheelSvg()` of @engagement-cycle/core;
//   - and the roles x stages matrix <ec-who-does-what>, 1100 px wide so it shows its table: a
//     selection change on a 60-role x 24-stage cycle and on the default cycle (20 roles), against
//     one frame (16.7 ms) for the median with style and layout, and its first render at 60 x 24.
// It prints a table and writes every number to reports/bench.json.
//
// Timing budgets are reported, not enforced: shared CI machines are too noisy for a timing
// to fail a build. The exit code is non-zero only when the benchmark could not run (no build,
// the browser did not start, the page threw).
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/browsers.js';
import { bigCycle, cycleWithStages } from '../packages/core/test/support/cycles.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// How many runs of each measure. Warm-up runs are timed but thrown away: they let V8 compile
// the hot code, and Chromium fill its style and font caches, before anything counts.
const RUNS = {
  selection: { warmup: 50, runs: 300 },
  firstRender: { warmup: 10, runs: 80 },
  node: { warmup: 50, runs: 500 },
  matrixSelection: { warmup: 30, runs: 150 },
  matrixFirstRender: { warmup: 5, runs: 40 },
};
/** The median selection change must stay under this, in milliseconds. */
const SELECTION_BUDGET_MS = 4;
/** One frame at 60 Hz: a matrix selection change (with style and layout) should fit in it. */
const FRAME_MS = 1000 / 60;
/** The big matrix: this many roles by this many stages (plus the hub's column). */
const MATRIX_SIZE = { roles: 60, stages: 24 };

const CHROME_FLAGS = [
  ...CHROMIUM_FLAGS,
  // Lets the page call gc() between runs, outside the timed spans, so a collection left over
  // from one run does not land in the middle of the next. It does not change what is timed.
  '--js-flags=--expose-gc',
];

// The only files the server hands out: a fixed map from URL to file, so no request can reach
// anything else in the repository (or outside it) whatever its path says.
const FILES = {
  '/cdn/engagement-cycle.js': 'packages/elements/dist/cdn/engagement-cycle.js',
  '/echarts/echarts.min.js': 'node_modules/echarts/dist/echarts.min.js',
  '/bench/index.html': 'test/bench/index.html',
  '/bench/bench.js': 'test/bench/bench.js',
};
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };

// ---------------------------------------------------------------------------------------------
// Statistics

/** The value at quantile q (0..1) of sorted numbers, interpolating between neighbours. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

const round = (n) => Math.round(n * 1000) / 1000;

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: round(quantile(sorted, 0.5)),
    p90: round(quantile(sorted, 0.9)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  };
}

// ---------------------------------------------------------------------------------------------
// Data: the default cycle and a 24-stage one, made the way packages/core/test/helpers.ts does.

async function loadCore() {
  const entry = join(root, 'packages/core/dist/index.js');
  if (!existsSync(entry))
    throw new Error('packages/core/dist is missing: run `npm run build:packages` first');
  return import(pathToFileURL(entry).href);
}

// ---------------------------------------------------------------------------------------------
// The server

function startServer() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = FILES[path === '/' ? '/bench/index.html' : path];
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(join(root, file));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // Cross-origin isolation: with these two headers performance.now() in the page ticks
        // in 5 µs steps instead of 100 µs, which matters when a change takes a millisecond.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`cannot read ${file}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free one. Loopback only: nothing outside this machine.
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

function stopServer(server) {
  if (!server) return Promise.resolve();
  // Close keep-alive sockets too, or close() waits for the browser's idle connections.
  server.closeAllConnections?.();
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}

// ---------------------------------------------------------------------------------------------
// Node: the static SVG renderer

function benchNode(core, cycles) {
  const out = {};
  for (const [name, cycle] of Object.entries(cycles)) {
    const samples = [];
    let length = 0;
    for (let i = 0; i < RUNS.node.warmup + RUNS.node.runs; i++) {
      const start = performance.now();
      const svg = core.renderWheelSvg(cycle);
      const time = performance.now() - start;
      length = svg.length;
      if (i >= RUNS.node.warmup) samples.push(time);
    }
    out[name] = { ...summarise(samples), svgChars: length };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))),
    )
    .map((r) => r.join('  '))
    .join('\n');
}
const ms = (n) => n.toFixed(3);

function report(result) {
  const lines = [];
  const { env } = result;
  lines.push(`ec-cycle-wheel and ec-who-does-what benchmark, ${result.date}`);
  lines.push(
    `Chromium ${env.chromium} (headless), Node ${env.node}, ECharts ${env.echarts}, ${env.cpus} CPUs; ` +
      `timer step ${env.timerStepMs.toFixed(3)} ms (cross-origin isolated: ${env.crossOriginIsolated ? 'yes' : 'no'}); ` +
      `load average ${env.loadAverage1m.before} before, ${env.loadAverage1m.after} after`,
  );
  lines.push('');
  lines.push(
    `Selection change: el.select(next id); await el.updateComplete   (budget: median < ${SELECTION_BUDGET_MS} ms)`,
  );
  const sel = [['cycle', 'tabs', 'runs', 'median ms', 'p90 ms', '+ style/layout median', 'p90', 'verdict']];
  for (const [name, s] of Object.entries(result.selection)) {
    sel.push([
      name,
      s.tabs,
      s.render.runs,
      ms(s.render.median),
      ms(s.render.p90),
      ms(s.layout.median),
      ms(s.layout.p90),
      s.pass ? 'PASS' : 'FAIL',
    ]);
  }
  lines.push(table(sel));
  lines.push('');
  lines.push('First render, data set before connecting, 600 px wide (ms from creating the element):');
  lines.push('  drawn = tabs in the DOM and updateComplete (ECharts: setOption returned);');
  lines.push('  layout = drawn + forced style and layout (the measure used for the ratios);');
  lines.push('  frame = until the next frame was produced (includes waiting for the 60 Hz frame clock).');
  lines.push('  The wheel also draws its text list of stages and the credit line; the sunburst does not.');
  const first = [
    [
      'cycle',
      'renderer',
      'runs',
      'drawn med',
      'p90',
      'layout med',
      'p90',
      'frame med',
      'p90',
      'wheel/this (layout, drawn)',
    ],
  ];
  for (const [name, set] of Object.entries(result.firstRender)) {
    for (const [kind, m] of Object.entries(set.kinds)) {
      first.push([
        name,
        kind,
        m.layout.runs,
        ms(m.drawn.median),
        ms(m.drawn.p90),
        ms(m.layout.median),
        ms(m.layout.p90),
        ms(m.frame.median),
        ms(m.frame.p90),
        kind === 'wheel'
          ? ''
          : `${set.ratios[kind].layout.toFixed(2)}x, ${set.ratios[kind].drawn.toFixed(2)}x`,
      ]);
    }
  }
  lines.push(table(first));
  lines.push('');
  lines.push('Static SVG in Node: renderWheelSvg(cycle) from packages/core/dist');
  const node = [['cycle', 'runs', 'median ms', 'p90 ms', 'SVG chars']];
  for (const [name, m] of Object.entries(result.node))
    node.push([name, m.runs, ms(m.median), ms(m.p90), m.svgChars]);
  lines.push(table(node));
  lines.push('');
  const { matrix } = result;
  lines.push(`<ec-who-does-what>, ${matrix.widthPx} px wide (table layout); columns = the hub + the stages`);
  lines.push(
    `Selection change: el.select(next id); await el.updateComplete   ` +
      `(budget: one frame, ${ms(FRAME_MS)} ms, for the median with style/layout)`,
  );
  const msel = [
    ['cycle', 'roles', 'columns', 'runs', 'median ms', 'p90 ms', '+ style/layout median', 'p90', 'verdict'],
  ];
  for (const [name, s] of Object.entries(matrix.selection)) {
    msel.push([
      name,
      s.rows,
      s.columns,
      s.render.runs,
      ms(s.render.median),
      ms(s.render.p90),
      ms(s.layout.median),
      ms(s.layout.p90),
      (s.pass ? 'PASS' : 'FAIL') + (s.p90WithinFrame ? '' : ' (p90 over)'),
    ]);
  }
  lines.push(table(msel));
  lines.push('');
  lines.push('First render, data set before connecting (ms from creating the element):');
  lines.push('  drawn = every role row in the table and updateComplete (the data is validated on the way);');
  lines.push('  layout = drawn + forced style and layout; frame = until the next frame was produced.');
  const mfirst = [
    ['cycle', 'roles', 'columns', 'runs', 'drawn med', 'p90', 'layout med', 'p90', 'frame med', 'p90'],
  ];
  for (const [name, m] of Object.entries(matrix.firstRender)) {
    mfirst.push([
      name,
      m.rows,
      m.columns,
      m.layout.runs,
      ms(m.drawn.median),
      ms(m.drawn.p90),
      ms(m.layout.median),
      ms(m.layout.p90),
      ms(m.frame.median),
      ms(m.frame.p90),
    ]);
  }
  lines.push(table(mfirst));
  for (const [name, m] of Object.entries(matrix.firstRender)) {
    lines.push(
      `  Shadow DOM at ${name}: ${m.cells} table cells, and ${m.listEntries} entries of the list layout ` +
        `(built too, hidden at this width); ${m.elements} elements in all.`,
    );
  }
  lines.push('');
  const failed = Object.entries(result.selection).filter(([, s]) => !s.pass);
  lines.push(
    failed.length === 0
      ? `Selection budget: PASS (every median under ${SELECTION_BUDGET_MS} ms)`
      : `Selection budget: FAIL for ${failed.map(([n]) => n).join(', ')} (reported only, not enforced)`,
  );
  const slow = Object.entries(matrix.selection).filter(([, s]) => !s.pass);
  lines.push(
    slow.length === 0
      ? `Matrix selection within one frame: PASS (every median with style/layout under ${ms(FRAME_MS)} ms)`
      : `Matrix selection within one frame: FAIL for ${slow.map(([n]) => n).join(', ')} ` +
          '(reported only, not enforced)',
  );
  const load = Math.max(env.loadAverage1m.before, env.loadAverage1m.after);
  // The benchmark's own Chromium keeps about one core busy; more than every core means
  // something else was running too.
  if (load > env.cpus) {
    lines.push(
      `Note: the machine was busy (load average ${load} on ${env.cpus} CPUs), so expect noise; ` +
        'compare numbers from runs on a quiet machine.',
    );
  }
  lines.push(`Written to ${result.file}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  for (const file of Object.values(FILES)) {
    if (!existsSync(join(root, file))) {
      const hint = file.startsWith('node_modules') ? 'run `npm install`' : 'run `npm run build:packages`';
      throw new Error(`${file} is missing: ${hint} first`);
    }
  }
  const core = await loadCore();
  const defaultCycle = JSON.parse(JSON.stringify(core.defaultCycle));
  const cycles = { 'default (5 stages)': defaultCycle, '24 stages': cycleWithStages(defaultCycle, 24) };
  const { roles: matrixRoles, stages: matrixStages } = MATRIX_SIZE;
  const bigName = `${matrixRoles} roles x ${matrixStages} stages`;
  const matrixCycles = {
    [`default (${defaultCycle.roles.length} roles)`]: defaultCycle,
    [bigName]: bigCycle(defaultCycle, matrixRoles, matrixStages),
  };
  // A cycle the validator refuses would leave the wheel on its error box; say so plainly now.
  for (const [name, cycle] of Object.entries({ ...cycles, ...matrixCycles })) {
    const parsed = core.parseCycle(cycle);
    if (!parsed.ok)
      throw new Error(
        `the ${name} cycle is not valid: ${parsed.errors.map(core.formatCycleError).join('; ')}`,
      );
  }

  let server;
  let browser;
  // Whatever the page throws or fails to load is a failure of the run, not a slow result.
  const pageProblems = [];
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    browser = undefined;
    await stopServer(server);
    server = undefined;
  };
  // Ctrl+C and a CI's SIGTERM still close the browser and the server.
  const onSignal = (signal) => {
    console.error(`\nbench: ${signal}, closing the browser and the server`);
    cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await startServer();
    const { port } = server.address();
    const origin = `http://127.0.0.1:${port}`;

    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROME_FLAGS,
    });
    const chromium = (await browser.version()).replace(/^(Headless)?Chrome\//, '');
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 1400, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('requestfailed', (req) =>
      pageProblems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`),
    );
    page.on('response', (res) => {
      if (res.status() >= 400) pageProblems.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warn')
        console.error(`[page ${msg.type()}] ${msg.text()}`);
    });
    // Loading and waiting for the page on a busy machine can be slow; a minute is plenty.
    // (Each measure is one page.evaluate of about 10 s, within puppeteer's 180 s protocol limit.)
    page.setDefaultTimeout(60_000);

    await page.goto(`${origin}/bench/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-bench-ready]');
    const checkPage = () => {
      if (pageProblems.length) throw new Error(pageProblems.join('\n'));
    };
    checkPage();
    const info = await page.evaluate(() => globalThis.ecBench.info());
    const loadBefore = loadavg()[0];
    if (!info.wheelDefined) throw new Error('the CDN bundle did not define <ec-cycle-wheel>');
    if (!info.matrixDefined) throw new Error('the CDN bundle did not define <ec-who-does-what>');

    console.error(`bench: Chromium ${chromium}, serving on ${origin}; measuring (about 70 s)...`);

    const selection = {};
    for (const [name, cycle] of Object.entries(cycles)) {
      // The default cycle is measured as most pages use it: no data given at all.
      const given = name.startsWith('default') ? null : cycle;
      const raw = await page.evaluate((args) => globalThis.ecBench.selection(args), {
        cycle: given,
        ...RUNS.selection,
      });
      checkPage();
      const render = summarise(raw.render);
      selection[name] = {
        tabs: raw.tabs,
        render,
        layout: summarise(raw.layout),
        budgetMs: SELECTION_BUDGET_MS,
        pass: render.median < SELECTION_BUDGET_MS,
        samples: { render: raw.render.map(round), layout: raw.layout.map(round) },
      };
    }

    const firstRender = {};
    for (const [name, cycle] of Object.entries(cycles)) {
      const raw = await page.evaluate((args) => globalThis.ecBench.firstRender(args), {
        cycle,
        ...RUNS.firstRender,
      });
      checkPage();
      const kinds = {};
      const samples = {};
      for (const [kind, m] of Object.entries(raw)) {
        kinds[kind] = { drawn: summarise(m.drawn), layout: summarise(m.layout), frame: summarise(m.frame) };
        samples[kind] = { drawn: m.drawn.map(round), layout: m.layout.map(round), frame: m.frame.map(round) };
      }
      // Wheel time divided by chart time, from medians of the same rounds: below 1 means the
      // wheel is faster. "layout" is the headline; "drawn" leaves the browser's style work out.
      const ratios = {};
      for (const kind of Object.keys(kinds)) {
        if (kind === 'wheel') continue;
        ratios[kind] = {
          layout: round(kinds.wheel.layout.median / kinds[kind].layout.median),
          drawn: round(kinds.wheel.drawn.median / kinds[kind].drawn.median),
        };
      }
      firstRender[name] = { kinds, ratios, samples };
    }

    const node = benchNode(core, cycles);

    // The matrix: the same selection change as the wheel's, at two sizes, then its first render
    // at the big size. Its DOM facts (width, rows, columns, cells...) come back with the timings.
    const matrixSelection = {};
    for (const [name, cycle] of Object.entries(matrixCycles)) {
      // As for the wheel, the default cycle is measured with no data given at all.
      const raw = await page.evaluate((args) => globalThis.ecBench.matrixSelection(args), {
        cycle: name.startsWith('default') ? null : cycle,
        roles: cycle.roles.length,
        ...RUNS.matrixSelection,
      });
      checkPage();
      const { render, layout, ...dom } = raw;
      const withLayout = summarise(layout);
      matrixSelection[name] = {
        ...dom,
        render: summarise(render),
        layout: withLayout,
        budgetMs: round(FRAME_MS),
        pass: withLayout.median < FRAME_MS,
        p90WithinFrame: withLayout.p90 < FRAME_MS,
        samples: { render: render.map(round), layout: layout.map(round) },
      };
    }
    const matrixFirstRender = {};
    for (const name of [bigName]) {
      const cycle = matrixCycles[name];
      const raw = await page.evaluate((args) => globalThis.ecBench.matrixFirstRender(args), {
        cycle,
        roles: cycle.roles.length,
        ...RUNS.matrixFirstRender,
      });
      checkPage();
      const { drawn, layout, frame, ...dom } = raw;
      matrixFirstRender[name] = {
        ...dom,
        drawn: summarise(drawn),
        layout: summarise(layout),
        frame: summarise(frame),
        samples: { drawn: drawn.map(round), layout: layout.map(round), frame: frame.map(round) },
      };
    }

    const result = {
      date: new Date().toISOString(),
      file: 'reports/bench.json',
      env: {
        chromium,
        node: process.versions.node,
        echarts: info.echartsVersion,
        cpus: cpus().length,
        // Other work on the machine (a test run, a build) shows up as noise in every number.
        loadAverage1m: { before: round(loadBefore), after: round(loadavg()[0]) },
        crossOriginIsolated: info.crossOriginIsolated,
        timerStepMs: info.timerStepMs,
        gcBetweenRuns: info.gcExposed,
        userAgent: info.userAgent,
        runs: RUNS,
      },
      selection,
      firstRender,
      node,
      matrix: {
        widthPx: matrixSelection[bigName].width,
        frameBudgetMs: round(FRAME_MS),
        selection: matrixSelection,
        firstRender: matrixFirstRender,
      },
    };
    console.log(report(result));
    await mkdir(join(root, 'reports'), { recursive: true });
    await writeFile(join(root, result.file), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((error) => {
  console.error(`bench: could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
