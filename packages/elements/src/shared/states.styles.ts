import { css } from 'lit';

/** Loading and error boxes and the one button style, the same in every element. */
export const states = css`
  .loading {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--ec-color-text-secondary);
  }

  .error {
    box-sizing: border-box;
    padding: 1rem;
    border: 4px solid var(--ec-color-error);
    border-radius: var(--ec-radius);
    background: var(--ec-color-surface);
    color: var(--ec-color-text);
    overflow: auto;
    overflow-wrap: anywhere;
  }

  .error-title {
    margin: 0 0 0.5rem;
    font-weight: bold;
  }

  .error p,
  .error ul {
    margin: 0 0 0.5rem;
  }

  .error code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
  }

  button {
    font: inherit;
  }

  .button {
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--ec-color-link);
    border-radius: var(--ec-radius);
    background: var(--ec-color-surface);
    color: var(--ec-color-link);
    cursor: pointer;
    text-align: left;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    border-color: var(--ec-color-border);
    color: var(--ec-color-text-secondary);
    cursor: default;
  }

  .button:focus-visible {
    outline: 4px solid var(--ec-color-focus-text);
    outline-offset: 0;
    background: var(--ec-color-focus);
    color: var(--ec-color-focus-text);
    box-shadow: 0 0 0 8px var(--ec-color-focus);
  }

  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
