/**
 * Interface words with content inside them ("Hub: Engagement strategy…", "Part of: Analyse &
 * plan"), each part marked with its own language (WCAG 3.1.2). On a Welsh page showing the
 * English default content, a screen reader then reads "Canolbwynt:" in Welsh and the title in
 * English, instead of one voice for both.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PartLanguages } from './cycle-element.js';

// A character no string function will add, to find where the content goes in its output.
const SLOT = '\u{E000}';

/**
 * Renders `words(content)` with the content in its own `lang` span. The words function may be
 * a page's own override: wherever it puts the content (or twice, or not at all), the output
 * reads the same as the plain string would.
 */
export function mixed(
  words: (content: string) => string,
  content: string,
  langs: PartLanguages,
): TemplateResult | string {
  if (!langs.content) return words(content);
  const parts = words(SLOT).split(SLOT);
  return html`${parts.map(
    (part, i) =>
      html`${part ? html`<span lang=${langs.ui ?? nothing}>${part}</span>` : nothing}${
        i < parts.length - 1 ? html`<span lang=${langs.content!}>${content}</span>` : nothing
      }`,
  )}`;
}
