/**
 * The guide's interface words in English: its own, joined with the shared ones it shows.
 * Plain data, so a page with only the wheel does not carry them. Other languages are in
 * ../locales/.
 */
import { GUIDE_WORDS_EN, type GuideWords } from '@engagement-cycle/core';
import { nameStrings, stateStrings, suggestedStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';
import { glossaryStrings } from '../shared/glossary.js';

/**
 * The headings and labels of a stage's content come from core (`GUIDE_WORDS_EN`), which the
 * HTML export shares; the words of the buttons and the live region are the guide's own.
 */
export interface GuideStrings extends GuideWords {
  previous(label: string): string;
  next(label: string): string;
  backToHub: string;
  /** The name of the Previous/Next navigation; the shown stage (or the hub) follows after a colon. */
  navLabel: string;
  /** Said by the live region when the guide shows another stage. */
  nowShowing(name: string): string;
}

const own: GuideStrings = {
  ...GUIDE_WORDS_EN,
  previous: (label) => `Previous: ${label}`,
  next: (label) => `Next: ${label}`,
  backToHub: 'Back to the hub',
  navLabel: 'Move round the cycle',
  nowShowing: (name) => `Now showing ${name}`,
};

export const guideStrings = {
  ...stateStrings,
  ...nameStrings,
  ...suggestedStrings,
  ...creditStrings,
  ...glossaryStrings,
  ...own,
};
/** Every word the element shows (its own and the shared ones). */
export type GuideUiStrings = typeof guideStrings;

/** The element's words in other languages, each loaded the first time it speaks it. */
export const guideLocales: Locales = { cy: () => import('../locales/cy/guide.js') };
