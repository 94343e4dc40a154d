/** Welsh words of the who-does-what matrix; see ./shared.ts. */
import type { MatrixUiStrings } from '../../who-does-what/who-does-what.strings.js';
import { MATRIX_WORDS_CY } from '@engagement-cycle/core';
import { shared } from './shared.js';

const cy: Required<MatrixUiStrings> = {
  ...shared,
  ...MATRIX_WORDS_CY,
  selectedColumn: 'wedi’i ddewis',
  groupFilter: 'Grŵp rolau',
  allGroups: 'Pob grŵp',
  activeOnly: 'Dim ond rolau sydd â rhan yn y cam a ddewiswyd',
  showing: (shown, total) => `Yn dangos ${shown} o ${total} rôl`,
  noRoles: 'Nid yw’r cylch hwn yn rhestru unrhyw rolau eto.',
  download: 'Lawrlwytho’r hyn a ddangosir (CSV)',
  suggestedCsv: ' (awgrym)',
};

export default cy;
