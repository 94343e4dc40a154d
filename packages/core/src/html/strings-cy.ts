/**
 * The Welsh words of still views (see ./strings.ts), in a module of their own so that a page
 * which never speaks Welsh never downloads them: the elements' Welsh table
 * (elements/src/locales/cy/), loaded on first use, starts from these objects.
 *
 * Welsh wording by the project; to be checked by a Welsh speaker before a Welsh release.
 */
import type {
  CreditWords,
  GlossaryWords,
  GuideWords,
  HtmlStrings,
  MatrixWords,
  StageListWords,
  SuggestedWords,
  ViewStrings,
} from './strings.js';
import type { WheelStrings } from '../wheel/strings.js';

/**
 * Split as the elements use them, so a Welsh wheel loads only its own words: what every view
 * says (names, credit, glossary, suggestion), then the guide's, the matrix's and the list's.
 */
export const SHARED_WORDS_CY: WheelStrings & CreditWords & GlossaryWords & SuggestedWords = {
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
};

export const GUIDE_WORDS_CY: GuideWords = {
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
};

export const MATRIX_WORDS_CY: MatrixWords = {
  matrixCaption: 'Pwy sy’n gwneud beth ar bob cam',
  roleColumn: 'Rôl',
  groupColumn: 'Grŵp',
  hubColumn: (shortTitle) => `Canolbwynt: ${shortTitle}`,
  stageColumn: (number, shortTitle) => `${number}. ${shortTitle}`,
  noPart: 'Dim rhan wedi’i rhoi',
};

export const STAGE_LIST_WORDS_CY: StageListWords = {
  stageListLabel: 'Camau’r cylch',
  hubItem: (title) => `Canolbwynt: ${title}`,
  inSegment: (title) => `Rhan o: ${title}`,
  ringNote:
    'Mae’r cylch allanol yn dangos camau comisiynu. Awgrym gan y prosiect hwn yw pa gamau sy’n perthyn i bob un (“Rhan o”).',
};

export const VIEW_STRINGS_CY: ViewStrings = {
  ...SHARED_WORDS_CY,
  ...GUIDE_WORDS_CY,
  ...MATRIX_WORDS_CY,
  ...STAGE_LIST_WORDS_CY,
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
