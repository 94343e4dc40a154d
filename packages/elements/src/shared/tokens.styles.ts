import { css, unsafeCSS } from 'lit';
import { WHEEL_COLOURS as C, WHEEL_FONT } from '@engagement-cycle/core';

/**
 * Design tokens shared by every element: `--ec-*` custom properties with NHS.UK defaults,
 * each with its light value and, for colours that change, its dark value. One list, so the
 * light and dark blocks and the composite's hand-down to its parts cannot disagree. The light
 * colours of the wheel are core's palette, which the static SVG draws with too.
 */
const TOKENS: [name: string, light: string, dark?: string][] = [
  ['color-text', C.text, '#f0f4f5'],
  ['color-text-secondary', '#4c6272', '#d8dde0'],
  ['color-surface', '#ffffff', '#1d2429'],
  ['color-border', '#d8dde0', '#768692'],
  ['color-link', '#005eb8', '#8fc9ff'],
  ['color-error', '#d5281b', '#ff8c82'],
  ['color-focus', C.focus],
  ['color-focus-text', C.focusText],
  ['stage-fill', C.stageFill, '#41b6e6'],
  ['stage-text', C.stageText, '#1d2429'],
  ['stage-hover-fill', '#004b93', '#78cbee'],
  ['stage-selected-fill', C.selectedFill, '#e8edee'],
  ['stage-selected-text', C.selectedText, '#1d2429'],
  ['stage-selected-outline', C.selectedOutline, '#ffffff'],
  ['hub-fill', C.hubFill, '#1d2429'],
  ['hub-stroke', C.hubStroke, '#41b6e6'],
  ['hub-text', C.hubText, '#f0f4f5'],
  ['segment-fill', C.segmentFill, '#aeb7bd'],
  ['segment-text', C.segmentText, '#1d2429'],
  ['matrix-selected-background', '#e8f1fa', '#14344f'],
  ['font-family', WHEEL_FONT],
  ['radius', '4px'],
];

/** The names of every token, for elements that hand their values down to their parts. */
export const TOKEN_NAMES = TOKENS.map(([name]) => `--ec-${name}`);

const declarations = (dark: boolean) =>
  unsafeCSS(
    TOKENS.filter((t) => !dark || t[2])
      .map(([name, light, darkValue]) => `--ec-${name}:${dark ? darkValue : light};`)
      .join(''),
  );

/**
 * A page overrides any token on the element (`ec-cycle-wheel { --ec-stage-fill: … }`).
 * Dark colours apply with `theme="dark"`, or with `theme="auto"` when the reader's system
 * asks for dark; a page that is itself light is never turned dark behind its back.
 */
export const tokens = css`
  :host {
    ${declarations(false)}
    color: var(--ec-color-text);
    font-family: var(--ec-font-family);
  }

  :host([theme='dark']) {
    ${declarations(true)}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${declarations(true)}
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
