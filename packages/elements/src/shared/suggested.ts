/**
 * How content this project suggests (no published source states it) is marked, the same in
 * the guide and the matrix: a short word on each item, and its meaning said once per view,
 * so a screen reader does not hear the whole explanation after every cell.
 */
import { css, html, nothing } from 'lit';
import type { PartLanguages } from './cycle-element.js';
import type { SuggestedStrings } from './localize.js';

/** The mark after a suggested item; nothing for a published one. */
export function suggestedMark(basis: string | undefined, t: SuggestedStrings, langs: PartLanguages) {
  if (basis !== 'suggested') return nothing;
  return html` <span class="suggested" part="suggested" lang=${langs.ui ?? nothing}>${t.suggested}</span>`;
}

/** Says once what the mark means: shown under a view that has any suggested item. */
export function suggestedKey(t: SuggestedStrings, langs: PartLanguages) {
  return html`<p class="suggested-key" part="suggested-key" lang=${langs.ui ?? nothing}>
    <span class="suggested">${t.suggested}</span>: ${t.suggestedExplained}.
  </p>`;
}

export const suggestedStyles = css`
  .suggested-key {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--ec-color-text-secondary);
  }
`;
