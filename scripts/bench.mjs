// The benchmark of <ec-cycle-wheel> and <ec-who-does-what> (`npm run bench`, after
// `npm run build:packages`). It prints one table and writes bench/results.json.
//
// bench/ holds only results.json, the latest run's numbers: every median, p90 and run count,
// the ratios, goals and verdicts, and the machine they came from. It is committed, so the
// Performance docs page (docs/performance.mdx) can show the table and say where it came from.
//
// The script serves the built CDN bundle, ECharts and the page in test/bench/ from a small
// local HTTP server, opens that page in Debian's Chromium through puppeteer-core, and times:
//   - the wheel's first render (create, then drawn with style and layout forced) next to an
//     ECharts sunburst of the same hub, stages and segments (SVG and canvas renderers), and
//     next to its floor: its own markup put in a shadow root with its stylesheets, no framework;
//   - a selection change of the wheel (`el.select(id); await el.updateComplete`, then layout);
//   - in Node, wheelLayout() of @engagement-cycle/core (and fitWheel() and selectWheel(), its
//     two halves, once the build has them) and the static renderWheelSvg();
//   - the roles x stages matrix at 60 roles x 24 stages, 1100 px wide so it shows its table:
//     its first render next to a bare <table> of the same text and next to its own floor, and a
//     selection change; plus a selection change of the default cycle's matrix.
// Contenders that are compared run interleaved, in the same rounds of the same page, with the
// order rotated each round and garbage collected before every run. Ratios are median divided
// by median, from the same run.
//
// Goals are reported, never enforced: a missed goal is printed as "missed" and the run still
// succeeds, since shared machines are too noisy for a timing to fail a build. The exit code is
// non-zero only when the benchmark could not run (no build, the browser did not start, the page
// threw) or a sanity check failed (a contender did not draw what it claims).
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import * as prettier from 'prettier';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/browsers.js';
import { bigCycle, cycleWithStages } from '../packages/core/test/support/cycles.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = 'bench/results.json';

// How many runs of each measure. Warm-up runs are timed but thrown away: they let V8 compile
// the hot code, and Chromium fill its style and font caches, before anything counts. First
// renders keep at least 30 measured runs per contender. The whole run takes about 2 minutes
// on 2 cores.
const RUNS = {
  selection: { warmup: 50, runs: 300 },
  wheelFirstRender: { warmup: 10, runs: 60 },
  wheelFirstRender24: { warmup: 5, runs: 40 },
  node: { warmup: 50, runs: 500 },
  matrixSelection: { warmup: 30, runs: 150 },
  matrixFirstRender: { warmup: 5, runs: 30 },
};
/** The big matrix: this many roles by this many stages (plus the hub's column). */
const MATRIX_SIZE = { roles: 60, stages: 24 };
/** The options the element gives wheelLayout() at 600 px wide (see cycle-wheel.ts). */
const WHEEL_OPTIONS = { size: 600, showSegments: true, rotation: 0, minFontSize: 12 };

/** The goals. `max` is the most a median (ms) or a ratio (x) may be to meet its goal; a goal
 * without `max` is only reported. */
const GOALS = {
  wheelVsEcharts: { text: '≤ 0.5x', max: 0.5 },
  wheelVsFloor: { text: '≤ 1.2x', max: 1.2 },
  floorVsEcharts: { text: 'leaner markup that looks the same' },
  wheelSelection: { text: '≤ 1 ms', max: 1 },
  matrixVsTable: { text: '≤ 1.5x', max: 1.5 },
  matrixVsFloor: { text: '≤ 1.2x', max: 1.2 },
  matrixSelection: { text: '≤ 2 ms', max: 2 },
};

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

/** Summaries of one contender's first renders: `layout` is the headline. */
function summariseFirst({ drawn, layout, frame, facts }) {
  return { layout: summarise(layout), drawn: summarise(drawn), frame: summarise(frame), facts };
}

// ---------------------------------------------------------------------------------------------
// Data

async function loadCore() {
  const entry = join(root, 'packages/core/dist/index.js');
  if (!existsSync(entry))
    throw new Error('packages/core/dist is missing: run `npm run build:packages` first');
  return import(pathToFileURL(entry).href);
}

