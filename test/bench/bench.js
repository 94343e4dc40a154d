// The measuring side of the benchmark, run inside Chromium by scripts/bench.mjs.
//
// Every function here returns raw timings in milliseconds (from performance.now()); the Node
// script works out the medians and percentiles, so this file stays small and does one job.
// The bundle is the built CDN file, the same one a site loads with a script tag, so what is
// timed is the minified production build, not the development sources.
import '/cdn/engagement-cycle.js';

const TAB = "[role='tab']";
/** One row heading per role in <ec-who-does-what>'s table. */
const ROW = "tbody th[scope='row']";
const stage = document.getElementById('stage');
/** 1100 px wide: the matrix shows its table there (under 40rem it switches to a list). */
const matrixStage = document.getElementById('matrix-stage');

/** Resolves after the next frame has been produced: a message posted from inside a
 * requestAnimationFrame callback is handled only once that frame's style, layout and paint
 * are done. */
function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/** Makes the browser do the style and layout work that the last DOM changes left pending,
 * now and synchronously, so it lands inside the timed span instead of in some later frame. */
function forceLayout(node) {
  return node.getBoundingClientRect().width;
}

/** Collects garbage between runs when Chromium was started with --expose-gc, so one run's
 * leftovers are not swept up in the middle of the next one's timing. */
