/**
 * Welsh words of the interface of every element, loaded the first time an element speaks
 * Welsh. Welsh wording by the project; to be checked by a Welsh speaker before a Welsh
 * release. The type makes sure no word is missing.
 */
import type { UiStrings } from '../index.js';

// Required: UiStrings is what `strings` takes, every word optional; this file must have them all.
const cy: Required<UiStrings> = {
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
  rating: (level, target) => `${level ?? 'heb ei sgorio eto'}${target ? `, targed ${target}` : ''}`,
  ratingChange: (change, by = 0) =>
    change === 'up'
      ? `i fyny ${Math.abs(by)} lefel ers y ffeil gynharach`
      : change === 'down'
        ? `i lawr ${Math.abs(by)} lefel ers y ffeil gynharach`
        : change === 'same'
          ? 'yr un fath ag yn y ffeil gynharach'
          : change === 'newly-rated'
            ? 'wedi’i sgorio am y tro cyntaf ers y ffeil gynharach'
            : change === 'dropped'
              ? 'wedi’i sgorio yn y ffeil gynharach, ond nid nawr'
              : '',
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
  // The self-assessment
  assessTitle: 'Asesu eich ymgysylltu',
  assessIntro:
    'Rhowch sgôr i bob rhan o’r cylch, gosodwch darged a rhowch ddolen at dystiolaeth gyhoeddedig. Mae’r hyn rydych chi’n ei roi yn aros yn y porwr hwn: does dim yn cael ei anfon i unman. Lawrlwythwch y ffeil i gadw cofnod.',
  assessHubGroup: 'Y canolbwynt a’i elfennau allweddol',
  assessStagesGroup: 'Y camau',
  assessPartName: (p) =>
    p.kind === 'stage'
      ? `Cam ${p.number}: ${p.title}`
      : p.kind === 'hub'
        ? `Canolbwynt: ${p.title}`
        : `Elfen allweddol: ${p.title}`,
  assessPrompts: 'Pethau i feddwl amdanynt',
  assessLevel: 'Lefel',
  assessNotRated: 'Heb roi sgôr eto',
  assessNotRatedHint: 'Ei adael am y tro.',
  assessTarget: 'Lefel darged',
  assessNoTarget: 'Dim targed',
  assessEvidence: 'Tystiolaeth',
  assessEvidenceHint: (max) =>
    `Dolenni at dudalennau cyhoeddedig sy’n ei ddangos: polisi, cofnodion, adroddiad. Hyd at ${max}.`,
  assessLink: (n) => `Dolen ${n}`,
  assessLinkLabel: 'Beth yw hi',
  assessLinkUrl: 'Cyfeiriad',
  assessLinkUrlHint: 'Er enghraifft https://www.example.nhs.uk/engagement-report',
  assessAddLink: 'Ychwanegu dolen',
  assessRemoveLink: (n) => `Tynnu dolen ${n}`,
  assessProgress: (rated, total) => `${rated} o ${total} wedi cael sgôr`,
  assessSummary: 'Crynodeb',
  assessPartColumn: 'Rhan o’r cylch',
  assessGapColumn: 'Lefelau o dan y targed',
  assessGap: (levels) => String(levels),
  assessActions: 'Beth i weithio arno yn gyntaf',
  assessActionsHint: 'Y rhannau sydd o dan eu targed, y pellaf yn gyntaf.',
  assessNoActions: 'Does dim rhan o dan ei tharged.',
  assessAction: (name, level, target) => `${name}: ${level}, targed ${target}`,
  assessCheck: 'Gwirio’r atebion',
  assessChecked: 'Dim problemau.',
  assessErrorSummary: 'Mae problem',
  assessErrUnsafeUrl:
    'Rhowch gyfeiriad sy’n dechrau gyda https://, http:// neu mailto:, neu gyfeiriad perthynol',
  assessErrNoUrl: 'Rhowch gyfeiriad y ddolen, neu tynnwch y ddolen',
  assessErrNoLabel: 'Rhowch beth yw’r ddolen',
  assessFieldName: (part, link, field) =>
    `${part}, dolen ${link}: ${field === 'url' ? 'cyfeiriad' : 'beth yw hi'}`,
  assessFile: 'Eich ffeil',
  assessFileHint: 'Y ffeil yw cofnod yr asesiad. Agorwch hi eto wedyn i barhau, neu i gymharu.',
  assessDownloadJson: 'Lawrlwytho’r ffeil (JSON)',
  assessDownloadCsv: 'Lawrlwytho tabl (CSV)',
  assessImport: 'Agor ffeil',
  assessImportHint: 'Ffeil JSON a lawrlwythwyd o’r ffurflen hon, 1 MB ar y mwyaf.',
  assessClear: 'Clirio popeth',
  assessClearQuestion:
    'Clirio pob sgôr, targed, dolen a nodyn? Does dim modd dadwneud hyn: lawrlwythwch y ffeil yn gyntaf os ydych chi am ei chadw.',
  assessClearYes: 'Ydw, clirio popeth',
  assessClearNo: 'Na, ei gadw',
  assessCleared: 'Cliriwyd popeth.',
  assessImported: (name) => (name ? `Agorwyd ${name}.` : 'Agorwyd y ffeil.'),
  assessNotOpened: 'Ni agorwyd yr asesiad. Does dim wedi newid.',
  assessNotJson: (detail) => `Nid ffeil JSON yw hi (${detail}).`,
  assessTooBig: (maxMb) => `Mae’r ffeil yn fwy na ${maxMb} MB, yn rhy fawr i asesiad.`,
  assessInvalid: (count) => `Nid yw’n asesiad dilys: ${count} o broblemau.`,
  assessUnreadable: 'Doedd dim modd darllen y ffeil.',
  assessLoading: 'Yn llwytho’r asesiad…',
  assessWarnings: 'Gwiriwch y rhain cyn parhau',
  assessSaveOn: 'Mae cadw yn y porwr hwn yn unig ymlaen: caiff pob newid ei gadw yma, a’i anfon i unman.',
  assessSavedAt: (when) => `Wedi’i gadw yn y porwr hwn yn unig, ${when}. Does dim yn cael ei anfon i unman.`,
  assessSaveFailed:
    'Ni chadwodd y porwr hwn eich newid diwethaf: mae ei storfa’n llawn neu wedi’i diffodd. Lawrlwythwch y ffeil i gadw eich gwaith.',
  assessSavedUnreadable: 'Doedd dim modd darllen y copi a gadwyd yn y porwr hwn.',
  assessForget: 'Tynnu’r copi o’r porwr hwn',
  assessForgotten: 'Tynnwyd y copi o’r porwr hwn. Mae’r ffurflen yn dal i ddangos eich atebion.',
  assessCsvCycle: 'Cylch',
  assessCsvDate: 'Dyddiad',
  assessCsvRaters: 'Sgôr gan',
  assessCompare: 'Cymharu â ffeil gynharach',
  assessCompareHint:
    'Yn dangos sut mae pob lefel wedi symud ers hynny, yma ac ar yr olwyn. Dim ond darllen y ffeil gynharach a wneir.',
  assessComparing: (name, date) =>
    `Wedi’i gymharu â ${name ?? 'ffeil gynharach'}${date ? `, dyddiad ${date}` : ''}.`,
  assessStopCompare: 'Stopio cymharu',
  assessChangeColumn: 'Ers y ffeil gynharach',
  assessChange: (change, by = 0, before) => {
    const was = before ? ` (${before} o’r blaen)` : '';
    switch (change) {
      case 'up':
        return `I fyny ${Math.abs(by)} lefel${was}`;
      case 'down':
        return `I lawr ${Math.abs(by)} lefel${was}`;
      case 'same':
        return 'Yr un fath';
      case 'newly-rated':
        return 'Wedi’i sgorio am y tro cyntaf';
      case 'dropped':
        return `Heb ei sgorio nawr${was}`;
      case 'not-rated':
        return 'Heb ei sgorio yn y naill na’r llall';
    }
  },
};

export default cy;
