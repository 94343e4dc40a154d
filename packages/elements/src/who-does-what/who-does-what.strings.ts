/**
 * The matrix's interface words in English: its own, joined with the shared ones it shows.
 * Other languages are in ../locales/.
 */
import { MATRIX_WORDS_EN, type MatrixWords } from '@engagement-cycle/core';
import { stateStrings, suggestedStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';
import { glossaryStrings } from '../shared/glossary.js';

/** The table's caption and headers come from core (`MATRIX_WORDS_EN`), which the HTML export shares. */
export interface MatrixStrings extends MatrixWords {
  selectedColumn: string;
  groupFilter: string;
  allGroups: string;
  activeOnly: string;
  showing(shown: number, total: number): string;
  noRoles: string;
  download: string;
  suggestedCsv: string;
}

const own: MatrixStrings = {
  ...MATRIX_WORDS_EN,
  selectedColumn: 'selected',
  groupFilter: 'Role group',
  allGroups: 'All groups',
  activeOnly: 'Only roles with a part in the selected stage',
  showing: (shown, total) => `Showing ${shown} of ${total} roles`,
  noRoles: 'This cycle does not list any roles yet.',
  download: 'Download what is shown (CSV)',
  suggestedCsv: ' (suggestion)',
};

export const matrixStrings = {
  ...stateStrings,
  ...suggestedStrings,
  ...creditStrings,
  ...glossaryStrings,
  ...own,
};
/** Every word the element shows (its own and the shared ones). */
export type MatrixUiStrings = typeof matrixStrings;

/** The element's words in other languages, each loaded the first time it speaks it. */
export const matrixLocales: Locales = { cy: () => import('../locales/cy/matrix.js') };
