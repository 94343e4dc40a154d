/**
 * The credit line every element shows with its content. CC BY-NC-SA asks that each public
 * copy refer to the licence by its address, and every site that embeds an element publishes
 * a copy, so the line links both the source and the licence deed, and prints their addresses.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { CREDIT_WORDS_EN, type CreditWords, type Cycle } from '@engagement-cycle/core';
import type { PartLanguages } from './cycle-element.js';

/** The credit's words: core holds them, as the HTML export says them too. */
export type CreditStrings = CreditWords;

export const creditStrings: CreditStrings = CREDIT_WORDS_EN;

const linkOrText = (label: string, href: string | undefined) =>
  href ? html`<a href=${href} part="credit-link">${label}</a>` : label;

/** `<p part="credit">`: the cycle's credit, then "Source: …. Licence: …." with their links. */
export function renderCredit(cycle: Cycle, t: CreditStrings, langs: PartLanguages): TemplateResult {
  const { source } = cycle;
  const ui = langs.ui ?? nothing;
  return html`<p class="credit" part="credit" lang=${langs.content ?? nothing}>
    ${source.credit}
    <span lang=${ui}>${t.creditSource}:</span> ${linkOrText(source.name, source.url)}.
    <span lang=${ui}>${t.creditLicence}:</span> ${linkOrText(source.licence.name, source.licence.url)}.
  </p>`;
}

/** The credit's look, the same in every element; `::part(credit)` and `::part(credit-link)` restyle it. */
export const creditStyles = css`
  .credit {
    margin: 0;
    font-size: 0.875rem;
    color: var(--ec-color-text-secondary);
  }

  .credit a {
    color: var(--ec-color-link);
  }

  .credit a:focus-visible {
    outline: 4px solid transparent;
    background: var(--ec-color-focus);
    color: var(--ec-color-focus-text);
    box-shadow:
      0 -2px var(--ec-color-focus),
      0 4px var(--ec-color-focus-text);
    text-decoration: none;
  }

  @media print {
    .credit a {
      color: inherit;
    }
    /* Paper cannot follow a link: print the address the licence asks for. */
    .credit a::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (forced-colors: active) {
    .credit a:focus-visible {
      outline: 4px solid Highlight;
    }
  }
`;
