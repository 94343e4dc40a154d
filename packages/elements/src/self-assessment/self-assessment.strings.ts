/**
 * The self-assessment's interface words in English: its own, joined with the shared ones it
 * shows. Other languages are in ../locales/. Every key of its own starts with `assess` (or is
 * one the guide already has with the same meaning, such as `note`), because a page's
 * `registerStrings()` table is shared by every element and must not give one key two senses.
 */
import {
  DEFAULT_SCALE,
  type Change,
  type MessageParams,
  type RatedPart,
  type Scale,
} from '@engagement-cycle/core';
import { stateStrings, type Locales } from '../shared/localize.js';
import { creditStrings } from '../shared/credit.js';

/** A problem or warning of a file, as parseAssessment() gives it. */
export interface FileProblem {
  code: string;
  message: string;
  params?: MessageParams;
}

export interface AssessmentStrings {
  /** The element's main heading. */
  assessTitle: string;
  /** Under the heading: what the form is for, and that nothing leaves the browser. */
  assessIntro: string;
  assessHubGroup: string;
  assessStagesGroup: string;
  /** How a part is named in its legend, the summary, the action list and the CSV file. */
  assessPartName(part: RatedPart): string;
  /** Above the stage's "things to think about" headings, or the hub's or element's text. */
  assessPrompts: string;
  assessLevel: string;
  /** The radio that leaves a part unrated. */
  assessNotRated: string;
  assessNotRatedHint: string;
  assessTarget: string;
  assessNoTarget: string;
  assessEvidence: string;
  assessEvidenceHint(max: number): string;
  /** The legend of one evidence link, e.g. "Link 2". */
  assessLink(n: number): string;
  assessLinkLabel: string;
  assessLinkUrl: string;
  assessLinkUrlHint: string;
  assessAddLink: string;
  /** The remove button's name, which says which link it removes. */
  assessRemoveLink(n: number): string;
  note: string;
  /** The progress line, e.g. "3 of 10 rated". */
  assessProgress(rated: number, total: number): string;
  assessSummary: string;
  assessPartColumn: string;
  assessGapColumn: string;
  /** The gap cell: how many levels below the target. */
  assessGap(levels: number): string;
  assessActions: string;
  assessActionsHint: string;
  assessNoActions: string;
  /** One line of the action list. */
  assessAction(name: string, level: string, target: string): string;
  assessCheck: string;
  assessChecked: string;
  assessErrorSummary: string;
  assessErrUnsafeUrl: string;
  assessErrNoUrl: string;
  assessErrNoLabel: string;
  /** Names a field in the error summary, e.g. "Stage 2, link 1: address". */
  assessFieldName(part: string, link: number, field: 'label' | 'url'): string;
  assessFile: string;
  assessFileHint: string;
  assessDownloadJson: string;
  assessDownloadCsv: string;
  assessImport: string;
  assessImportHint: string;
  assessClear: string;
  assessClearQuestion: string;
  assessClearYes: string;
  assessClearNo: string;
  assessCleared: string;
  /** Said after a file was opened. */
  assessImported(name?: string): string;
  /** Above what is wrong with a file or the `assessment` given; nothing was changed. */
  assessNotOpened: string;
  assessNotJson(detail: string): string;
  assessTooBig(maxMb: number): string;
  assessInvalid(count: number): string;
  assessUnreadable: string;
  assessLoading: string;
  assessWarnings: string;
  /** Where a problem is when it is in the file as a whole, not at a path. */
  assessWholeFile: string;
  /**
   * One problem or warning of a file (from parseAssessment), worded from its code and params.
   * Undefined shows core's English message, marked as English. English is core's message.
   */
  assessProblem(problem: FileProblem): string | undefined;
  /**
   * The default scale as this language shows it: the same levels (ids and order) with their
   * labels and meanings in this language. Shown only when the assessment is on the default
   * scale; a scale of the file's own is content, and is shown as written. Files keep the
   * scale as it is in the assessment.
   */
  assessDefaultScale: Scale;
  /** With `save="local"`, before anything is saved. */
  assessSaveOn: string;
  /** With `save="local"`: when the copy in this browser was saved. */
  assessSavedAt(when: string): string;
  assessSaveFailed: string;
  assessSavedUnreadable: string;
  assessForget: string;
  assessForgotten: string;
  /** The CSV file's first column over "what was assessed", "when" and "by whom". */
  assessCsvCycle: string;
  assessCsvDate: string;
  assessCsvRaters: string;
  /** The printed report: its heading, the heading over the levels of the scale, and "no links". */
  assessReport: string;
  assessScale: string;
  assessNoEvidence: string;
  /** The file input that opens an earlier file to compare with, and its hint. */
  assessCompare: string;
  assessCompareHint: string;
  /** Says what the form is compared with: the earlier file's name (if known) and date. */
  assessComparing(name: string | undefined, date: string | undefined): string;
  assessStopCompare: string;
  /** The summary's column of changes, and each part's line under its level. */
  assessChangeColumn: string;
  /** How a part's level moved since the earlier file; `before` is the earlier level's name. */
  assessChange(change: Change, by: number | undefined, before: string | undefined): string;
}

