/**
 * The matrix's interface words in English: its own, joined with the shared ones it shows.
 * Other languages are in ../locales/.
 */
import { stateStrings, suggestedStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';
import { glossaryStrings } from '../shared/glossary.js';

export interface MatrixStrings {
  matrixCaption: string;
  roleColumn: string;
  groupColumn: string;
  hubColumn(shortTitle: string): string;
  stageColumn(number: number, shortTitle: string): string;
  selectedColumn: string;
  groupFilter: string;
  allGroups: string;
  activeOnly: string;
  showing(shown: number, total: number): string;
  noPart: string;
  noRoles: string;
  download: string;
  suggestedCsv: string;
}

const own: MatrixStrings = {
  matrixCaption: 'Who does what at each stage',
  roleColumn: 'Role',
  groupColumn: 'Group',
  hubColumn: (shortTitle) => `Hub: ${shortTitle}`,
  stageColumn: (number, shortTitle) => `${number}. ${shortTitle}`,
  selectedColumn: 'selected',
  groupFilter: 'Role group',
  allGroups: 'All groups',
  activeOnly: 'Only roles with a part in the selected stage',
  showing: (shown, total) => `Showing ${shown} of ${total} roles`,
  noPart: 'No part given',
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
