/** The wheel's interface words in English. Other languages are in ../locales/. */
import { nameStrings, stateStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';
import type { RatingChange } from '@engagement-cycle/core';

export interface WheelListStrings {
  /** Accessible name of the list that repeats the stages in text. */
  stageListLabel: string;
  /** Heading for the hub in that list. */
  hubItem(title: string): string;
  /**
   * Says which commissioning segment a stage belongs to. `suggested` tells whether that is this
   * project's suggestion; the default words leave that to `ringNote`, said once under the list,
   * so the list stays short enough for the wheel to stay in view beside the guide.
   */
  inSegment(title: string, suggested: boolean): string;
  /** Under the wheel, when the ring's grouping of stages is this project's suggestion. */
  ringNote: string;
}

const list: WheelListStrings = {
  stageListLabel: 'Stages of the cycle',
  hubItem: (title) => `Hub: ${title}`,
  inSegment: (title) => `Part of: ${title}`,
  ringNote:
    'The outer ring shows the steps of commissioning. Which stages each step covers (“Part of”) is a suggestion by this project.',
};

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
