/**
 * How a suggestion is marked, in words, wherever content is shown (guide and matrix). Kept
 * apart from the wheel's strings: the wheel shows no suggestions.
 */
import { extendStrings } from './localize.js';

export interface SuggestedStrings {
  /** Marks an item this project suggests, which no published source states. */
  suggested: string;
  suggestedExplained: string;
}

extendStrings({
  en: {
    suggested: 'Suggestion',
    suggestedExplained: 'suggested by this project; no published source states it',
  },
  // Welsh wording by the project; to be checked by a Welsh speaker before a Welsh release.
  cy: {
    suggested: 'Awgrym',
    suggestedExplained: 'awgrym gan y prosiect hwn; nid yw’n dod o ffynhonnell gyhoeddedig',
  },
} satisfies Record<string, SuggestedStrings>);
