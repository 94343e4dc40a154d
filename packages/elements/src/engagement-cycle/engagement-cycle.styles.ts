import { css, unsafeCSS } from 'lit';
import { TOKEN_NAMES } from '../shared/tokens.styles.js';

/**
 * Each part declares the token defaults on its own host, which would hide any value a page
 * set on the composite. The composite hands every token down instead, so
 * `ec-engagement-cycle { --ec-stage-fill: … }` and `theme` reach the wheel, guide and matrix.
 */
const handDown = unsafeCSS(
  `.wheel,.guide,.matrix,.assessment{${TOKEN_NAMES.map((n) => `${n}:inherit`).join(';')}}`,
);

export const compositeStyles = css`
  ${handDown}

  :host {
    display: block;
    max-width: 100%;
    /* Laid out by the width it is given, not the window's: it lives in other people's pages. */
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .layout,
  .pair {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }

  /* One credit line for the whole, instead of one under each part. */
  .wheel::part(credit),
  .guide::part(credit),
  .matrix::part(credit),
  .assessment::part(credit) {
    display: none;
  }

  .panels {
    display: grid;
    gap: 1.5rem;
    min-width: 0;
  }

  .wheel {
    max-width: 36rem;
    width: 100%;
    justify-self: center;
  }

  /* Side by side, the wheel stays in view while the guide scrolls past: only beside the
     guide (the .pair is its containing block), and only when all of it fits the window
     (.sticky, measured by the element), so its text list is never held off-screen. */
  @container (min-width: 46rem) {
    .pair {
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
      align-items: start;
    }
    .sticky > .wheel {
      position: sticky;
      top: 1rem;
    }
  }

  @media print {
    .sticky > .wheel {
      position: static;
    }
    /* Firefox repeats the matrix's heading row on each page only outside grid boxes. */
    .layout {
      display: block;
    }
    .layout > * + * {
      margin-top: 1.5rem;
    }
  }
`;
