/** The wheel's interface words in English. Other languages are in ../locales/. */
import { STAGE_LIST_WORDS_EN, type StageListWords } from '@engagement-cycle/core';
import { nameStrings, stateStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';
import type { RatingChange } from '@engagement-cycle/core';

/** The text list's words: core holds them, as the HTML export says them too. */
export type WheelListStrings = StageListWords;

const list: WheelListStrings = STAGE_LIST_WORDS_EN;

/**
 * The words of a linked self-assessment's ratings. Their English is in ./wheel-marks.ts,
 * which loads only when a wheel shows ratings; other languages have them with the wheel's.
 */
export interface WheelRatingStrings {
  /**
   * With a linked self-assessment: a part's level and target, after its name in the tab and
   * the list ("Developing, target Established"). The level names are the assessment's.
   */
  rating(level: string | undefined, target: string | undefined): string;
  /** How a level moved since the earlier file it is compared with; empty for no change to tell. */
  ratingChange(change: RatingChange, by: number | undefined): string;
}

export const wheelStrings = { ...stateStrings, ...nameStrings, ...creditStrings, ...list };
export type WheelUiStrings = typeof wheelStrings & Partial<WheelRatingStrings>;

/** The element's words in other languages, each loaded the first time it speaks it. */
export const wheelLocales: Locales = { cy: () => import('../locales/cy/wheel.js') };
