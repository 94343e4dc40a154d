import { css } from 'lit';

export const matrixStyles = css`
  :host {
    display: block;
    max-width: 100%;
    line-height: 1.4;
    /* Narrow spaces get the list layout; see the container query below. */
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    /* minmax(0, …): without it the grid grows to the table's width and the page scrolls
       sideways instead of the table's own box. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
  }

  /* The filter may shrink below its longest option rather than push the page sideways (for
     example with wider text spacing, WCAG 1.4.12). */
  .field {
    display: grid;
    gap: 0.25rem;
    font-weight: bold;
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
    max-width: 100%;
  }

  select,
  input {
    font: inherit;
  }

  select {
    max-width: 100%;
    min-height: 40px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--ec-color-text);
    border-radius: var(--ec-radius);
    background: var(--ec-color-surface);
    color: var(--ec-color-text);
  }

  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 40px;
  }

  .check input {
    width: 24px;
    height: 24px;
    margin: 0;
  }

  .role-title,
  .role-description {
    display: block;
  }

  .role-description {
    margin-top: 0.125rem;
    font-size: 0.875rem;
    font-weight: normal;
    color: var(--ec-color-text-secondary);
  }

  .list .role-description {
    margin: 0 0 0.25rem;
  }

  .terms-heading {
    margin: 0 0 0.25rem;
    font-weight: bold;
  }

  .count,
  .empty {
    margin: 0;
  }

  .scroll {
    /* Holds the absolutely placed screen-reader text of the cells inside the box; without it
       that text escapes and makes the host page scroll. */
    position: relative;
    overflow: auto;
    max-height: var(--ec-matrix-max-height, 70vh);
    border: 1px solid var(--ec-color-border);
  }

  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    background: var(--ec-color-surface);
  }

  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.25;
  }

  caption {
    text-align: left;
    font-weight: bold;
    font-size: 1.125rem;
    padding: 0.5rem;
  }

  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--ec-color-border);
    border-right: 1px solid var(--ec-color-border);
    text-align: left;
    vertical-align: top;
    min-width: 10rem;
    background: var(--ec-color-surface);
  }

  /* Headings stay in view while the table scrolls in either direction. */
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    vertical-align: bottom;
  }

  th[scope='row'],
  th.corner {
    position: sticky;
    left: 0;
    z-index: 1;
    min-width: 9rem;
    max-width: 14rem;
  }

  th.corner {
    z-index: 3;
  }

  /* The caption and the role-group names span the whole table; their text stays at the left
     of the scrolling box while the table scrolls sideways under it. */
  .stay {
    display: inline-block;
    position: sticky;
    left: 0.5rem;
  }

  tr.group th {
    background: var(--ec-color-surface);
    font-size: 1rem;
    padding-top: 1rem;
  }

  thead button {
    font: inherit;
    font-weight: bold;
    text-align: left;
    width: 100%;
    min-height: 44px;
    padding: 0.25rem;
    /* No border: forced colours would draw even a transparent one, under every button. */
    border: 0;
    background: none;
    color: var(--ec-color-link);
    cursor: pointer;
  }

  thead button[aria-pressed='true'] {
    color: var(--ec-color-text);
    box-shadow: inset 0 -4px var(--ec-color-text);
  }

  .selected,
  th.selected {
    background: var(--ec-matrix-selected-background);
  }

  td.selected {
    box-shadow:
      inset 3px 0 var(--ec-color-link),
      inset -3px 0 var(--ec-color-link);
  }

  .suggested {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: var(--ec-radius);
    font-size: 0.875rem;
    color: var(--ec-color-text-secondary);
  }

  .none {
    color: var(--ec-color-text-secondary);
  }

  select:focus-visible,
  input:focus-visible,
  .scroll:focus-visible {
    outline: 4px solid var(--ec-color-focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--ec-color-focus);
  }

  thead button:focus-visible {
    background: var(--ec-color-focus);
    color: var(--ec-color-focus-text);
    outline: none;
    box-shadow: inset 0 -4px var(--ec-color-focus-text);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }

  .role {
    border-top: 4px solid var(--ec-color-link);
    padding-top: 0.5rem;
  }

  .role-name {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-weight: bold;
  }

  .group-name {
    font-weight: normal;
    color: var(--ec-color-text-secondary);
  }

  dl {
    margin: 0;
  }

  dl > div {
    padding: 0.25rem 0.5rem;
  }

  dt {
    font-weight: bold;
  }

  .list .selected {
    border-left: 4px solid var(--ec-color-link);
  }

  .selected-tag {
    font-weight: normal;
  }

  dd {
    margin: 0;
  }

  .narrow,
  .print-label {
    display: none;
  }

  /* Watched for the element's width (see ResizeController): as wide as the element, with no
     height, and out of the grid so it adds no gap. */
  .base {
    position: relative;
  }

  .probe {
    position: absolute;
    inset-inline: 0;
    height: 0;
  }

  @container (max-width: 40rem) {
    .wide {
      display: none;
    }
    .narrow {
      display: block;
    }
  }

  @media print {
    /* Firefox repeats a table's heading row on each page only outside grid and flex boxes. */
    .base {
      display: block;
    }
    .credit {
      margin-top: 0.75rem;
    }
    .controls,
    .count {
      display: none;
    }
    .wide {
      display: block;
    }
    .narrow {
      display: none;
    }
    .scroll {
      overflow: visible;
      max-height: none;
      border: 0;
    }
    thead th,
    th[scope='row'],
    th.corner {
      position: static;
    }
    th,
    td {
      min-width: 0;
      font-size: 9pt;
      padding: 0.25rem;
    }
    table {
      width: 100%;
    }
    /* Text headings, on every page, and rows kept whole with their role name (a group's name
       stays with its first role). */
    thead button {
      display: none;
    }
    .print-label {
      display: block;
      font-weight: bold;
    }
    tr {
      break-inside: avoid;
    }
    tr.group {
      break-after: avoid;
    }
  }

  @media (forced-colors: active) {
    td.selected,
    th.selected {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    /* Box shadows are not drawn here: the pressed button gets a real underline, and focus
       a real outline, inside the cell's own Highlight outline. */
    thead button[aria-pressed='true'] {
      border-bottom: 4px solid Highlight;
    }
    thead button:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: -6px;
    }
    .list .selected {
      border-left-color: Highlight;
    }
  }
`;