/** A bare, unstyled HTML table of a cycle's matrix (core's whoDoesWhat()): a heading per
 * column, the role's name and the text of each cell, and nothing else. */
function bareTable(core, cycle) {
  const matrix = core.whoDoesWhat(cycle);
  const esc = core.escapeXml;
  const label = (c) => (c.number === undefined ? c.shortTitle : `${c.number} ${c.shortTitle}`);
  const head = matrix.columns.map((c) => `<th>${esc(label(c))}</th>`).join('');
  const rows = matrix.rows.map(
    (r) =>
      `<tr><th>${esc(r.role.name)}</th>${r.cells.map((c) => `<td>${esc(c.text ?? '')}</td>`).join('')}</tr>`,
  );
  return `<table><caption>${esc(cycle.title)}</caption><thead><tr><th>Role</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
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
// Node: the wheel's geometry and the static SVG

/** Times `call(i)` over the warm-up and measured runs; `prepare(i)`, run before each call and
 * outside the timed span, makes its argument. `check` looks at the last result. */
function timeInNode(call, { prepare = () => undefined, check = () => {} } = {}) {
  const samples = [];
  let result;
  for (let i = 0; i < RUNS.node.warmup + RUNS.node.runs; i++) {
    const input = prepare(i);
    const start = performance.now();
    result = call(input, i);
    const time = performance.now() - start;
    if (i >= RUNS.node.warmup) samples.push(time);
  }
  check(result);
  return summarise(samples);
}

/**
 * wheelLayout() for the default cycle, as the element calls it on each render: the same cycle,
 * the selection moving on each call. A colleague is splitting it into fitWheel(cycle, options),
 * the costly fitting of the labels, cached, and selectWheel(geometry, selectedId), the cheap
 * part that changes with the selection; when the build exports them they are timed too.
 * fitWheel gets a fresh copy of the cycle on every call (made outside the timed span), so a
 * cache keyed on the cycle object does not turn it into a look-up: what is timed is the fitting.
 */
function benchLayout(core, cycle) {
  const ids = ['hub', ...cycle.stages.map((s) => s.id)];
  const selectedAt = (i) => ids[i % ids.length];
  const out = {
    wheelLayout: timeInNode(
      (_, i) => core.wheelLayout(cycle, { ...WHEEL_OPTIONS, selected: selectedAt(i) }),
      {
        check: (layout) => {
          if (layout?.stages?.length !== cycle.stages.length)
            throw new Error('wheelLayout() did not lay out every stage of the default cycle');
        },
      },
    ),
  };
  const mustGive = (name) => (result) => {
    if (result === undefined || result === null) throw new Error(`${name}() gave nothing back`);
  };
  out.fitWheel =
    typeof core.fitWheel === 'function'
      ? timeInNode((copy) => core.fitWheel(copy, WHEEL_OPTIONS), {
          prepare: () => structuredClone(cycle),
          check: mustGive('fitWheel'),
        })
      : null;
  out.selectWheel =
    typeof core.fitWheel === 'function' && typeof core.selectWheel === 'function'
      ? (() => {
          const geometry = core.fitWheel(cycle, WHEEL_OPTIONS);
          return timeInNode((_, i) => core.selectWheel(geometry, selectedAt(i)), {
            check: mustGive('selectWheel'),
          });
        })()
      : null;
  return out;
}

/** The static SVG renderer, for each cycle. */
function benchSvg(core, cycles) {
  const out = {};
  for (const [name, cycle] of Object.entries(cycles)) {
    let chars = 0;
    const summary = timeInNode(() => core.renderWheelSvg(cycle), {
      check: (svg) => {
        if (!svg?.startsWith('<svg')) throw new Error(`renderWheelSvg() drew no SVG for the ${name} cycle`);
        chars = svg.length;
      },
    });
    out[name] = { ...summary, svgChars: chars };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The table

/** The verdict on a value against a goal: met, missed, or only reported (no numeric goal). */
function verdict(value, goal) {
  if (value === null || value === undefined) return 'n/a (not in this build)';
  if (goal?.max === undefined) return 'reported';
  return value <= goal.max ? 'met' : 'missed';
}

/**
 * The rows of the table, from the measures. A time row has a median (ms); a ratio row has
 * the ratio of two medians from the same rounds, and shows the first one's median.
 */
function buildRows(m) {
  const rows = [];
  const section = (title) => rows.push({ section: title });
  const time = (id, measure, summary, goal) =>
    rows.push({
      id,
      measure,
      unit: 'ms',
      median: summary?.median ?? null,
      p90: summary?.p90 ?? null,
      runs: summary?.runs ?? null,
      goal: goal ?? null,
      verdict: verdict(summary?.median, goal),
    });
  const ratio = (id, measure, [numerator, a], [denominator, b], goal) => {
    const value = round(a.layout.median / b.layout.median);
    rows.push({
      id,
      measure,
      unit: 'x',
      median: a.layout.median,
      p90: a.layout.p90,
      runs: a.layout.runs,
      ratio: value,
      of: {
        numerator,
        denominator,
        numeratorMedian: a.layout.median,
        denominatorMedian: b.layout.median,
      },
      goal: goal ?? null,
      verdict: verdict(value, goal),
    });
  };

  // A node count, or the range of them when it changed between runs.
  const nodes = ({ nodesSeen: seen }) => (seen.length > 1 ? `${seen[0]}-${seen.at(-1)}` : `${seen[0]}`);
  const w = m.wheel.default;
  const svgNodes = nodes(w['echarts-svg'].facts);
  const floorNodes = nodes(w.floor.facts);
  section(
    `Wheel, default cycle (5 stages, 4 segments), 600 px; first render = create to drawn, style and layout forced`,
  );
  time(
    'wheel.echarts-svg',
    `  ECharts ${m.echarts} sunburst, SVG renderer (${svgNodes} nodes)`,
    w['echarts-svg'].layout,
  );
  time(
    'wheel.echarts-canvas',
    `  ECharts ${m.echarts} sunburst, canvas renderer`,
    w['echarts-canvas'].layout,
  );
  time('wheel.floor', `  floor: the wheel's markup, no framework (${floorNodes} nodes)`, w.floor.layout);
  ratio(
    '1',
    '1 wheel first render / ECharts SVG',
    ['wheel.wheel', w.wheel],
    ['wheel.echarts-svg', w['echarts-svg']],
    GOALS.wheelVsEcharts,
  );
  ratio(
    '1b',
    '  wheel first render / ECharts canvas',
    ['wheel.wheel', w.wheel],
    ['wheel.echarts-canvas', w['echarts-canvas']],
  );
  ratio(
    '2',
    '2 wheel first render / its floor',
    ['wheel.wheel', w.wheel],
    ['wheel.floor', w.floor],
    GOALS.wheelVsFloor,
  );
  ratio(
    '3',
    `3 floor / ECharts SVG (${floorNodes} vs ${svgNodes} nodes)`,
    ['wheel.floor', w.floor],
    ['wheel.echarts-svg', w['echarts-svg']],
    GOALS.floorVsEcharts,
  );
  const sel = m.selection['default (5 stages)'];
  time('4', '4 selection change, with style and layout', sel.layout, GOALS.wheelSelection);
  time('4b', '  selection change, render only', sel.render);

  section('Wheel, 24 stages (no segments), 600 px');
  const w24 = m.wheel['24 stages'];
  ratio(
    'w24.first',
    '  first render / ECharts SVG',
    ['wheel24.wheel', w24.wheel],
    ['wheel24.echarts-svg', w24['echarts-svg']],
  );
  time('w24.selection', '  selection change, with style and layout', m.selection['24 stages'].layout);

  section('Node, packages/core/dist, default cycle (ms per call)');
  time('5', '5 wheelLayout()', m.layout.wheelLayout);
  time('5b', '5 fitWheel() (fresh copy of the cycle each call)', m.layout.fitWheel);
  time('5c', '5 selectWheel()', m.layout.selectWheel);
  for (const [name, s] of Object.entries(m.svg))
    time(`svg.${name}`, `  renderWheelSvg(), ${name} (${s.svgChars} chars)`, s);

  const x = m.matrix.firstRender;
  const f = x.matrix.facts;
  section(
    `Matrix, ${f.rows} roles x ${f.columns - 1} stages (and the hub), ${f.width} px: ${f.cells} table cells, ` +
      `and ${f.listEntries} list entries built too (hidden at this width)`,
  );
  time(
    'matrix.table',
    `  bare <table> of the same text (${x.table.facts.rows} rows, ${nodes(x.table.facts)} nodes)`,
    x.table.layout,
  );
  time(
    'matrix.floor',
    `  floor: the matrix's markup, no framework (${nodes(x.floor.facts)} nodes)`,
    x.floor.layout,
  );
  ratio(
    '6',
    '6 matrix first render / bare <table>',
    ['matrix.matrix', x.matrix],
    ['matrix.table', x.table],
    GOALS.matrixVsTable,
  );
  ratio(
    '7',
    '7 matrix first render / its floor',
    ['matrix.matrix', x.matrix],
    ['matrix.floor', x.floor],
    GOALS.matrixVsFloor,
  );
  const ms = m.matrix.selection;
  const big = Object.keys(ms).find((k) => !k.startsWith('default'));
  const small = Object.keys(ms).find((k) => k.startsWith('default'));
  time('8', '8 selection change, with style and layout', ms[big].layout, GOALS.matrixSelection);
  time('8b', '  selection change, render only', ms[big].render);
  time('matrix.default', `  ${small}: selection change, with style and layout`, ms[small].layout);
  return rows;
}

