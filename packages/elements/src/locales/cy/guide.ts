/** Welsh words of the stage guide; see ./shared.ts. */
import type { GuideUiStrings } from '../../stage-guide/stage-guide.strings.js';
import { shared } from './shared.js';

const cy: Required<GuideUiStrings> = {
  ...shared,
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
  contacts: 'Manylion cyswllt',
  sources: 'Ffynonellau',
  notes: 'Am y cynnwys hwn',
  previous: (label) => `Blaenorol: ${label}`,
  next: (label) => `Nesaf: ${label}`,
  backToHub: 'Yn ôl i’r canolbwynt',
  navLabel: 'Symud o gwmpas y cylch',
  nowShowing: (name) => `Yn dangos ${name}`,
  email: 'E-bost',
  phone: 'Ffôn',
  modelPurposes: 'Beth yw diben y model',
  reasons: 'Pam cynnwys pobl',
  frameworkLevel: 'Lefel',
  versions: 'Fersiynau’r model',
  follows: (version) => `Fersiwn o’r model: ${version}.`,
  headingByProject: 'Pennawd gan y prosiect hwn',
  note: 'Nodyn',
};

export default cy;
