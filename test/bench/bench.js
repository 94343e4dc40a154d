// The measuring side of the benchmark, run inside Chromium by scripts/bench.mjs.
//
// Every function here returns raw timings in milliseconds (from performance.now()) and the
// facts that show each contender drew what it claims; the Node script works out the medians,
// the ratios and the verdicts. The bundle is the built CDN file, the same one a site loads with
// a script tag, so what is timed is the minified production build, not the development sources.
import '/cdn/engagement-cycle.js';

const TAB = "[role='tab']";
/** One row heading per role in <ec-who-does-what>'s table. */
const ROW = "tbody th[scope='row']";
/** 600 px wide: the wheel, its floor and the charts are drawn here at the same size. */
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

/** How big a tree is: its nodes (elements and text nodes; comments left out, since Lit's
 * markers are comments and the floor has none) and, of those, its elements. */
function countNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return { nodes, elements: root.querySelectorAll('*').length };
}

// ---------------------------------------------------------------------------------------------
// The floor: an element's own markup, put in the page with no framework at all.

/** Lit's markers in a rendered shadow root: `<!--?lit$123$-->` before each dynamic part and
 * the empty `<!---->` after it. The floor is the markup without them. */
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!---->/g;

/**
 * What an element has drawn, to draw again without it: its shadow root's markup (Lit's
 * markers removed), the stylesheets it adopts (its class's `elementStyles`, each CSSResult's
 * `.styleSheet`) and its own attributes (`:host([...])` rules may read them). It is taken at
 * run time from an element drawn in the same place, so the floor always matches whatever
 * markup the element draws today.
 */
function captureFloor(el) {
  const markup = el.shadowRoot.innerHTML.replace(LIT_MARKERS, '');
  const sheets = el.constructor.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));
  if (markup.includes('lit$') || /<style[\s>]/.test(markup)) {
    throw new Error(`the markup of <${el.localName}> still holds Lit markers or <style> elements`);
  }
  if (sheets.length === 0 || sheets.length !== el.shadowRoot.adoptedStyleSheets.length) {
    throw new Error(
      `<${el.localName}> adopts ${el.shadowRoot.adoptedStyleSheets.length} stylesheets, ` +
        `its class lists ${sheets.length}`,
    );
  }
  const attributes = [...el.attributes].map((a) => [a.name, a.value]);
  return { markup, sheets, attributes, chars: markup.length };
}

/**
 * Draws a floor: a plain <div> host with the element's attributes, a fresh shadow root that
 * adopts the same stylesheets, and the markup set as a string with innerHTML. innerHTML, not a
 * <template> clone: a page without a framework that draws data builds its markup as a string
 * and has the browser parse it, so the parse belongs in the floor. (A clone of a parsed
 * template would leave out work that no data-driven renderer can skip.)
 */
function drawFloor(container, floor) {
  const host = document.createElement('div');
  for (const [name, value] of floor.attributes) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = floor.sheets;
  root.innerHTML = floor.markup;
  container.append(host);
  return host;
}

// ---------------------------------------------------------------------------------------------
// Interleaved first renders

/**
 * Times one first render: from just before `draw()` (which creates and inserts the contender
 * and returns its node once drawn) until then (`drawn`), until style and layout are forced
 * (`layout`, the measure the ratios use), and until the next frame (`frame`). Then `check`
 * makes sure it drew what it claims (outside the timed spans) and `remove` takes it away.
 */
async function timeFirstRender({ draw, check, remove }) {
  const start = performance.now();
  let node = draw();
  // Only the element is asynchronous; awaiting a plain value would add a microtask to the rest.
  if (node instanceof Promise) node = await node;
  const drawn = performance.now();
  forceLayout(node);
  const laidOut = performance.now();
  await nextFrame();
  const framed = performance.now();
  const facts = check(node);
  (remove ?? ((n) => n.remove()))(node);
  return { times: [drawn - start, laidOut - start, framed - start], facts };
}

/**
 * Runs every contender once per round, in turn, so slow drift in the machine touches them all
 * alike. The order rotates from round to round, so no one is always first after the garbage
 * collection and the settling frame that come before each run. Warm-up rounds are timed but
 * not kept. Returns each contender's timings and the facts its check found in the last run.
 */
