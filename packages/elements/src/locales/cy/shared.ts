/**
 * Welsh words of the interface, split per element so each loads only the words it shows
 * (the wheel's file never carries the self-assessment's). Loaded the first time an element
 * speaks Welsh. Welsh wording by the project; to be checked by a Welsh speaker before a Welsh
 * release. The types make sure no word is missing.
 */
import { VIEW_STRINGS_CY, type ViewStrings } from '@engagement-cycle/core';
import type { StateStrings } from '../../shared/localize.js';

/**
 * The words more than one element shows. Those of still views (names, credit, glossary,
 * suggestion, the guide's headings, the matrix table's headers, the wheel's text list) are
 * core's, which the HTML export says too: one place for each word.
 */
export const shared: Required<StateStrings & ViewStrings> = {
  ...VIEW_STRINGS_CY,
  // stateStrings
  loading: 'Yn llwytho’r cylch ymgysylltu…',
  errorTitle: 'Does dim modd dangos y cylch ymgysylltu',
  // "Mae … arall hefyd" avoids choosing between "a" and "ac", which depends on how the number is read.
  moreProblems: (count) => `Mae ${count} problem arall hefyd. Mae consol y porwr yn eu rhestru i gyd.`,
  retry: 'Rhowch gynnig arall arni',
};
