/**
 * Language of parts (WCAG 3.1.2): an element's interface speaks the page's language, while
 * the cycle's content may be in another (the default content is English, and a Welsh page
 * shows it with Welsh interface words). Where the two differ, content is marked with the
 * cycle's `lang` and interface words inside it with the interface's.
 */
import type { Cycle } from '@engagement-cycle/core';
import { resolveLang } from './localize.js';

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

export function partLanguages(host: Element, cycle: Cycle): { content?: string; ui?: string } {
  const ui = resolveLang(host);
  const content = cycle.lang;
  return content && primary(content) !== primary(ui) ? { content, ui } : {};
}
