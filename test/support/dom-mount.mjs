// Mounts every element in an emulated DOM, as a team's unit tests would (Vitest's and Jest's
// jsdom and happy-dom environments copy the window's names onto the global object). Run with
// `node --conditions=browser dom-mount.mjs jsdom|happy-dom OUT.json`, so Lit loads its browser
// build, as those environments do. Writes to OUT.json what each element shows, and every error.
import { writeFileSync } from 'node:fs';

const [env, out] = process.argv.slice(2);
const problems = [];
const shown = {};
process.on('unhandledRejection', (reason) =>
  problems.push(`unhandled rejection: ${reason?.stack ?? reason}`),
);
process.on('uncaughtException', (error) => problems.push(`uncaught: ${error?.stack ?? error}`));
// Whatever happens (a throw can leave an await that never ends), say what was seen.
process.on('exit', () => writeFileSync(out, JSON.stringify({ shown, problems })));

let win;
if (env === 'jsdom') {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (...args) => problems.push(`console.error: ${args.join(' ')}`));
  virtualConsole.on('warn', (...args) => problems.push(`console.warn: ${args.join(' ')}`));
  virtualConsole.on('jsdomError', (error) => problems.push(`jsdom: ${error.stack ?? error}`));
  const dom = new JSDOM('<!doctype html><html lang="en"><head></head><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
    virtualConsole,
  });
  win = dom.window;
} else if (env === 'happy-dom') {
  const { Window } = await import('happy-dom');
  win = new Window({ url: 'http://localhost/' });
  win.document.write('<!doctype html><html lang="en"><head></head><body></body></html>');
} else {
  throw new Error(`unknown environment "${env}" (jsdom, happy-dom)`);
}

// What the test environments do: every name of the window that Node lacks becomes a global.
for (const key of Object.getOwnPropertyNames(win)) {
  if (key in globalThis) continue;
  try {
    globalThis[key] = win[key];
  } catch {
    // A few getters throw outside their window; the environments skip them too.
  }
}
for (const key of ['window', 'document', 'navigator', 'self', 'location'])
  Object.defineProperty(globalThis, key, {
    value: key === 'window' || key === 'self' ? win : win[key],
    configurable: true,
  });
for (const key of ['Event', 'EventTarget', 'CustomEvent', 'MessageEvent', 'AbortController', 'AbortSignal'])
  if (win[key]) globalThis[key] = win[key];
const origError = console.error;
console.error = (...args) => {
  problems.push(`console.error: ${args.map((a) => a?.stack ?? a).join(' ')}`);
  origError(...args);
};
console.warn = (...args) => problems.push(`console.warn: ${args.join(' ')}`);

await import('@engagement-cycle/elements');
await import('@engagement-cycle/elements/self-assessment.js');

/** The text a reader would meet inside an element, across its shadow roots. */
function textOf(node) {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += child.data;
    else if (child.nodeType === 1 && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName)) {
      if (child.shadowRoot) text += ' ' + textOf(child.shadowRoot);
      text += ' ' + textOf(child);
    }
  }
  return text.replace(/\s+/g, ' ');
}

const pages = {
  wheel: '<ec-cycle-wheel id="wheel" selected="stage-2" rotate sync-url></ec-cycle-wheel>',
  guide: '<ec-stage-guide selected="stage-3"></ec-stage-guide>',
  matrix: '<ec-who-does-what selected="stage-1"></ec-who-does-what>',
  composite: '<ec-engagement-cycle selected="stage-4"></ec-engagement-cycle>',
  welsh: '<ec-engagement-cycle lang="cy" hide-matrix></ec-engagement-cycle>',
  assessment: '<ec-self-assessment heading-level="2"></ec-self-assessment>',
};
for (const [name, markup] of Object.entries(pages)) {
  document.body.innerHTML = markup;
  const el = document.body.firstElementChild;
  // The self-assessment loads its file with fetch and the default dataset with import():
  // both settle within a few rounds.
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const inner = el.shadowRoot
    ? [...el.shadowRoot.querySelectorAll('*')].filter((e) => e.localName.startsWith('ec-'))
    : [];
  for (const part of inner) await part.updateComplete;
  shown[name] = {
    text: el.shadowRoot ? textOf(el.shadowRoot) : '',
    tabs: [...(el.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])].map((t) =>
      t.getAttribute('aria-label'),
    ),
    selected: el.selected ?? null,
  };
}
// Interactions as a test would make them: a turning wheel moved on, and a matrix's cell
// focused (which brings it into view where there is a layout), then Next in the guide.
document.body.innerHTML = '<ec-cycle-wheel rotate selected="stage-1"></ec-cycle-wheel>';
const wheel = document.body.firstElementChild;
await wheel.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 20));
await wheel.updateComplete;
wheel.next();
await wheel.updateComplete;
shown.wheelAfterNext = { selected: wheel.selected };
document.body.innerHTML = '<ec-who-does-what></ec-who-does-what>';
const matrix = document.body.firstElementChild;
await matrix.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 20));
await matrix.updateComplete;
matrix.shadowRoot.querySelector('select, button, input')?.focus();
shown.matrixFocused = { focused: matrix.shadowRoot.activeElement?.localName ?? null };

document.body.innerHTML = '<ec-stage-guide selected="stage-1"></ec-stage-guide>';
const guide = document.body.firstElementChild;
await guide.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 20));
await guide.updateComplete;
guide.shadowRoot.querySelector('[part~="next-button"]')?.click();
await guide.updateComplete;
shown.afterNext = { selected: guide.selected };
document.body.innerHTML = '';
await new Promise((resolve) => setTimeout(resolve, 50));
shown.done = true;
process.exit(0);
