import { waitUntil } from '@open-wc/testing';

const TAGS = 'ec-cycle-wheel, ec-stage-guide, ec-engagement-cycle';

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