const own: AssessmentStrings = {
  assessTitle: 'Assess your engagement',
  assessIntro:
    'Rate each part of the cycle, set a target and link to published evidence. What you enter stays in this browser: nothing is sent anywhere. Download the file to keep a record.',
  assessHubGroup: 'The hub and its key elements',
  assessStagesGroup: 'The stages',
  assessPartName: (p) =>
    p.kind === 'stage'
      ? `Stage ${p.number}: ${p.title}`
      : p.kind === 'hub'
        ? `Hub: ${p.title}`
        : `Key element: ${p.title}`,
  assessPrompts: 'Things to think about',
  assessLevel: 'Level',
  assessNotRated: 'Not rated yet',
  assessNotRatedHint: 'Leave it for now.',
  assessTarget: 'Target level',
  assessNoTarget: 'No target',
  assessEvidence: 'Evidence',
  assessEvidenceHint: (max) =>
    `Links to published pages that show it: a policy, minutes, a report. Up to ${max}.`,
  assessLink: (n) => `Link ${n}`,
  assessLinkLabel: 'What it is',
  assessLinkUrl: 'Address',
  assessLinkUrlHint: 'For example https://www.example.nhs.uk/engagement-report',
  assessAddLink: 'Add a link',
  assessRemoveLink: (n) => `Remove link ${n}`,
  note: 'Note',
  assessProgress: (rated, total) => `${rated} of ${total} rated`,
  assessSummary: 'Summary',
  assessPartColumn: 'Part of the cycle',
  assessGapColumn: 'Levels below target',
  assessGap: (levels) => String(levels),
  assessActions: 'What to work on first',
  assessActionsHint: 'The parts below their target, furthest first.',
  assessNoActions: 'No part is below its target.',
  assessAction: (name, level, target) => `${name}: ${level}, target ${target}`,
  assessCheck: 'Check answers',
  assessChecked: 'No problems found.',
  assessErrorSummary: 'There is a problem',
  assessErrUnsafeUrl: 'Enter an address that starts with https://, http:// or mailto:, or a relative address',
  assessErrNoUrl: 'Enter the address of the link, or remove the link',
  assessErrNoLabel: 'Enter what the link is',
  assessFieldName: (part, link, field) =>
    `${part}, link ${link}: ${field === 'url' ? 'address' : 'what it is'}`,
  assessFile: 'Your file',
  assessFileHint: 'The file is the record of the assessment. Open it again later to carry on, or to compare.',
  assessDownloadJson: 'Download the file (JSON)',
  assessDownloadCsv: 'Download a table (CSV)',
  assessImport: 'Open a file',
  assessImportHint: 'A JSON file downloaded from this form, 1 MB at most.',
  assessClear: 'Clear everything',
  assessClearQuestion:
    'Clear every rating, target, link and note? This cannot be undone: download the file first if you want to keep it.',
  assessClearYes: 'Yes, clear everything',
  assessClearNo: 'No, keep it',
  assessCleared: 'Everything was cleared.',
  assessImported: (name) => (name ? `Opened ${name}.` : 'The file was opened.'),
  assessNotOpened: 'The assessment was not opened. Nothing was changed.',
  assessNotJson: (detail) => `It is not a JSON file (${detail}).`,
  assessTooBig: (maxMb) => `The file is larger than ${maxMb} MB, too large for an assessment.`,
  assessInvalid: (count) => `It is not a valid assessment: ${count} problem${count === 1 ? '' : 's'} found.`,
  assessUnreadable: 'The file could not be read.',
  assessLoading: 'Loading the assessment…',
  assessWarnings: 'Check these before you go on',
  assessWholeFile: '(the whole file)',
  assessProblem: (problem) => problem.message,
  assessDefaultScale: DEFAULT_SCALE,
  assessSaveOn: 'Saving in this browser only is on: each change is kept here, and sent nowhere.',
  assessSavedAt: (when) => `Saved in this browser only, ${when}. Nothing is sent anywhere.`,
  assessSaveFailed:
    'This browser did not save your last change: its storage is full or turned off. Download the file to keep your work.',
  assessSavedUnreadable: 'The copy saved in this browser could not be read.',
  assessForget: 'Remove the copy from this browser',
  assessForgotten: 'The copy in this browser was removed. The form still shows your answers.',
  assessCsvCycle: 'Cycle',
  assessCsvDate: 'Date',
  assessCsvRaters: 'Rated by',
  assessReport: 'Self-assessment report',
  assessScale: 'The levels',
  assessNoEvidence: 'None linked',
  assessCompare: 'Compare with an earlier file',
  assessCompareHint:
    'Shows how each level moved since then, here and on the wheel. The earlier file is only read.',
  assessComparing: (name, date) =>
    `Compared with ${name ?? 'an earlier file'}${date ? `, dated ${date}` : ''}.`,
  assessStopCompare: 'Stop comparing',
  assessChangeColumn: 'Since the earlier file',
  assessChange: (change, by = 0, before) => {
    const was = before ? ` (was ${before})` : '';
    const levels = `${Math.abs(by)} level${Math.abs(by) === 1 ? '' : 's'}`;
    switch (change) {
      case 'up':
        return `Up ${levels}${was}`;
      case 'down':
        return `Down ${levels}${was}`;
      case 'same':
        return 'The same';
      case 'newly-rated':
        return 'Newly rated';
      case 'dropped':
        return `Not rated now${was}`;
      case 'not-rated':
        return 'Not rated in either';
    }
  },
};

export const assessmentStrings = {
  ...stateStrings,
  ...creditStrings,
  ...own,
};
/** Every word the element shows (its own and the shared ones). */
export type AssessmentUiStrings = typeof assessmentStrings;

/** The element's words in other languages, each loaded the first time it speaks it. */
export const assessmentLocales: Locales = { cy: () => import('../locales/cy/self-assessment.js') };
