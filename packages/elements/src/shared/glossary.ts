/**
 * "Words used here": the glossary terms a view uses, as a definition list. A list in the
 * page, not a tooltip, so screen readers, keyboard users, phones and paper all get it.
 */
import { css, html, nothing } from 'lit';
import { GLOSSARY_WORDS_EN, type GlossaryTerm, type GlossaryWords } from '@engagement-cycle/core';
import type { PartLanguages } from './cycle-element.js';

/** The list's words: core holds them, as the HTML export says them too. */
export type GlossaryStrings = GlossaryWords;

export const glossaryStrings: GlossaryStrings = GLOSSARY_WORDS_EN;

/** The list's body (the caller gives it a heading at the right level). */
export function renderTerms(terms: readonly GlossaryTerm[], t: GlossaryStrings, langs: PartLanguages) {
  if (!terms.length) return nothing;
  return html`<p class="glossary-note" lang=${langs.ui ?? nothing}>${t.glossaryNote}</p>
    <dl class="glossary" part="glossary">
      ${terms.map(
        (term) =>
          html`<dt>${term.term}</dt>
            <dd>${term.definition}</dd>`,
      )}
    </dl>`;
}

export const glossaryStyles = css`
  .glossary-note {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--ec-color-text-secondary);
  }

  .glossary {
    margin: 0;
  }

  .glossary dt {
    font-weight: bold;
  }

  .glossary dd {
    margin: 0 0 0.5rem;
  }
`;
