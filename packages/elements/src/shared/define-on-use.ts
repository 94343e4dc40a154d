/**
 * Loads an element's module the first time its tag appears in the document, so a page that
 * imports the main entry downloads a large element (the self-assessment) only if it uses it.
 * Tags inside other shadow roots are not seen: a page that builds one there imports the
 * element's own entry instead.
 */
import { isServer } from 'lit';

export function defineOnUse(tag: string, load: () => Promise<unknown>): void {
  if (isServer || typeof document === 'undefined' || customElements.get(tag)) return;
  const start = () =>
    load().catch((error: unknown) => console.error(`engagement-cycle: <${tag}> could not be loaded.`, error));
  // A live list: reading its length on every mutation costs next to nothing.
  const found = document.getElementsByTagName(tag);
  if (found.length) {
    void start();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!found.length) return;
    observer.disconnect();
    void start();
  });
  observer.observe(document, { childList: true, subtree: true });
}
