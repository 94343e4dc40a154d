import type { Scale } from './types.js';
import { DEFAULT_SCALE } from './scale.js';

/**
 * The default scale in Welsh: the same levels as DEFAULT_SCALE (same ids, same order), with
 * their labels and meanings in Welsh. A module of its own, so English pages never download
 * it. The wording is the project's own, to be checked by a Welsh speaker.
 */
const WELSH: Readonly<Record<string, readonly [label: string, description: string]>> = {
  'not-started': ['Heb ddechrau', 'Does dim byd ar waith eto, neu mae’n digwydd ar hap yn unig.'],
  developing: [
    'Datblygu',
    'Mae rhywfaint o waith wedi dechrau, ond mae’n dameidiog neu’n dibynnu ar ychydig o bobl.',
  ],
  established: [
    'Wedi ymsefydlu',
    'Mae’n digwydd fel mater o drefn, a gallwch gyfeirio at dystiolaeth ohono.',
  ],
  leading: [
    'Arwain',
    'Dyma sut rydych chi’n gweithio: caiff ei adolygu gyda chleifion a’r cyhoedd, ac mae eraill yn dysgu ohono.',
  ],
};

export const DEFAULT_SCALE_CY: Scale = Object.freeze({
  levels: Object.freeze(
    DEFAULT_SCALE.levels.map((level) => {
      const [label, description] = WELSH[level.id]!;
      return Object.freeze({ id: level.id, label, description });
    }),
  ) as Scale['levels'],
});