async function interleave(contenders, warmup, runs) {
  const names = Object.keys(contenders);
  const out = Object.fromEntries(names.map((n) => [n, { drawn: [], layout: [], frame: [], facts: {} }]));
  for (let i = 0; i < warmup + runs; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      collectGarbage();
      await nextFrame();
      const { times, facts } = await timeFirstRender(contenders[name]);
      // Every node count seen, in case it changes from run to run (a chart's text wrapping can).
      const seen = new Set([...(out[name].facts.nodesSeen ?? []), facts.nodes]);
      out[name].facts = { ...facts, nodesSeen: [...seen].sort((a, b) => a - b) };
      if (i >= warmup) {
        out[name].drawn.push(times[0]);
        out[name].layout.push(times[1]);
        out[name].frame.push(times[2]);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// <ec-cycle-wheel> against its floor and ECharts

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

/** A wheel, data given before connecting (as a page that builds the element in script would). */
function drawWheel(cycle, count) {
  return async () => {
    const el = document.createElement('ec-cycle-wheel');
    el.data = cycle;
    stage.append(el);
    await untilDrawn(el, count);
    return el;
  };
}

/** An ECharts sunburst of the cycle, 600 px square like the wheel; drawn synchronously. */
function drawChart(cycle, renderer) {
  return () => {
    const div = document.createElement('div');
    div.style.cssText = 'width:600px;height:600px';
    stage.append(div);
    const chart = globalThis.echarts.init(div, null, { renderer });
    chart.setOption(sunburstOption(cycle)); // draws at once (no lazyUpdate)
    return div;
  };
}

/** Checks that the SVG sunburst drew every shape, and says how big its DOM is. */
function checkSvgChart(cycle) {
  const want = sunburstShapes(cycle);
  return (div) => {
    const shapes = [...div.querySelectorAll('path')].filter(
      (p) => !['none', 'transparent'].includes(p.getAttribute('fill')),
    );
    if (shapes.length !== want)
      throw new Error(`the ECharts SVG sunburst drew ${shapes.length} of ${want} shapes`);
    if (!div.querySelector('text')) throw new Error('the ECharts SVG sunburst drew no text');
    return { shapes: shapes.length, ...countNodes(div) };
  };
}

/** Checks that the canvas sunburst painted the hub's colour in the hub, below its label. */
function checkCanvasChart(div) {
  const canvas = div.querySelector('canvas');
  const ratio = canvas ? canvas.width / div.clientWidth : 0;
  const [r, g, b] = canvas?.getContext('2d').getImageData(300 * ratio, 360 * ratio, 1, 1).data ?? [];
  if (`#${[r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}` !== COLOURS.hub) {
    throw new Error(`the ECharts canvas sunburst did not paint its hub (it is rgb(${r}, ${g}, ${b}))`);
  }
  return countNodes(div);
}

const removeChart = (div) => {
  globalThis.echarts.getInstanceByDom(div)?.dispose();
  div.remove();
};

/**
 * First render of the wheel next to its floor and to ECharts' sunburst of the same cycle (SVG
 * and canvas renderers), interleaved. `kinds` picks the contenders. The floor is the markup of
 * a wheel drawn here just before, at the same width; each run of it must show the same tabs at
 * the same height as the wheel.
 */
async function wheelFirstRender({ cycle, warmup, runs, kinds }) {
  stage.replaceChildren();
  const count = cycle.stages.length + 1;
  const sample = await drawWheel(cycle, count)();
  await nextFrame();
  const floor = captureFloor(sample);
  const height = sample.getBoundingClientRect().height;
  sample.remove();

  const checkWheel = (el) => {
    const tabs = el.shadowRoot.querySelectorAll(TAB).length;
    if (tabs !== count) throw new Error(`the wheel shows ${tabs} of ${count} tabs`);
    return { tabs, ...countNodes(el.shadowRoot) };
  };
  const all = {
    wheel: { draw: drawWheel(cycle, count), check: checkWheel },
    floor: {
      draw: () => drawFloor(stage, floor),
      check: (host) => {
        const tabs = host.shadowRoot.querySelectorAll(TAB).length;
        const tall = host.getBoundingClientRect().height;
        if (tabs !== count) throw new Error(`the wheel's floor shows ${tabs} of ${count} tabs`);
        if (Math.abs(tall - height) > 1) {
          throw new Error(`the wheel's floor is ${tall} px tall, the wheel ${height} px: they differ`);
        }
        return { tabs, height: tall, markupChars: floor.chars, ...countNodes(host.shadowRoot) };
      },
    },
    'echarts-svg': { draw: drawChart(cycle, 'svg'), check: checkSvgChart(cycle), remove: removeChart },
    'echarts-canvas': { draw: drawChart(cycle, 'canvas'), check: checkCanvasChart, remove: removeChart },
  };
  const contenders = Object.fromEntries(kinds.map((k) => [k, all[k]]));
  return interleave(contenders, warmup, runs);
}

/**
 * Selection change: how long `el.select(next); await el.updateComplete` takes on a wheel that
 * is already drawn, then with style and layout forced. `cycle` null means the default dataset
 * (no data given at all), as most pages use it.
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

// ---------------------------------------------------------------------------------------------
// <ec-who-does-what>: the roles x stages matrix, in its 1100 px wide container.

/** Throws unless the matrix (or its floor: `host` is any host of its shadow root) shows its
 * table (not the narrow list layout, not an error), with `roles` role rows and the selected
 * stage's column marked in each: a matrix drawn as something else would be fast for the wrong
 * reason. Returns how big the shadow DOM is. */
function checkMatrix(host, roles) {
  const root = host.shadowRoot;
  const table = root.querySelector('table');
  if (!table || getComputedStyle(root.querySelector('.wide')).display === 'none' || !table.offsetWidth) {
    throw new Error(
      `<${host.localName}> is ${host.offsetWidth} px wide and does not show the matrix's table`,
    );
  }
  const rows = root.querySelectorAll(ROW).length;
  const marked = root.querySelectorAll('td.selected').length;
  if (rows !== roles || marked !== roles) {
    throw new Error(
      `<${host.localName}> shows ${rows} of ${roles} roles, with ${marked} cells of the selected column marked`,
    );
  }
  return {
    width: host.offsetWidth,
    rows,
    columns: root.querySelectorAll('thead th[scope="col"]').length - 1,
    cells: root.querySelectorAll('tbody td').length,
    // The list layout is built as well, hidden by the container query, and updated with it.
    listEntries: root.querySelectorAll('.list dl > div').length,
    ...countNodes(root),
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
 * First render of the matrix, interleaved with two things that show the same content with no
 * framework: its floor (its own markup and stylesheets, as for the wheel) and a bare, unstyled
 * <table> of the same text, built in Node from core's whoDoesWhat() as an HTML string
 * (`table`) and set with innerHTML in a <div> in the same 1100 px container. The matrix is
 * given its data before connecting and checks it with its validator on the way, as on any
 * page that sets `data`.
 */
async function matrixFirstRender({ cycle, roles, table, warmup, runs }) {
  matrixStage.replaceChildren();
  const drawMatrix = async () => {
    const el = document.createElement('ec-who-does-what');
    el.data = cycle;
    matrixStage.append(el);
    await untilDrawn(el, roles, ROW);
    return el;
  };
  const sample = await drawMatrix();
  await nextFrame();
  const want = checkMatrix(sample, roles);
  const floor = captureFloor(sample);
  sample.remove();

  return interleave(
    {
      matrix: { draw: drawMatrix, check: (el) => checkMatrix(el, roles) },
      floor: {
        draw: () => drawFloor(matrixStage, floor),
        check: (host) => {
          const got = checkMatrix(host, roles);
          if (got.cells !== want.cells || got.listEntries !== want.listEntries) {
            throw new Error(`the matrix's floor has ${got.cells} cells, the matrix ${want.cells}`);
          }
          return { ...got, markupChars: floor.chars };
        },
      },
      table: {
        draw: () => {
          const div = document.createElement('div');
          div.innerHTML = table;
          matrixStage.append(div);
          return div;
        },
        check: (div) => {
          const rows = div.querySelectorAll('tbody tr').length;
          const cells = div.querySelectorAll('tbody td').length;
          if (rows !== roles || cells !== want.cells) {
            throw new Error(
              `the bare table has ${rows} of ${roles} rows and ${cells} of ${want.cells} cells`,
            );
          }
          return { rows, cells, width: div.offsetWidth, ...countNodes(div) };
        },
      },
    },
    warmup,
    runs,
  );
}

/**
 * Selects each id in turn (warm-up runs first, not kept) and times `select()` up to
 * `updateComplete`, and up to forced style and layout; a frame passes between runs, as it
 * would between two clicks, so each run starts from a rendered, clean state.
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

// The helpers are there too, to look at each contender by hand (they are not timed on their own).
globalThis.ecBench = {
  info,
  selection,
  wheelFirstRender,
  matrixSelection,
  matrixFirstRender,
  sunburstOption,
  captureFloor,
  drawFloor,
};
document.documentElement.dataset.benchReady = 'true';
