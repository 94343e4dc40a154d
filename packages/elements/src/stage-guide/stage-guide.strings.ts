/**
 * The guide's own interface words. They join the shared tables when the guide is loaded, so
 * a page with only the wheel does not carry them.
 */
import { extendStrings } from '../shared/localize.js';
import type { SuggestedStrings } from '../shared/suggested.strings.js';
import '../shared/suggested.strings.js';

export interface GuideStrings extends SuggestedStrings {
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

const en: Omit<GuideStrings, keyof SuggestedStrings> = {
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

// Welsh wording by the project; to be checked by a Welsh speaker before a Welsh release.
const cy: Omit<GuideStrings, keyof SuggestedStrings> = {
  stageOf: (number, total) => `Cam ${number} o ${total}`,
  hubEyebrow: 'Y canolbwynt',
  engages: 'Pwy sy’n cael eu cynnwys',
  purpose: 'Beth yw ei ddiben',
  considerations: 'Pethau i feddwl amdanynt',
  benefits: 'Manteision',
  methods: 'Ffyrdd o’i wneud',
  whoDoesWhat: 'Pwy sy’n gwneud beth ar y cam hwn',
  keyElements: 'Elfennau allweddol',
  links: 'Dolenni',
  caseStudies: 'Astudiaethau achos',
  contacts: 'Cysylltiadau',
  sources: 'Ffynonellau',
  notes: 'Am y cynnwys hwn',
  previous: (label) => `Blaenorol: ${label}`,
  next: (label) => `Nesaf: ${label}`,
  backToHub: 'Yn ôl i’r canolbwynt',
  navLabel: 'Symud o gwmpas y cylch',
  nowShowing: (name) => `Yn dangos ${name}`,
  email: 'E-bost',
  phone: 'Ffôn',
};

extendStrings({ en, cy });
