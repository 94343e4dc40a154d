/**
 * How a guide or a matrix finds the element named by its `for` attribute: in the same
 * document or shadow tree, now or when it appears (it may come later in the page, or be
 * added by script). Returns a function that stops looking.
 */
import { CycleElement } from './cycle-element.js';

export function findFor(host: Element, id: string, found: (target: CycleElement) => void): () => void {
  const root = host.getRootNode() as Document | ShadowRoot;
  const look = (): boolean => {
    const target = root.getElementById?.(id);
    if (!target) return false;
    if (target instanceof CycleElement) found(target);
    else
      console.warn(
        `engagement-cycle: #${id} is not an engagement-cycle element; <${host.localName}> stands alone.`,
      );
    return true;
  };
  if (look()) return () => {};
  const watcher = new MutationObserver(() => {
    if (look()) watcher.disconnect();
  });
  watcher.observe(root, { childList: true, subtree: true });
  return () => watcher.disconnect();
}
