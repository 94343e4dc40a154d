/**
 * Welsh words of the interface, split per element so each loads only the words it shows
 * (the wheel's file never carries the self-assessment's). Loaded the first time an element
 * speaks Welsh. Welsh wording by the project; to be checked by a Welsh speaker before a Welsh
 * release. The types make sure no word is missing.
 */
import { SHARED_WORDS_CY } from '@engagement-cycle/core';
import type { CreditStrings } from '../../shared/credit.js';
import type { GlossaryStrings } from '../../shared/glossary.js';
import type { WheelStrings } from '@engagement-cycle/core';
import type { SuggestedStrings } from '../../shared/localize.js';
import type { StateStrings } from '../../shared/localize.js';

/**
 * The words more than one element shows. The names, credit, glossary and suggestion words
 * are core's, which the HTML export says too (so are the guide's, the matrix's and the
 * list's, which their own modules take): one place for each word.
 */
export const shared: Required<
  StateStrings & WheelStrings & CreditStrings & SuggestedStrings & GlossaryStrings
> = {
  ...SHARED_WORDS_CY,
  // stateStrings
  loading: 'Yn llwytho’r cylch ymgysylltu…',
  errorTitle: 'Does dim modd dangos y cylch ymgysylltu',
  // "Mae … arall hefyd" avoids choosing between "a" and "ac", which depends on how the number is read.
  moreProblems: (count) => `Mae ${count} problem arall hefyd. Mae consol y porwr yn eu rhestru i gyd.`,
  retry: 'Rhowch gynnig arall arni',
};
