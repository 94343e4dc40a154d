import { css } from 'lit';

export const guideStyles = css`
  :host {
    display: block;
    max-width: 100%;
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    gap: 1rem;
  }

  /* "Stage 2 of 5" is part of the heading, so heading navigation and the outline say where the
     stage sits; it is drawn as a small line above the title. */
  .eyebrow {
    display: block;
    margin: 0 0 0.25rem;
    font-size: 1rem;
    color: var(--ec-color-text-secondary);
    font-weight: bold;
  }

  .title-text {
    display: block;
  }

  /* The same size whatever heading level the page asks for, above the sections'. */
  .title {
    margin: 0.25rem 0 0.75rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .engages {
    margin: 0 0 1rem;
  }

  .section {
    border-top: 1px solid var(--ec-color-border);
    padding-top: 0.75rem;
    margin-top: 0.75rem;
  }

  .section > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }

  .section :is(h3, h4, h5, h6) {
    font-size: 1rem;
  }

  ul,
  ol {
    margin: 0 0 0.5rem;
    padding-left: 1.5rem;
  }

  p {
    margin: 0 0 0.5rem;
  }

  .consideration {
    margin: 0 0 0.5rem;
  }

  summary {
    cursor: pointer;
    color: var(--ec-color-link);
    font-weight: bold;
    padding: 0.25rem 0;
    min-height: 24px;
  }

  .consideration-title {
    font-weight: bold;
  }

  .roles dt {
    font-weight: bold;
  }

  .roles dd {
    margin: 0 0 0.5rem 0;
  }

  .note,
  .follows {
    margin: 0.25rem 0 0.5rem;
    font-size: 0.875rem;
    color: var(--ec-color-text-secondary);
  }

  .note-label {
    font-weight: bold;
  }

  .period {
    font-weight: normal;
  }

  /* The framework is a real table; in a narrow space it scrolls inside its own box. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    /* Its width comes from the guide, never from the table: without this, the table's
       narrowest layout would widen the guide (and the page) at 320 px. */
    contain: inline-size;
  }

  .table-scroll:focus-visible {
    outline: 4px solid var(--ec-color-focus);
    outline-offset: 2px;
  }

  .framework {
    border-collapse: collapse;
    margin-bottom: 0.5rem;
  }

  .framework th,
  .framework td {
    padding: 0.5rem;
    border: 1px solid var(--ec-color-border);
    text-align: left;
    vertical-align: top;
  }

  .suggested {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: var(--ec-radius);
    font-size: 0.875rem;
    font-weight: normal;
    color: var(--ec-color-text-secondary);
  }

  a {
    color: var(--ec-color-link);
  }

  a:focus-visible,
  summary:focus-visible {
    outline: 4px solid transparent;
    background: var(--ec-color-focus);
    color: var(--ec-color-focus-text);
    box-shadow:
      0 -2px var(--ec-color-focus),
      0 4px var(--ec-color-focus-text);
    text-decoration: none;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .print {
    display: none;
  }

  @media print {
    .screen,
    .nav,
    .live {
      display: none;
    }
    .print {
      display: block;
    }
    .print .stage {
      break-inside: auto;
    }
    .print .stage + .stage {
      break-before: page;
    }
    a {
      color: inherit;
    }
    .stage a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }

  @media (forced-colors: active) {
    .suggested {
      border-color: ButtonText;
    }
    a:focus-visible,
    summary:focus-visible {
      outline: 4px solid Highlight;
    }
  }
`;
