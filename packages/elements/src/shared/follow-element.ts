/**
 * How a guide or a matrix finds the element named by its `for` attribute: in the same
 * document or shadow tree, now or when it appears (it may come later in the page, be added
 * by script, or have its definition load later). Returns a function that stops looking.
 */
import { CycleElement } from './cycle-element.js';

export function findFor(host: Element, id: string, found: (target: CycleElement) => void): () => void {
  const root = host.getRootNode() as Document | ShadowRoot;
  let stopped = false;
  const look = (): boolean => {
    const target = root.getElementById?.(id);
    if (!target) return false;
    if (target instanceof CycleElement) {
      found(target);
    } else if (target.localName.includes('-') && !customElements.get(target.localName)) {
      // A custom element whose script has not run yet: wait for its definition.
      void customElements.whenDefined(target.localName).then(() => {
        if (!stopped && target instanceof CycleElement) found(target);
      });
    } else {
      console.warn(
        `engagement-cycle: #${id} is not an engagement-cycle element; <${host.localName}> stands alone.`,
      );
    }
    return true;
  };
  if (look()) return () => (stopped = true);
  const watcher = new MutationObserver(() => {
    if (look()) watcher.disconnect();
  });
  watcher.observe(root, { childList: true, subtree: true });
  return () => {
    stopped = true;
    watcher.disconnect();
  };
}
