/** The matrix's own interface words, added to the shared tables when the matrix is loaded. */
import { extendStrings } from '../shared/localize.js';
import type { SuggestedStrings } from '../shared/suggested.strings.js';
import '../shared/suggested.strings.js';

export interface MatrixStrings extends SuggestedStrings {
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

const en: Omit<MatrixStrings, keyof SuggestedStrings> = {
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

// Welsh wording by the project; to be checked by a Welsh speaker before a Welsh release.
const cy: Omit<MatrixStrings, keyof SuggestedStrings> = {
  matrixCaption: 'Pwy sy’n gwneud beth ar bob cam',
  roleColumn: 'Rôl',
  groupColumn: 'Grŵp',
  hubColumn: (shortTitle) => `Canolbwynt: ${shortTitle}`,
  stageColumn: (number, shortTitle) => `${number}. ${shortTitle}`,
  selectedColumn: 'wedi’i ddewis',
  groupFilter: 'Grŵp rolau',
  allGroups: 'Pob grŵp',
  activeOnly: 'Dim ond rolau sydd â rhan yn y cam a ddewiswyd',
  showing: (shown, total) => `Yn dangos ${shown} o ${total} rôl`,
  noPart: 'Dim rhan wedi’i rhoi',
  noRoles: 'Nid yw’r cylch hwn yn rhestru unrhyw rolau eto.',
  download: 'Lawrlwytho’r hyn a ddangosir (CSV)',
  suggestedCsv: ' (awgrym)',
};

extendStrings({ en, cy });
