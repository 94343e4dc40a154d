/** Welsh words of the self-assessment; see ./shared.ts. */
import type { AssessmentUiStrings } from '../../self-assessment/self-assessment.strings.js';
import { DEFAULT_SCALE_CY } from '@engagement-cycle/core';
import type { FileProblem } from '../../self-assessment/self-assessment.strings.js';
import { shared } from './shared.js';

/** Kinds of value, as core's params name them (`expected`, `actual`). */
const KINDS: Readonly<Record<string, string>> = {
  text: 'testun',
  number: 'rhif',
  list: 'rhestr',
  object: 'gwrthrych',
  boolean: 'gwir neu gau',
};

/**
 * A file's problem in Welsh, from its code and params; undefined for one not worded here,
 * which is shown in English (marked as English): those a file rarely has, such as a
 * fingerprint of the wrong form or an object that throws when read, to keep the file small.
 */
function problem({ code, params = {} }: FileProblem): string | undefined {
  const { rule, min, max, length, value, id, title } = params;
  switch (code) {
    case 'type':
      if (rule) return undefined; // "unreadable": an object that throws; shown in English
      return `rhaid iddo fod yn ${KINDS[params.expected!] ?? params.expected}, nid ${KINDS[params.actual!] ?? params.actual}`;
    case 'required':
      return 'mae angen hwn';
    case 'unknown-property':
      return 'priodwedd anhysbys';
    case 'empty':
      return 'rhaid iddo beidio â bod yn wag';
    case 'too-long':
      return `rhaid iddo fod yn ${max} nod ar y mwyaf (mae ganddo ${length})`;
    case 'count':
      return min
        ? `rhaid iddo gynnwys rhwng ${min} a ${max} eitem (mae ganddo ${length})`
        : `rhaid iddo gynnwys ${max} eitem ar y mwyaf (mae ganddo ${length})`;
    case 'url':
      return rule === 'url-spaces'
        ? 'rhaid iddo fod yn URL heb fylchau na nodau rheoli (ysgrifennwch fwlch fel %20)'
        : `rhaid iddo fod yn URL http(s), mailto neu gymharol, nid URL "${params.scheme ?? ''}:"`;
    case 'value':
      return rule === 'date'
        ? 'rhaid iddo fod yn ddyddiad ar y ffurf YYYY-MM-DD'
        : rule === 'id'
          ? 'rhaid iddo fod yn llythrennau bach, digidau a chysylltnodau, gan ddechrau â llythyren neu ddigid'
          : rule === 'one-of'
            ? `rhaid iddo fod yn un o ${params.values}`
            : undefined;
    case 'duplicate': // of a level (in the file's scale) or of an item: the two an assessment has
      return rule === 'level'
        ? `mae’r id lefel "${id}" yno ddwywaith`
        : `mae "${id}" eisoes wedi’i sgorio yn ${params.first}`;
    case 'reference': // an assessment's one kind: a level its scale does not have
      return `lefel anhysbys "${value}"`;
    case 'unknown-item':
      return `does gan y cylch hwn ddim cam nac elfen o’r canolbwynt "${id}"; mae ei sgôr wedi’i gadael allan`;
    case 'missing-item':
      return `nid yw’r ffeil yn sgorio ${
        params.kind === 'stage'
          ? `cam ${params.number}`
          : params.kind === 'hub'
            ? 'y canolbwynt'
            : 'elfen o’r canolbwynt'
      } "${title}"`;
    case 'other-cycle':
      return title === undefined
        ? 'gwnaed y ffeil ar gyfer fersiwn arall o’r cylch hwn; gwiriwch fod y sgorau’n dal yn addas'
        : `gwnaed y ffeil ar gyfer cylch arall, "${title}"`;
    default:
      return undefined;
  }
}

const cy: Required<AssessmentUiStrings> = {
  ...shared,
  note: 'Nodyn',
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
  assessWholeFile: '(y ffeil gyfan)',
  assessProblem: problem,
  // The default scale's Welsh is core's (its own module, so English pages never load it).
  assessDefaultScale: DEFAULT_SCALE_CY,
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
  assessReport: 'Adroddiad hunanasesu',
  assessScale: 'Y lefelau',
  assessNoEvidence: 'Dim dolenni',
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
