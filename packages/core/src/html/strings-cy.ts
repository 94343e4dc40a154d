/**
 * The Welsh words of still views (see ./strings.ts), in a module of their own so that a page
 * which never speaks Welsh never downloads them: the elements' Welsh table
 * (elements/src/locales/cy.ts), loaded on first use, starts from VIEW_STRINGS_CY.
 *
 * Welsh wording by the project; to be checked by a Welsh speaker before a Welsh release.
 */
import type { HtmlStrings, ViewStrings } from './strings.js';

export const VIEW_STRINGS_CY: ViewStrings = {
  // names
  stageName: (number, total, title) => `Cam ${number} o ${total}: ${title}`,
  hubName: (title) => `Canolbwynt: ${title}`,
  selectedSuffix: ' (wedi’i ddewis)',
  tabName: (number, title) => `Cam ${number}: ${title}`,
  // credit
  creditSource: 'Ffynhonnell',
  creditLicence: 'Trwydded',
  // glossary
  glossaryHeading: 'Geiriau a ddefnyddir yma',
  glossaryNote: 'Esboniadau gan y prosiect hwn.',
  // suggestion
  suggested: 'Awgrym',
  suggestedExplained: 'awgrym gan y prosiect hwn; nid yw’n dod o ffynhonnell gyhoeddedig',
  // the guide
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
  email: 'E-bost',
  phone: 'Ffôn',
  modelPurposes: 'Beth yw diben y model',
  reasons: 'Pam cynnwys pobl',
  frameworkLevel: 'Lefel',
  versions: 'Fersiynau’r model',
  follows: (version) => `Fersiwn o’r model: ${version}.`,
  headingByProject: 'Pennawd gan y prosiect hwn',
  note: 'Nodyn',
  // the matrix table
  matrixCaption: 'Pwy sy’n gwneud beth ar bob cam',
  roleColumn: 'Rôl',
  groupColumn: 'Grŵp',
  hubColumn: (shortTitle) => `Canolbwynt: ${shortTitle}`,
  stageColumn: (number, shortTitle) => `${number}. ${shortTitle}`,
  noPart: 'Dim rhan wedi’i rhoi',
  // the list of stages
  stageListLabel: 'Camau’r cylch',
  hubItem: (title) => `Canolbwynt: ${title}`,
  inSegment: (title) => `Rhan o: ${title}`,
  ringNote:
    'Mae’r cylch allanol yn dangos camau comisiynu. Awgrym gan y prosiect hwn yw pa gamau sy’n perthyn i bob un (“Rhan o”).',
};

export const HTML_STRINGS_CY: HtmlStrings = {
  ...VIEW_STRINGS_CY,
  description: (title, total, hubTitle) =>
    `${title}: olwyn o ${total} cam o amgylch canolbwynt, ${hubTitle}.`,
  selectedStage: (number) => `Wedi’i ddewis: cam ${number}.`,
  selectedHub: 'Wedi’i ddewis: y canolbwynt.',
  segmentName: (title, suggested) =>
    suggested ? `${title}. Awgrym gan y prosiect hwn yw pa gamau y mae’r rhan hon yn eu cynnwys.` : title,
  backToStages: 'Yn ôl at restr y camau',
};
