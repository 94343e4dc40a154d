/**
 * Welsh words of the interface, split per element so each loads only the words it shows
 * (the wheel's file never carries the self-assessment's). Loaded the first time an element
 * speaks Welsh. Welsh wording by the project; to be checked by a Welsh speaker before a Welsh
 * release. The types make sure no word is missing.
 */
import type { WheelStrings } from '@engagement-cycle/core';
import type { StateStrings, SuggestedStrings } from '../../shared/localize.js';
import type { CreditStrings } from '../../shared/credit.js';
import type { GlossaryStrings } from '../../shared/glossary.js';

/** The words more than one element shows. */
export const shared: Required<
  StateStrings & WheelStrings & CreditStrings & SuggestedStrings & GlossaryStrings
> = {
  // suggestedStrings
  suggested: 'Awgrym',
  suggestedExplained: 'awgrym gan y prosiect hwn; nid yw’n dod o ffynhonnell gyhoeddedig',
  // nameStrings
  stageName: (number, total, title) => `Cam ${number} o ${total}: ${title}`,
  hubName: (title) => `Canolbwynt: ${title}`,
  selectedSuffix: ' (wedi’i ddewis)',
  tabName: (number, title) => `Cam ${number}: ${title}`,
  // stateStrings
  loading: 'Yn llwytho’r cylch ymgysylltu…',
  errorTitle: 'Does dim modd dangos y cylch ymgysylltu',
  // "Mae … arall hefyd" avoids choosing between "a" and "ac", which depends on how the number is read.
  moreProblems: (count) => `Mae ${count} problem arall hefyd. Mae consol y porwr yn eu rhestru i gyd.`,
  retry: 'Rhowch gynnig arall arni',
  // creditStrings
  creditSource: 'Ffynhonnell',
  creditLicence: 'Trwydded',
  // glossaryStrings
  glossaryHeading: 'Geiriau a ddefnyddir yma',
  glossaryNote: 'Esboniadau gan y prosiect hwn.',
};