function formatMs(n) {
  return `${n.toFixed(n < 10 ? 3 : n < 100 ? 2 : 1)} ms`;
}

function printTable(rows) {
  const cells = (r) => [
    r.measure,
    r.median === null ? 'n/a' : formatMs(r.median),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
    r.goal?.text ?? '-',
    r.verdict,
  ];
  const body = rows.filter((r) => !r.section).map(cells);
  const all = [['measure', 'median', 'ratio', 'goal', 'verdict'], ...body];
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) =>
    r
      .map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const out = [line(all[0])];
  for (const r of rows) out.push(r.section ? r.section : line(cells(r)));
  return out.join('\n');
}

function report(result, rows) {
  const { env } = result;
  const lines = [];
  lines.push(`ec-cycle-wheel and ec-who-does-what benchmark, ${result.date}`);
  lines.push(
    `Chromium ${env.chromium} (headless), Node ${env.node}, ECharts ${env.echarts}, ${env.cpus} CPUs (${env.cpuModel}); ` +
      `timer step ${env.timerStepMs.toFixed(3)} ms; load average ${env.loadAverage.before[0]} before, ${env.loadAverage.after[0]} after`,
  );
  lines.push(
    'Medians. A ratio is the first median over the second, from the same interleaved rounds; the median column shows the first.',
  );
  lines.push('');
  lines.push(printTable(rows));
  lines.push('');
  const missed = rows.filter((r) => r.verdict === 'missed').map((r) => r.id);
  lines.push(
    missed.length
      ? `Goals missed: ${missed.join(', ')} (reported, not enforced).`
      : 'Every goal with a number was met.',
  );
  const load = Math.max(env.loadAverage.before[0], env.loadAverage.after[0]);
  // The benchmark's own Chromium keeps about one core busy; more than every core means
  // something else was running too.
  if (load > env.cpus) {
    lines.push(
      `Note: the machine was busy (load average ${load} on ${env.cpus} CPUs), so expect noise; ` +
        'compare numbers from runs on a quiet machine.',
    );
  }
  lines.push(`Took ${result.durationSeconds} s. Written to ${RESULTS}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  const began = performance.now();
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
    [`default cycle (${defaultCycle.roles.length} roles)`]: defaultCycle,
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

    const loadBefore = loadavg().map(round);
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
    // (Each measure is one page.evaluate of at most about 20 s, within puppeteer's 180 s limit.)
    page.setDefaultTimeout(60_000);

    await page.goto(`${origin}/bench/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-bench-ready]');
    const checkPage = () => {
      if (pageProblems.length) throw new Error(pageProblems.join('\n'));
    };
    checkPage();
    const info = await page.evaluate(() => globalThis.ecBench.info());
    if (!info.wheelDefined) throw new Error('the CDN bundle did not define <ec-cycle-wheel>');
    if (!info.matrixDefined) throw new Error('the CDN bundle did not define <ec-who-does-what>');
    const run = async (name, args) => {
      const raw = await page.evaluate((n, a) => globalThis.ecBench[n](a), name, args);
      checkPage();
      return raw;
    };

    console.error(`bench: Chromium ${chromium}, serving on ${origin}; measuring (about 2 minutes)...`);

    const selection = {};
    for (const [name, cycle] of Object.entries(cycles)) {
      // The default cycle is measured as most pages use it: no data given at all.
      const raw = await run('selection', {
        cycle: name.startsWith('default') ? null : cycle,
        ...RUNS.selection,
      });
      selection[name] = { tabs: raw.tabs, render: summarise(raw.render), layout: summarise(raw.layout) };
    }

    const wheel = {};
    for (const [name, cycle] of Object.entries(cycles)) {
      const isDefault = name.startsWith('default');
      const raw = await run('wheelFirstRender', {
        cycle,
        kinds: isDefault ? ['wheel', 'floor', 'echarts-svg', 'echarts-canvas'] : ['wheel', 'echarts-svg'],
        ...(isDefault ? RUNS.wheelFirstRender : RUNS.wheelFirstRender24),
      });
      wheel[isDefault ? 'default' : name] = Object.fromEntries(
        Object.entries(raw).map(([kind, m]) => [kind, summariseFirst(m)]),
      );
    }

    const matrixSelection = {};
    for (const [name, cycle] of Object.entries(matrixCycles)) {
      // As for the wheel, the default cycle is measured with no data given at all.
      const raw = await run('matrixSelection', {
        cycle: name.startsWith('default') ? null : cycle,
        roles: cycle.roles.length,
        ...RUNS.matrixSelection,
      });
      const { render, layout, ...dom } = raw;
      matrixSelection[name] = { ...dom, render: summarise(render), layout: summarise(layout) };
    }
    const big = matrixCycles[bigName];
    const rawMatrix = await run('matrixFirstRender', {
      cycle: big,
      roles: big.roles.length,
      table: bareTable(core, big),
      ...RUNS.matrixFirstRender,
    });
    const matrixFirstRender = Object.fromEntries(
      Object.entries(rawMatrix).map(([kind, m]) => [kind, summariseFirst(m)]),
    );
    const loadAfter = loadavg().map(round);
    await cleanUp();

    // Node last, with the browser closed, so the two do not share the cores.
    const layout = benchLayout(core, defaultCycle);
    const svg = benchSvg(core, cycles);

    const measures = {
      echarts: info.echartsVersion,
      selection,
      wheel,
      layout,
      svg,
      matrix: { selection: matrixSelection, firstRender: matrixFirstRender },
    };
    const rows = buildRows(measures);
    const result = {
      date: new Date().toISOString(),
      durationSeconds: Math.round((performance.now() - began) / 1000),
      env: {
        chromium,
        headless: true,
        node: process.versions.node,
        echarts: info.echartsVersion,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        // Other work on the machine (a test run, a build) shows up as noise in every number.
        loadAverage: { before: loadBefore, after: loadAfter },
        crossOriginIsolated: info.crossOriginIsolated,
        timerStepMs: info.timerStepMs,
        gcBetweenRuns: info.gcExposed,
        userAgent: info.userAgent,
        runs: RUNS,
      },
      goals: GOALS,
      rows: rows.filter((r) => !r.section),
      measures,
    };
    console.log(report(result, rows));
    const file = join(root, RESULTS);
    await mkdir(dirname(file), { recursive: true });
    // Formatted as the repository's Prettier settings want, so `prettier --check .` passes on it.
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    await writeFile(file, await prettier.format(JSON.stringify(result), options));
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
