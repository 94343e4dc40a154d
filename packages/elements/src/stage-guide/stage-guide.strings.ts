/**
 * The guide's interface words in English: its own, joined with the shared ones it shows.
 * Plain data, so a page with only the wheel does not carry them. Other languages are in
 * ../locales/.
 */
import { nameStrings, stateStrings, suggestedStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';
import { glossaryStrings } from '../shared/glossary.js';

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
  /** Hub view: the cycle's summary and what the model is for. */
  modelPurposes: string;
  /** Hub view: the reasons to engage. */
  reasons: string;
  /** Hub view: the framework table's corner header, over the levels. */
  frameworkLevel: string;
  /** Hub view: the published versions of the model. */
  versions: string;
  /** Under Sources: which version of the model the content follows. */
  follows(version: string): string;
  /** Marks a heading this project wrote over published points. */
  headingByProject: string;
  /** Before a note on one item, such as a hub element. */
  note: string;
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
  modelPurposes: 'What the model is for',
  reasons: 'Why engage people',
  frameworkLevel: 'Level',
  versions: 'Versions of the model',
  follows: (version) => `Version of the model: ${version}.`,
  headingByProject: 'Heading by this project',
  note: 'Note',
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
