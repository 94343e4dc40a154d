/**
 * Welsh words of the interface of every element, loaded the first time an element speaks
 * Welsh. Welsh wording by the project; to be checked by a Welsh speaker before a Welsh
 * release. The type makes sure no word is missing.
 */
import type { UiStrings } from '../index.js';

const cy: UiStrings = {
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
  // The wheel
  stageListLabel: 'Camau’r cylch',
  hubItem: (title) => `Canolbwynt: ${title}`,
  inSegment: (title) => `Rhan o: ${title}`,
  ringNote:
    'Mae’r cylch allanol yn dangos camau comisiynu. Awgrym gan y prosiect hwn yw pa gamau sy’n perthyn i bob un (“Rhan o”).',
  // The guide
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
  // glossaryStrings
  glossaryHeading: 'Geiriau a ddefnyddir yma',
  glossaryNote: 'Esboniadau gan y prosiect hwn.',
  // The matrix
  matrixCaption: 'Pwy sy’n gwneud beth ar bob cam',
  roleColumn: 'Rôl',
  groupColumn: 'Grŵp',
  hubColumn: (shortTitle) => `Canolbwynt: ${shortTitle}`,
  stageColumn: (number, shortTitle) => `${number}. ${shortTitle}`,
  selectedColumn: 'wedi’i ddewis',
  groupFilter: 'Grŵp rolau',
  allGroups: 'Pob grŵp',
  activeOnly: 'Dim ond rolau sydd â rhan yn y cam a ddewiswyd',
  showing: (shown, total) => `Yn dangos ${shown} o ${total} rôl`,
  noPart: 'Dim rhan wedi’i rhoi',
  noRoles: 'Nid yw’r cylch hwn yn rhestru unrhyw rolau eto.',
  download: 'Lawrlwytho’r hyn a ddangosir (CSV)',
  suggestedCsv: ' (awgrym)',
};

export default cy;
