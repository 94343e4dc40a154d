import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

const TAGS = 'ec-cycle-wheel, ec-stage-guide, ec-who-does-what, ec-engagement-cycle';

/**
 * Waits until every engagement-cycle element in `root` (and in their shadow trees) has read
 * its data, or is loading a `src`, or has failed: no element is still in the silent first
 * moment while the default data arrives.
 */
export async function settled(root: Element): Promise<void> {
  const all = (node: Element): Element[] => {
    const found = [...(node.matches(TAGS) ? [node] : []), ...node.querySelectorAll(TAGS)];
    for (const el of [...found])
      if (el.shadowRoot) for (const inner of el.shadowRoot.querySelectorAll(TAGS)) found.push(...all(inner));
    return [...new Set(found)];
  };
  await waitUntil(() => {
    const els = all(root);
    return els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading:not([role])'));
  }, 'an element never read its data');
  await Promise.all(
    all(root).map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
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

/** Runs `body` with console.warn and console.error silenced (for states that log on purpose). */
export async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const { warn, error } = console;
  console.warn = () => {};
  console.error = () => {};
  try {
    return await body();
  } finally {
    console.warn = warn;
    console.error = error;
  }
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
