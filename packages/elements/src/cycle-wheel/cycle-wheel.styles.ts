import { css } from 'lit';

export const wheelStyles = css`
  :host {
    display: block;
    max-width: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    gap: 0.75rem;
  }

  /* The square is reserved before any data arrives, so the page below never jumps. */
  .square {
    position: relative;
    width: 100%;
    aspect-ratio: 1 / 1;
  }

  .square > .loading,
  .square > .error {
    position: absolute;
    inset: 0;
  }

  .square > .loading::before {
    content: '';
    position: absolute;
    inset: 2%;
    border-radius: 50%;
    border: 0.75rem solid var(--ec-color-border);
  }

  .wheel {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    font-family: var(--ec-font-family);
    -webkit-tap-highlight-color: transparent;
  }

  [role='tab'] {
    cursor: pointer;
    outline: none;
  }

  .stage path {
    fill: var(--ec-stage-fill);
    transition: fill 0.15s;
  }

  /* Every label is centred on its point; set here once rather than on each node. */
  .texts text,
  .segment text {
    text-anchor: middle;
  }

  .texts {
    pointer-events: none;
  }

  /* Labels (and a linked self-assessment's marks) take their group's fill. */
  .stage-text {
    fill: var(--ec-stage-text);
  }

  .stage-text .number {
    font-weight: bold;
  }

  .stage:hover path {
    fill: var(--ec-stage-hover-fill);
  }

  .hub path {
    fill: var(--ec-hub-fill);
    stroke: var(--ec-hub-stroke);
    stroke-width: 5px;
    transition: fill 0.15s;
  }

  .hub-text {
    fill: var(--ec-hub-text);
  }

  [aria-selected='true'] path,
  .stage[aria-selected='true']:hover path {
    fill: var(--ec-stage-selected-fill);
    stroke: var(--ec-stage-selected-outline);
    stroke-width: 5px;
  }

  .selected {
    fill: var(--ec-stage-selected-text);
  }

  /* NHS.UK focus style: a ring of its own round the tab (see .focus-ring), dark inside and
     yellow outside; a tab that is not selected also turns yellow with dark text. The
     selected tab keeps its selected fill, so focus never hides which tab is selected. */
  [role='tab'][aria-selected='false']:focus-visible path {
    fill: var(--ec-color-focus);
  }

  .focused:not(.selected) {
    fill: var(--ec-color-focus-text);
  }

  /* Stroke widths in viewBox units (about 0.85 CSS px each in a 516 px wheel): the mask
     hides the inner half and the tab's own 5-unit edge, which leaves about 4 units of dark
     and 4 of yellow outside the tab. */
  .focus-ring {
    pointer-events: none;
  }

  .focus-ring > path {
    fill: none;
  }

  .focus-ring > .outer {
    stroke: var(--ec-color-focus);
    stroke-width: 21px;
  }

  .focus-ring > .inner {
    stroke: var(--ec-color-focus-text);
    stroke-width: 13px;
  }

  .segment .band {
    fill: var(--ec-segment-fill);
  }

  /* Only a guide for the ring's text: never painted. */
  .segment .text-path {
    fill: none;
    stroke: none;
  }

  .segment text {
    fill: var(--ec-segment-text);
  }

  .list ol {
    margin: 0;
    padding-left: 2rem;
  }

  .list li + li {
    margin-top: 0.25rem;
  }

  .list .hub-item {
    margin: 0 0 0.25rem;
    font-weight: bold;
  }

  .ring-note {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--ec-color-text-secondary);
  }

  .list .in-segment {
    color: var(--ec-color-text-secondary);
  }

  .list [aria-current='true'] {
    font-weight: bold;
  }

  @media (prefers-reduced-motion: reduce) {
    .stage path,
    .hub path {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .stage path,
    .hub path,
    .segment .band {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .stage-text,
    .hub-text,
    .segment text {
      fill: CanvasText;
    }
    [aria-selected='true'] path,
    .stage[aria-selected='true']:hover path {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 5px;
    }
    .selected {
      fill: HighlightText;
    }
    [role='tab'][aria-selected='false']:focus-visible path {
      fill: Canvas;
    }
    .focused:not(.selected) {
      fill: CanvasText;
    }
    .focus-ring > .outer {
      stroke: Highlight;
    }
    .focus-ring > .inner {
      stroke: CanvasText;
    }
  }
`;
