import { waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  sendKeys,
  sendMouse,
  setViewport as setPuppeteerViewport,
} from '@web/test-runner-commands';
import type { StageSelectDetail } from '../src/index.js';

// ---------------------------------------------------------------------------------------
// The engine, and what the test tools can do in it.

/**
 * The engine running the test: Chromium and Firefox through Puppeteer, WebKit (WebKitGTK's
 * MiniBrowser) through WebDriver classic (see test/support/webkit.js). Chromium's and
 * WebKit's user agents both say "AppleWebKit" and "Safari"; only Chromium's says "Chrome".
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome')
    ? 'chromium'
    : 'webkit';

/**
 * Sizes the viewport: the runner's setViewport in Chromium and Firefox; in WebKit, which the
 * runner can only drive over WebDriver, the window is sized until the viewport is as asked.
 */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webdriver-viewport', viewport);
  else await setPuppeteerViewport(viewport);
}

/** Presses `key` with `modifier` held (Shift+Tab, say), in every engine. */
export async function pressWith(modifier: 'Shift' | 'Control' | 'Alt', key: string): Promise<void> {
  if (engine === 'webkit') {
    await executeServerCommand('webdriver-chord', { modifier, key });
    return;
  }
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

const TAGS = 'ec-cycle-wheel, ec-stage-guide, ec-who-does-what, ec-engagement-cycle, ec-self-assessment';

/**
 * Waits until every engagement-cycle element in `root` (and in their shadow trees) has read
 * its data, or is loading a `src`, or has failed: no element is still in the silent first
 * moment while the default data arrives. It looks every `interval` ms.
 */
export async function settled(root: Element, { interval = 50 } = {}): Promise<void> {
  const all = (node: Element): Element[] => {
    const found = [...(node.matches(TAGS) ? [node] : []), ...node.querySelectorAll(TAGS)];
    for (const el of [...found])
      if (el.shadowRoot) for (const inner of el.shadowRoot.querySelectorAll(TAGS)) found.push(...all(inner));
    return [...new Set(found)];
  };
  await waitUntil(
    () => {
      const els = all(root);
      return els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading:not([role])'));
    },
    'an element never read its data',
    { interval },
  );
  await Promise.all(
    all(root).map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
}

/**
 * Takes the fragment off the page address after a test that set one. WebKit refuses more than
 * 100 replaceState calls in 10 s (mountMany with sync-url makes 200); then the fragment stays
 * until the browser allows again, which no later test in the file minds (each test file gets
 * a fresh page).
 */
export function clearAddress(): void {
  if (!location.hash) return;
  try {
    history.replaceState(null, '', location.pathname + location.search);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'SecurityError')) throw error;
  }
}

/**
 * Runs `body` while counting every listener added to and removed from `window` and
 * `document`; returns the net count per `target:type`, which is 0 when nothing leaked.
 */
export async function countListeners(body: () => Promise<void>): Promise<Map<string, number>> {
  const live = new Map<string, number>();
  const targets = [window, document] as const;
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    const name = i === 0 ? 'window' : 'document';
    const count = (type: string, by: number) =>
      live.set(`${name}:${type}`, (live.get(`${name}:${type}`) ?? 0) + by);
    t.addEventListener = function (this: unknown, type: string, ...rest: unknown[]) {
      count(type, 1);
      return (originals[i]![0] as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof t.addEventListener;
    t.removeEventListener = function (this: unknown, type: string, ...rest: unknown[]) {
      count(type, -1);
      return (originals[i]![1] as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof t.removeEventListener;
  });
  try {
    await body();
  } finally {
    targets.forEach((t, i) => {
      t.addEventListener = originals[i]![0];
      t.removeEventListener = originals[i]![1];
    });
  }
  return live;
}

/** Mounts and unmounts `tag` `times` times with `attributes`, selecting a stage each time. */
export async function mountMany(tag: string, attributes: string[], times = 200): Promise<void> {
  const parent = document.createElement('div');
  document.body.append(parent);
  for (let i = 0; i < times; i++) {
    const el = document.createElement(tag) as HTMLElement & { select(id: string): void };
    for (const a of attributes) el.setAttribute(a, '');
    parent.append(el);
    await settled(el);
    el.select(`stage-${(i % 5) + 1}`);
    el.remove();
  }
  parent.remove();
}

/** Clicks the middle of `element` with the real mouse (a script's click() looks like a key press). */
export async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
  await sendMouse({ type: 'move', position: [0, 0] });
}

// ---------------------------------------------------------------------------------------
// The console, as the page author sees it.

/** What `captureConsole` saw: the arguments of every call, per method, and what body returned. */
export interface Captured<T> {
  warn: unknown[][];
  error: unknown[][];
  log: unknown[][];
  result: T;
}

/**
 * Runs `body` while catching what it writes to console.warn, console.error and console.log
 * (nothing reaches the real console), then puts the console back, also when body throws.
 * Tests assert on what was caught: a warning is part of what a page author sees.
 */
export async function captureConsole<T>(body: () => T | Promise<T>): Promise<Captured<T>> {
  /* eslint-disable no-console -- swapping the console's methods is what this helper is for */
  const caught = { warn: [] as unknown[][], error: [] as unknown[][], log: [] as unknown[][] };
  const methods = ['warn', 'error', 'log'] as const;
  const originals = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void caught[m].push(args);
  try {
    const result = await body();
    return { ...caught, result };
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]!));
  }
  /* eslint-enable no-console */
}

/** The caught calls as lines of text, as the console would print them. */
export const lines = (calls: unknown[][]): string[] => calls.map((args) => args.map(String).join(' '));

