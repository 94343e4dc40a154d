import { css } from 'lit';

/**
 * The form follows NHS.UK frontend: 2px dark edges on controls, errors in red with a thick
 * left bar, the yellow focus with a dark underline, and every target at least 44px high.
 */
export const assessmentStyles = css`
  :host {
    display: block;
    max-width: 100%;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }

  .base > * {
    margin: 0;
    min-width: 0;
  }

  .title {
    font-size: 1.5rem;
    line-height: 1.25;
  }

  :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  p {
    margin: 0 0 0.5rem;
  }

  ul,
  ol {
    margin: 0 0 0.5rem;
    padding-left: 1.5rem;
  }

  .progress {
    font-weight: bold;
  }

  .group {
    display: grid;
    gap: 1rem;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .item {
    display: grid;
    gap: 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--ec-color-border);
  }

  /* The part selected on a linked wheel: a thick bar, not a colour alone, beside it. */
  .item.current {
    border-left: 6px solid var(--ec-color-text);
    padding-left: 0.75rem;
    scroll-margin: 1rem;
  }

  .item {
    scroll-margin: 1rem;
  }

  /* With a comparison: how the level moved since the earlier file. */
  .change {
    margin: 0;
    font-weight: bold;
  }

  .change-label {
    font-weight: normal;
  }

  .comparing {
    margin: 0;
    flex-basis: 100%;
  }

  .item > legend {
    padding: 0;
    float: left;
    width: 100%;
  }

  .item-title {
    margin: 0;
  }

  legend {
    padding: 0;
    font-weight: bold;
  }

  .prompts {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--ec-color-border);
  }

  .prompts-title {
    margin: 0;
    font-weight: bold;
  }

  .prompts ul {
    margin: 0;
  }

  .levels {
    display: grid;
    gap: 0.25rem;
  }

  .radio {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  /* The label is the target: the row is 44px high at least, and a click anywhere on it rates. */
  .radio label {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 44px;
    padding: 0.5rem 0;
    box-sizing: border-box;
    cursor: pointer;
  }

  input[type='radio'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.625rem 0 0;
    accent-color: var(--ec-color-link);
    cursor: pointer;
  }

  .radio-label {
    font-weight: bold;
  }

  .hint {
    color: var(--ec-color-text-secondary);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }

  .field > p {
    margin: 0;
  }

  .field label {
    font-weight: bold;
  }

  input[type='text'],
  input[type='url'],
  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    max-width: 40rem;
    min-height: 44px;
    padding: 0.5rem;
    border: 2px solid var(--ec-color-text);
    border-radius: 0;
    background: var(--ec-color-surface);
    color: var(--ec-color-text);
    font: inherit;
  }

  select {
    width: auto;
    max-width: 100%;
  }

  input[type='file'] {
    max-width: 100%;
    min-height: 44px;
    font: inherit;
  }

  .field-invalid {
    padding-left: 0.75rem;
    border-left: 4px solid var(--ec-color-error);
  }

  .field-invalid input {
    border-color: var(--ec-color-error);
  }

  .field-error {
    color: var(--ec-color-error);
    font-weight: bold;
  }

  .evidence {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .evidence > * {
    max-width: 100%;
  }

  .link {
    display: grid;
    gap: 0.5rem;
    width: 100%;
    max-width: 40rem;
    box-sizing: border-box;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--ec-color-border);
  }

  .link-title {
    margin: 0;
    font-weight: bold;
  }

  .link .button {
    justify-self: start;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  .table-scroll:focus-visible {
    outline: 4px solid var(--ec-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--ec-color-focus-text);
  }

  input[type='radio']:focus-visible,
  input[type='file']:focus-visible {
    outline: 4px solid var(--ec-color-focus-text);
    box-shadow: 0 0 0 8px var(--ec-color-focus);
  }

  .error-summary {
    padding: 1rem;
    border: 4px solid var(--ec-color-error);
  }

  .error-summary:focus {
    outline: 4px solid var(--ec-color-focus);
    outline-offset: 0;
  }

  .error-summary ul {
    margin: 0;
    list-style: none;
    padding: 0;
  }

  .error-summary a {
    color: var(--ec-color-error);
    font-weight: bold;
  }

  a:focus-visible {
    outline: 4px solid transparent;
    background: var(--ec-color-focus);
    color: var(--ec-color-focus-text);
    box-shadow:
      0 -2px var(--ec-color-focus),
      0 4px var(--ec-color-focus-text);
    text-decoration: none;
  }

  .warnings {
    padding: 1rem;
    border: 4px solid var(--ec-color-text-secondary);
  }

  .warnings ul {
    margin: 0;
  }

  code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
  }

  .check {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .notice:empty {
    display: none;
  }

  .section {
    border-top: 1px solid var(--ec-color-border);
    padding-top: 0.75rem;
  }

  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--ec-color-border);
    text-align: left;
    vertical-align: top;
  }

  .file {
    display: grid;
    gap: 0.75rem;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .confirm {
    padding: 0.75rem;
    border-left: 4px solid var(--ec-color-error);
  }

  .confirm p:focus {
    outline: 4px solid var(--ec-color-focus);
  }

  .saved {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--ec-color-link);
  }

  .saved p {
    margin: 0;
  }

  .button.danger {
    border-color: var(--ec-color-error);
    color: var(--ec-color-error);
  }

  /*
   * On paper: the answers, not the controls. Only the chosen level is printed, each part is
   * kept on one page where it fits, and what only works on screen (buttons, opening a file,
   * the saved-copy line) is left out. Evidence addresses print as typed, in full.
   */
  /*
   * On paper: the report, not the form. It is drawn only for print (never on screen, so it is
   * read once), in black on white with no colour to lose in greyscale, on A4 or any size:
   * each part kept on one page where it fits, addresses written out and broken anywhere.
   */
  .report {
    display: none;
  }

  @media print {
    .base > :not(.report, .credit) {
      display: none;
    }
    .report {
      display: block;
      color: #000;
      background: #fff;
    }
    .report h1,
    .report h2,
    .report h3,
    .report h4,
    .report h5,
    .report h6 {
      margin: 1rem 0 0.25rem;
      break-after: avoid;
    }
    .report-item {
      break-inside: avoid;
      padding: 0.25rem 0 0.5rem;
      border-top: 1px solid #000;
    }
    .report dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.125rem 1rem;
      margin: 0.25rem 0;
    }
    .report dt {
      font-weight: bold;
    }
    .report dd,
    .report ul,
    .report ol {
      margin: 0;
    }
    .report ul {
      padding-left: 1.25rem;
    }
    .report .url {
      overflow-wrap: anywhere;
    }
  }

  @media (forced-colors: active) {
    .error-summary,
    .field-invalid,
    .warnings,
    .confirm,
    .item.current {
      border-color: CanvasText;
    }
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;
