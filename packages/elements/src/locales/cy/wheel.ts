/** Welsh words of the wheel; see ./shared.ts. */
import type { WheelUiStrings } from '../../cycle-wheel/cycle-wheel.strings.js';
import { STAGE_LIST_WORDS_CY } from '@engagement-cycle/core';
import { shared } from './shared.js';

const cy: Required<WheelUiStrings> = {
  ...shared,
  ...STAGE_LIST_WORDS_CY,
  rating: (level, target) => `${level ?? 'heb ei sgorio eto'}${target ? `, targed ${target}` : ''}`,
  ratingChange: (change, by = 0) =>
    change === 'up'
      ? `i fyny ${Math.abs(by)} lefel ers y ffeil gynharach`
      : change === 'down'
        ? `i lawr ${Math.abs(by)} lefel ers y ffeil gynharach`
        : change === 'same'
          ? 'yr un fath ag yn y ffeil gynharach'
          : change === 'newly-rated'
            ? 'wedi’i sgorio am y tro cyntaf ers y ffeil gynharach'
            : change === 'dropped'
              ? 'wedi’i sgorio yn y ffeil gynharach, ond nid nawr'
              : '',
};

export default cy;