// ---------------------------------------------------------------------------------------
// Events.

const describeTarget = (target: EventTarget) =>
  target instanceof Element ? `<${target.localName}>` : target === document ? 'document' : 'window';

/**
 * Runs `body` and returns every `type` event that reached `target` while it ran. When body has
 * returned and none has yet, waits up to `timeout` ms for the first (some arrive a task later:
 * an address change, a key press); fails with a message naming the event if none comes.
 */
export async function expectEvent<D = StageSelectDetail>(
  target: EventTarget,
  type: string,
  body: () => unknown,
  { timeout = 2000 } = {},
): Promise<CustomEvent<D>[]> {
  const events: CustomEvent<D>[] = [];
  const listener = (event: Event) => void events.push(event as CustomEvent<D>);
  target.addEventListener(type, listener);
  try {
    await body();
    if (!events.length)
      await waitUntil(() => events.length > 0, `no ${type} event reached ${describeTarget(target)}`, {
        timeout,
        interval: 10,
      });
    return events;
  } finally {
    target.removeEventListener(type, listener);
  }
}

/** Runs `body` and fails if a `type` event reached `target` meanwhile (or within one more frame). */
export async function expectNoEvent(target: EventTarget, type: string, body: () => unknown): Promise<void> {
  const events: Event[] = [];
  const listener = (event: Event) => void events.push(event);
  target.addEventListener(type, listener);
  try {
    await body();
    await new Promise(requestAnimationFrame);
  } finally {
    target.removeEventListener(type, listener);
  }
  if (events.length) {
    const details = events.map((e) => JSON.stringify((e as CustomEvent).detail));
    throw new Error(`expected no ${type} event on ${describeTarget(target)}, got ${details.join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------
// Motion.

/** Every animation and transition in `el`, its light subtree and every shadow tree inside. */
function animationsIn(el: Element): Animation[] {
  const found = el.getAnimations({ subtree: true });
  const hosts = [el, ...el.querySelectorAll('*')].filter((e) => e.shadowRoot);
  for (const host of hosts) for (const inner of host.shadowRoot!.children) found.push(...animationsIn(inner));
  return [...new Set(found)];
}

/**
 * Waits until nothing moves in `el` (or in the shadow trees inside it): every transition and
 * animation running or about to run has finished or been cancelled. Use it where a test
 * reads a colour or a position that a transition is still changing.
 */
export async function motionSettled(el: Element): Promise<void> {
  for (;;) {
    const moving = animationsIn(el).filter((a) => a.playState === 'running' || a.pending);
    if (!moving.length) return;
    await Promise.all(moving.map((a) => a.finished.catch(() => undefined)));
  }
}

/**
 * Runs `body` with motion off, as a reader who asked their system for reduced motion sees
 * the page: `prefers-reduced-motion: reduce` is emulated where the browser can (Chromium), so
 * transitions and the wheel's turn are left out. Firefox, driven through WebDriver BiDi, and
 * WebKit, driven through WebDriver classic, cannot emulate it; there body runs with motion as it is, and gets `emulated = false` (a
 * test about reduced motion itself then skips). Pair with `motionSettled` to wait for what
 * still moves.
 */
export async function withoutMotion<T>(body: (emulated: boolean) => Promise<T>): Promise<T> {
  // Firefox through WebDriver BiDi and WebKit through WebDriver classic cannot emulate media
  // features; asking only prints the server's stack trace into the test log.
  let emulated = engine === 'chromium';
  try {
    if (emulated) await emulateMedia({ reducedMotion: 'reduce' });
  } catch {
    emulated = false;
  }
  try {
    return await body(emulated);
  } finally {
    if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
  }
}

// ---------------------------------------------------------------------------------------
// The accessibility tree (Chromium).

/** A node of the accessibility tree, as test/support/ax-tree.js gives it. */
export interface AxNode {
  id: string;
  /** The id of the nearest ancestor in the same answer, or null. */
  parent: string | null;
  role: string;
  name: string;
  description?: string;
  selected?: boolean;
  focused?: boolean;
  focusable?: boolean;
  expanded?: boolean;
  pressed?: boolean | 'mixed';
  disabled?: boolean;
  level?: number;
  live?: string;
  /** The role and name of each node that this one's aria-controls points at. */
  controls?: { role: string; name: string }[];
}

/**
 * The page's accessibility tree as Chromium gives it to screen readers (across shadow roots,
 * with ElementInternals roles and names), in reading order; only nodes of `roles` if given.
 * Null where the browser has no DevTools protocol (Firefox): the caller skips.
 */
export async function axTree(roles?: string[]): Promise<AxNode[] | null> {
  const answer = await executeServerCommand<AxNode[] | false, { roles?: string[] }>('ax-tree', { roles });
  return answer || null;
}

/**
 * Reads the accessibility tree until `check` passes (it throws, e.g. with `expect`, while the
 * tree is not yet as wanted): the browser updates the tree a moment after the DOM changes.
 * Rethrows the last failure after `timeout` ms. Null where there is no DevTools protocol.
 */
export async function axTreeWhen(
  roles: string[] | undefined,
  check: (tree: AxNode[]) => void,
  { timeout = 2000 } = {},
): Promise<AxNode[] | null> {
  const started = performance.now();
  for (;;) {
    const tree = await axTree(roles);
    if (!tree) return null;
    try {
      check(tree);
      return tree;
    } catch (error) {
      if (performance.now() - started > timeout) throw error;
    }
    await new Promise(requestAnimationFrame);
  }
}
