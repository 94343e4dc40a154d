/**
 * Loads an element's module the first time its tag appears in the document, as Web Awesome's
 * autoloader does: the main entry uses it for the self-assessment, and the CDN loader
 * (`loader.ts`) for every element, so a page downloads only the code of the tags it has.
 * One observer watches for all the tags given, and stops once each has been seen.
 * Tags inside other shadow roots are not seen: a page that builds one there imports the
 * element's own entry instead (the composite's entry brings the parts it draws itself).
 */
import { isServer } from 'lit';

export function defineOnUse(loaders: Record<string, () => Promise<unknown>>): void {
  if (isServer || typeof document === 'undefined') return;
  // A live list per tag: reading its length on every mutation costs next to nothing.
  const waiting = new Map<string, HTMLCollectionOf<Element>>();
  for (const tag of Object.keys(loaders))
    if (!customElements.get(tag)) waiting.set(tag, document.getElementsByTagName(tag));
  const check = () => {
    for (const [tag, found] of waiting) {
      if (!found.length) continue;
      waiting.delete(tag);
      // Another copy of the code may have defined it meanwhile; then there is nothing to load.
      if (customElements.get(tag)) continue;
      loaders[tag]!().catch((error: unknown) =>
        console.error(`engagement-cycle: <${tag}> could not be loaded.`, error),
      );
    }
    if (!waiting.size) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  check();
  if (waiting.size) observer.observe(document, { childList: true, subtree: true });
}
