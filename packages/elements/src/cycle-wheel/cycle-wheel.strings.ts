/** The wheel's interface words in English. Other languages are in ../locales/. */
import { nameStrings, stateStrings } from '../shared/localize.js';

export interface WheelListStrings {
  /** Accessible name of the list that repeats the stages in text. */
  stageListLabel: string;
  /** Heading for the hub in that list. */
  hubItem(title: string): string;
  /** Says which commissioning segment a stage belongs to. */
  inSegment(title: string): string;
}

const list: WheelListStrings = {
  stageListLabel: 'Stages of the cycle',
  hubItem: (title) => `Hub: ${title}`,
  inSegment: (title) => `Part of: ${title}`,
};

export const wheelStrings = { ...stateStrings, ...nameStrings, ...list };
export type WheelUiStrings = typeof wheelStrings;
