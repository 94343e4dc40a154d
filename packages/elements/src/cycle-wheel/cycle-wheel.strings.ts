/** The wheel's interface words in English. Other languages are in ../locales/. */
import { STAGE_LIST_WORDS_EN, type StageListWords } from '@engagement-cycle/core';
import { nameStrings, stateStrings } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';

/** The text list's words: core holds them, as the HTML export says them too. */
export type WheelListStrings = StageListWords;

const list: WheelListStrings = STAGE_LIST_WORDS_EN;

export const wheelStrings = { ...stateStrings, ...nameStrings, ...creditStrings, ...list };
export type WheelUiStrings = typeof wheelStrings;