function collectGarbage() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** Waits until the element has drawn `count` of `selector` (by default the wheel's tabs; the
 * matrix's role rows for <ec-who-does-what>) and finished updating. The data is read
 * asynchronously (its validator is imported lazily), so the first updateComplete may only
 * show the loading state. Given data arrives within a few microtasks, so awaiting
 * updateComplete again is enough; if it has not arrived after many turns, tasks are let run
 * too, and a deadline stops a broken build from hanging the page. */
async function untilDrawn(el, count, selector = TAB) {
  const deadline = performance.now() + 10000;
  for (let turns = 0; ; turns++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelectorAll(selector).length === count) return;
    if (performance.now() > deadline) {
      const found = el.shadowRoot?.querySelectorAll(selector).length ?? 0;
      const error = el.shadowRoot?.querySelector('[part="error"]')?.textContent?.trim();
      throw new Error(
        `<${el.localName}> drew ${found} of ${count} ${selector} in 10 s${error ? `; it shows: ${error}` : ''}`,
      );
    }
    if (turns > 100) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Some facts about the page that decide how far the numbers can be trusted. */
function info() {
  // The smallest step performance.now() takes: 5 µs when the page is cross-origin isolated
  // (the server sends COOP and COEP headers for that), 100 µs when it is not.
  let step = Infinity;
  for (let i = 0; i < 2000; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    step = Math.min(step, b - a);
  }
  return {
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    timerStepMs: step,
    gcExposed: typeof globalThis.gc === 'function',
    devicePixelRatio: globalThis.devicePixelRatio,
    echartsVersion: globalThis.echarts?.version,
    wheelDefined: customElements.get('ec-cycle-wheel') !== undefined,
    matrixDefined: customElements.get('ec-who-does-what') !== undefined,
  };
}

/**
 * Selection change: how long `el.select(next); await el.updateComplete` takes on a wheel that
 * is already drawn. `cycle` null means the default dataset (no data given at all).
 *
 * Between runs the page is let draw a frame, as it would between two clicks, so each run
 * starts from a rendered, clean state rather than piling changes up in one long task.
 * Each run gives two numbers from the same change: `render` stops when updateComplete
 * resolves (Lit has patched the DOM); `layout` also includes the style and layout work the
 * browser then has to do before it can paint.
 */
async function selection({ cycle, warmup, runs }) {
  stage.replaceChildren();
  const el = document.createElement('ec-cycle-wheel');
  if (cycle) el.data = cycle;
  stage.append(el);
  const ids = ['hub', ...(cycle?.stages.map((s) => s.id) ?? [1, 2, 3, 4, 5].map((n) => `stage-${n}`))];
  await untilDrawn(el, ids.length);
  await nextFrame();

  const { render, layout } = await timeSelections(el, ids, warmup, runs);
  const tabs = el.shadowRoot.querySelectorAll(TAB).length;
  el.remove();
  return { tabs, render, layout };
}

/** The wheel's colours (WHEEL_COLOURS in @engagement-cycle/core), for the chart to match. */
const COLOURS = { hub: '#003087', stage: '#005eb8', segment: '#425563', text: '#ffffff', gap: '#ffffff' };

/**
 * ECharts sunburst option for a cycle, drawing the shapes the wheel draws: the hub in the
 * centre, the stages round it and one arc per commissioning segment in an outer ring. A
 * sunburst's children must sit inside their parent's angle, so the tree is hub > segments >
 * stages, and the levels' radii put the segments outside the stages (levels[0] is the
 * sunburst's own root, above the hub). Stages in no segment hang under a blank arc of the
 * outer ring, as the wheel leaves a gap there. Animation is off: the wheel does not animate
 * its first drawing either. Checked with ECharts 6.1.
 */
function sunburstOption(cycle) {
  const stage = (s) => ({ name: `${s.number}\n${s.shortTitle}`, value: 1 });
  const runs = segmentRuns(cycle);
  const hasSegments = runs.some((run) => run.segment);
  const children = hasSegments
    ? runs.map((run) => ({
        name: run.segment?.title ?? '',
        value: run.stages.length,
        itemStyle: run.segment ? undefined : { color: 'transparent', borderWidth: 0 },
        children: run.stages.map(stage),
      }))
    : cycle.stages.map(stage);
  const hub = {
    r0: 0,
    r: '26%',
    itemStyle: { color: COLOURS.hub },
    label: { fontSize: 20, lineHeight: 24, width: 130 },
  };
  return {
    animation: false,
    series: {
      type: 'sunburst',
      radius: [0, '98%'],
      sort: null, // keep the stages in the cycle's order
      nodeClick: false,
      // lineHeight must be given: without it the lines of a wrapped label overlap (5.6 and 6.1).
      label: {
        rotate: 'tangential',
        overflow: 'break',
        width: 110,
        fontSize: 16,
        lineHeight: 19,
        color: COLOURS.text,
      },
      itemStyle: { borderColor: COLOURS.gap, borderWidth: 3 },
      levels: hasSegments
        ? [
            {},
            hub,
            { r0: '80%', r: '98%', itemStyle: { color: COLOURS.segment } },
            { r0: '30%', r: '76%', itemStyle: { color: COLOURS.stage } },
          ]
        : [{}, hub, { r0: '30%', r: '98%', itemStyle: { color: COLOURS.stage } }],
      data: [{ name: cycle.hub.shortTitle, children }],
    },
  };
}

/** The cycle's stages in runs of neighbours in the same segment (or in none). */
function segmentRuns(cycle) {
  const segmentOf = new Map();
  for (const segment of cycle.segments ?? []) for (const id of segment.stages) segmentOf.set(id, segment);
  const runs = [];
  for (const s of cycle.stages) {
    const segment = segmentOf.get(s.id);
    const last = runs.at(-1);
    if (last && last.segment === segment) last.stages.push(s);
    else runs.push({ segment, stages: [s] });
  }
  return runs;
}

/** How many filled shapes the sunburst of a cycle must draw: the hub, each stage and each
 * segment's arc (a chart with fewer would be fast for the wrong reason). */
function sunburstShapes(cycle) {
  return 1 + cycle.stages.length + segmentRuns(cycle).filter((run) => run.segment).length;
}

/** One first render of the wheel, in a fresh element. Returns its three timings. */
async function firstWheel(cycle, count) {
  const start = performance.now();
  const el = document.createElement('ec-cycle-wheel');
  el.data = cycle; // before connecting, as a page that builds the element in script would
  stage.append(el);
  await untilDrawn(el, count);
  const drawn = performance.now();
  forceLayout(el);
  const laidOut = performance.now();
  await nextFrame();
  const framed = performance.now();
  el.remove();
  return [drawn - start, laidOut - start, framed - start];
}

/** One first render of an ECharts sunburst of the same cycle, then dispose of it. */
async function firstChart(cycle, renderer) {
  const start = performance.now();
  const div = document.createElement('div');
  div.style.cssText = 'width:600px;height:600px';
  stage.append(div);
  const chart = globalThis.echarts.init(div, null, { renderer });
  chart.setOption(sunburstOption(cycle)); // draws synchronously (no lazyUpdate)
  const drawn = performance.now();
  forceLayout(div);
  const laidOut = performance.now();
  await nextFrame();
  const framed = performance.now();
  // A quick check that something was really drawn: a chart with no shapes would be fast
  // for the wrong reason.
  if (renderer === 'svg') {
    const shapes = [...div.querySelectorAll('path')].filter(
      (p) => !['none', 'transparent'].includes(p.getAttribute('fill')),
    );
    if (shapes.length !== sunburstShapes(cycle))
      throw new Error(`the ECharts SVG sunburst drew ${shapes.length} of ${sunburstShapes(cycle)} shapes`);
  }
  chart.dispose();
  div.remove();
  return [drawn - start, laidOut - start, framed - start];
}

/**
 * First render of the wheel and of ECharts' sunburst (SVG and canvas renderers), measured in
 * turn within each round, so slow drift in the machine touches all three alike. The order
 * inside a round changes from round to round so no one is always first after the garbage
 * collection and the settling frame.
 */
async function firstRender({ cycle, warmup, runs }) {
  stage.replaceChildren();
  const count = cycle.stages.length + 1;
  const kinds = ['wheel', 'echarts-svg', 'echarts-canvas'];
  const out = Object.fromEntries(kinds.map((k) => [k, { drawn: [], layout: [], frame: [] }]));
  for (let i = 0; i < warmup + runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length];
      collectGarbage();
      await nextFrame();
      const [drawn, laidOut, framed] =
        kind === 'wheel'
          ? await firstWheel(cycle, count)
          : await firstChart(cycle, kind === 'echarts-svg' ? 'svg' : 'canvas');
      if (i >= warmup) {
        out[kind].drawn.push(drawn);
        out[kind].layout.push(laidOut);
        out[kind].frame.push(framed);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// <ec-who-does-what>: the roles x stages matrix, in its 1100 px wide container.

/** Throws unless the matrix shows its table (not the narrow list layout, not an error), with
 * `roles` role rows and the selected stage's column marked in each: a matrix drawn as
 * something else would be fast for the wrong reason. Returns how big the shadow DOM is. */
function checkMatrix(el, roles) {
  const root = el.shadowRoot;
  const table = root.querySelector('table');
  if (!table || getComputedStyle(root.querySelector('.wide')).display === 'none' || !table.offsetWidth) {
    throw new Error(`<ec-who-does-what> is ${el.offsetWidth} px wide and does not show its table`);
  }
  const rows = root.querySelectorAll(ROW).length;
  const marked = root.querySelectorAll('td.selected').length;
  if (rows !== roles || marked !== roles) {
    throw new Error(
      `the matrix shows ${rows} of ${roles} roles, with ${marked} cells of the selected column marked`,
    );
  }
  return {
    width: el.offsetWidth,
    rows,
    columns: root.querySelectorAll('thead th[scope="col"]').length - 1,
    cells: root.querySelectorAll('tbody td').length,
    // The list layout is built as well, hidden by the container query, and updated with it.
    listEntries: root.querySelectorAll('.list dl > div').length,
    elements: root.querySelectorAll('*').length,
  };
}

/**
 * Selection change of the matrix: `el.select(next); await el.updateComplete`, with and
 * without the forced style and layout, exactly as `selection()` does for the wheel. `cycle`
 * null means the default dataset; `roles` is how many role rows the matrix must show.
 */
async function matrixSelection({ cycle, roles, warmup, runs }) {
  matrixStage.replaceChildren();
  const el = document.createElement('ec-who-does-what');
  if (cycle) el.data = cycle;
  matrixStage.append(el);
  await untilDrawn(el, roles, ROW);
  const ids = ['hub', ...el.cycle.stages.map((s) => s.id)];
  await nextFrame();
  checkMatrix(el, roles);

  const { render, layout } = await timeSelections(el, ids, warmup, runs);
  const dom = checkMatrix(el, roles);
  el.remove();
  return { ...dom, render, layout };
}

/**
 * First render of the matrix: a fresh element given its data before connecting, timed from
 * creating it until its table has every role row and updateComplete has resolved (`drawn`),
 * then with style and layout forced (`layout`), then until the next frame (`frame`). The
 * data is checked by the element's validator on the way, as on any page that sets `data`.
 */
async function matrixFirstRender({ cycle, roles, warmup, runs }) {
  matrixStage.replaceChildren();
  const out = { drawn: [], layout: [], frame: [] };
  let dom;
  for (let i = 0; i < warmup + runs; i++) {
    collectGarbage();
    await nextFrame();
    const start = performance.now();
    const el = document.createElement('ec-who-does-what');
    el.data = cycle;
    matrixStage.append(el);
    await untilDrawn(el, roles, ROW);
    const drawn = performance.now();
    forceLayout(el);
    const laidOut = performance.now();
    await nextFrame();
    const framed = performance.now();
    dom = checkMatrix(el, roles);
    el.remove();
    if (i >= warmup) {
      out.drawn.push(drawn - start);
      out.layout.push(laidOut - start);
      out.frame.push(framed - start);
    }
  }
  return { ...dom, ...out };
}

// sunburstOption is there too, to look at the chart by hand (it is not timed on its own).
globalThis.ecBench = { info, selection, firstRender, matrixSelection, matrixFirstRender, sunburstOption };
document.documentElement.dataset.benchReady = 'true';

/**
 * Selects each id in turn (warm-up runs first, not kept) and times `select()` up to
 * `updateComplete`, and up to forced style and layout; a frame passes between runs.
 */
async function timeSelections(el, ids, warmup, runs) {
  const render = [];
  const layout = [];
  let at = 0;
  for (let i = 0; i < warmup + runs; i++) {
    at = (at + 1) % ids.length;
    const id = ids[at];
    const start = performance.now();
    el.select(id);
    await el.updateComplete;
    const rendered = performance.now();
    forceLayout(el);
    const laidOut = performance.now();
    if (el.selected !== id) throw new Error(`select('${id}') left <${el.localName}> on '${el.selected}'`);
    if (i >= warmup) {
      render.push(rendered - start);
      layout.push(laidOut - start);
    }
    await nextFrame();
  }
  return { render, layout };
}
