/**
 * The guide's interface words in English: its own, joined with the shared ones it shows.
 * Plain data, so a page with only the wheel does not carry them. Other languages are in
 * ../locales/.
 */
import { nameStrings, stateStrings, suggestedStrings } from '../shared/localize.js';

export interface GuideStrings {
  /** "Stage 2 of 5", above the stage's title. */
  stageOf(number: number, total: number): string;
  hubEyebrow: string;
  engages: string;
  purpose: string;
  considerations: string;
  benefits: string;
  methods: string;
  whoDoesWhat: string;
  keyElements: string;
  links: string;
  caseStudies: string;
  contacts: string;
  sources: string;
  notes: string;
  previous(label: string): string;
  next(label: string): string;
  backToHub: string;
  navLabel: string;
  /** Said by the live region when the guide shows another stage. */
  nowShowing(name: string): string;
  email: string;
  phone: string;
}

const own: GuideStrings = {
  stageOf: (number, total) => `Stage ${number} of ${total}`,
  hubEyebrow: 'The hub',
  engages: 'Who is engaged',
  purpose: 'What it is for',
  considerations: 'Things to think about',
  benefits: 'Benefits',
  methods: 'Ways to do it',
  whoDoesWhat: 'Who does what at this stage',
  keyElements: 'Key elements',
  links: 'Links',
  caseStudies: 'Case studies',
  contacts: 'Contacts',
  sources: 'Sources',
  notes: 'About this content',
  previous: (label) => `Previous: ${label}`,
  next: (label) => `Next: ${label}`,
  backToHub: 'Back to the hub',
  navLabel: 'Move round the cycle',
  nowShowing: (name) => `Now showing ${name}`,
  email: 'Email',
  phone: 'Phone',
};

export const guideStrings = { ...stateStrings, ...nameStrings, ...suggestedStrings, ...own };
