import { css } from 'lit';

/** Dark values, used by theme="dark" and by theme="auto" on a dark system. */
const dark = css`
  --ec-color-text: #f0f4f5;
  --ec-color-text-secondary: #d8dde0;
  --ec-color-surface: #1d2429;
  --ec-color-border: #768692;
  --ec-color-link: #8fc9ff;
  --ec-color-error: #ff8c82;
  --ec-stage-fill: #41b6e6;
  --ec-stage-text: #1d2429;
  --ec-stage-hover-fill: #78cbee;
  --ec-stage-selected-fill: #e8edee;
  --ec-stage-selected-text: #1d2429;
  --ec-stage-selected-outline: #ffffff;
  --ec-hub-fill: #1d2429;
  --ec-hub-stroke: #41b6e6;
  --ec-hub-text: #f0f4f5;
  --ec-segment-fill: #aeb7bd;
  --ec-segment-text: #1d2429;
`;

/**
 * Design tokens shared by every element: `--ec-*` custom properties with NHS.UK defaults.
 * A page overrides any of them on the element (`ec-cycle-wheel { --ec-stage-fill: … }`).
 * Dark colours apply with `theme="dark"`, or with `theme="auto"` when the reader's system
 * asks for dark; a page that is itself light is never turned dark behind its back.
 */
export const tokens = css`
  :host {
    --ec-color-text: #212b32;
    --ec-color-text-secondary: #4c6272;
    --ec-color-surface: #ffffff;
    --ec-color-border: #d8dde0;
    --ec-color-link: #005eb8;
    --ec-color-error: #d5281b;
    --ec-color-focus: #ffeb3b;
    --ec-color-focus-text: #212b32;
    --ec-stage-fill: #005eb8;
    --ec-stage-text: #ffffff;
    --ec-stage-hover-fill: #004b93;
    --ec-stage-selected-fill: #003087;
    --ec-stage-selected-text: #ffffff;
    --ec-stage-selected-outline: #212b32;
    --ec-hub-fill: #ffffff;
    --ec-hub-stroke: #005eb8;
    --ec-hub-text: #212b32;
    --ec-segment-fill: #425563;
    --ec-segment-text: #ffffff;
    --ec-font-family: 'Frutiger W01', Arial, 'Helvetica Neue', Helvetica, sans-serif;
    --ec-radius: 4px;

    color: var(--ec-color-text);
    font-family: var(--ec-font-family);
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  :host([theme='dark']),
  :host([theme='auto']) {
    background: var(--ec-color-surface);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
