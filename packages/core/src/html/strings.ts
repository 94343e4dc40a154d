/**
 * The interface words (not content) of a still view of a cycle: the guide's headings, the
 * credit, the glossary, the suggestion mark, the matrix table's headers and the wheel's text
 * list, in English and Welsh.
 *
 * They live in core because two things say them: the elements (which start their English and
 * Welsh tables from these objects and add the words of their buttons and states) and the HTML
 * export, which runs in Node with no elements at all. One table each, so an element and a
 * fragment made from the same cycle can never word a heading differently.
 */
import {
  CREDIT_WORDS_EN,
  SVG_STRINGS_EN,
  WHEEL_STRINGS_EN,
  type CreditWords,
  type SvgStrings,
  type WheelStrings,
} from '../wheel/strings.js';

export { CREDIT_WORDS_EN, type CreditWords };

/** "Words used here": the glossary list of a view. */
export interface GlossaryWords {
  /** Heading of the list of terms a view uses. */
  glossaryHeading: string;
  /** Says who wrote the explanations. */
  glossaryNote: string;
}

/** How a suggestion is marked, in words, wherever content is shown (guide and matrix). */
export interface SuggestedWords {
  /** Marks an item this project suggests, which no published source states. */
  suggested: string;
  suggestedExplained: string;
}

/** The headings and labels of a stage's or the hub's content. */
export interface GuideWords {
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

/** The who-does-what table's caption and headers. */
export interface MatrixWords {
  matrixCaption: string;
  roleColumn: string;
  groupColumn: string;
  hubColumn(shortTitle: string): string;
  stageColumn(number: number, shortTitle: string): string;
  /** Said for a cell where the cycle gives the role no part. */
  noPart: string;
}

/** The text list that repeats the wheel's stages. */
export interface StageListWords {
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

/** Every word the elements share with the export. */
export interface ViewStrings
  extends WheelStrings, CreditWords, GlossaryWords, SuggestedWords, GuideWords, MatrixWords, StageListWords {}

/** Words only the HTML export says. */
export interface ExportWords {
  /** After each stage in the fragment: a link back up to the list of stages. */
  backToStages: string;
}

/** Every word of the HTML export: the views' words, the static SVG's, and its own. */
export interface HtmlStrings extends ViewStrings, SvgStrings, ExportWords {}

export const GLOSSARY_WORDS_EN: GlossaryWords = {
  glossaryHeading: 'Words used here',
  glossaryNote: 'Explanations by this project, in plain English.',
};

export const SUGGESTED_WORDS_EN: SuggestedWords = {
  suggested: 'Suggestion',
  suggestedExplained: 'suggested by this project; no published source states it',
};

export const GUIDE_WORDS_EN: GuideWords = {
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

export const MATRIX_WORDS_EN: MatrixWords = {
  matrixCaption: 'Who does what at each stage',
  roleColumn: 'Role',
  groupColumn: 'Group',
  hubColumn: (shortTitle) => `Hub: ${shortTitle}`,
  stageColumn: (number, shortTitle) => `${number}. ${shortTitle}`,
  noPart: 'No part given',
};

export const STAGE_LIST_WORDS_EN: StageListWords = {
  stageListLabel: 'Stages of the cycle',
  hubItem: (title) => `Hub: ${title}`,
  inSegment: (title) => `Part of: ${title}`,
  ringNote:
    'The outer ring shows the steps of commissioning. Which stages each step covers (“Part of”) is a suggestion by this project.',
};

export const VIEW_STRINGS_EN: ViewStrings = {
  ...WHEEL_STRINGS_EN,
  ...CREDIT_WORDS_EN,
  ...GLOSSARY_WORDS_EN,
  ...SUGGESTED_WORDS_EN,
  ...GUIDE_WORDS_EN,
  ...MATRIX_WORDS_EN,
  ...STAGE_LIST_WORDS_EN,
};

export const HTML_STRINGS_EN: HtmlStrings = {
  ...SVG_STRINGS_EN,
  ...VIEW_STRINGS_EN,
  backToStages: 'Back to the list of stages',
};
