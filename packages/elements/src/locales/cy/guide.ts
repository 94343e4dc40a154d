/** Welsh words of the stage guide; see ./shared.ts. */
import type { GuideUiStrings } from '../../stage-guide/stage-guide.strings.js';
import { GUIDE_WORDS_CY } from '@engagement-cycle/core';
import { shared } from './shared.js';

const cy: Required<GuideUiStrings> = {
  ...shared,
  ...GUIDE_WORDS_CY,
  previous: (label) => `Blaenorol: ${label}`,
  next: (label) => `Nesaf: ${label}`,
  backToHub: 'Yn ôl i’r canolbwynt',
  navLabel: 'Symud o gwmpas y cylch',
  nowShowing: (name) => `Yn dangos ${name}`,
};

export default cy;
