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

/** ECharts sunburst option for a cycle: the hub as the root in the centre, the stages as its
 * children, and the commissioning segments as an outer ring. A sunburst's child must sit
 * inside its parent's angle, so a segment that spans two stages is drawn as one arc per
 * stage. Animation is off: the wheel does not animate its first drawing either. */
function sunburstOption(cycle) {
  const segmentOf = new Map();
  for (const segment of cycle.segments ?? []) for (const id of segment.stages) segmentOf.set(id, segment);
  const hasSegments = segmentOf.size > 0;
  const label = { rotate: 'tangential', overflow: 'break', width: 90, fontSize: 12 };
  return {
    animation: false,
    series: {
      type: 'sunburst',
      radius: [0, '95%'],
      sort: null, // keep the stages in the cycle's order
      nodeClick: false,
      label,
      itemStyle: { color: '#005eb8', borderColor: '#fff', borderWidth: 2 },
      levels: [
        {},
        { r0: 0, r: '28%', itemStyle: { color: '#003087' } },
        { r0: '28%', r: hasSegments ? '78%' : '95%' },
        { r0: '78%', r: '95%', itemStyle: { color: '#e8edee' }, label: { color: '#212b32' } },
      ],
      data: [
        {
          name: cycle.hub.shortTitle,
          children: cycle.stages.map((s) => {
            const segment = segmentOf.get(s.id);
            return {
              name: `${s.number} ${s.shortTitle}`,
              value: 1,
              children: segment ? [{ name: segment.title, value: 1 }] : undefined,
            };
          }),
        },
      ],
    },
  };
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
  if (renderer === 'svg' && div.querySelectorAll('path').length < cycle.stages.length + 1) {
    throw new Error('the ECharts SVG sunburst drew fewer shapes than the cycle has stages');
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
