import type { Cycle } from '../types.js';
import { creditRows, toCsv } from '../csv.js';
import { assessmentSummary } from './summary.js';
import type { RatedPart } from './items.js';
import type { Assessment } from './types.js';

export interface AssessmentCsvLabels {
  part: string;
  level: string;
  target: string;
  gap: string;
  evidence: string;
  note: string;
  /** How a part is named in the first column, e.g. "Stage 2: Working with…". */
  name(part: RatedPart): string;
  notRated: string;
  /** The lines above the table: what was assessed, when and by whom. */
  cycle: string;
  date: string;
  raters: string;
  source?: string;
  licence?: string;
}

const ENGLISH: AssessmentCsvLabels = {
  part: 'Part of the cycle',
  level: 'Level',
  target: 'Target',
  gap: 'Levels below target',
  evidence: 'Evidence',
  note: 'Note',
  name: (p) =>
    p.kind === 'stage'
      ? `Stage ${p.number}: ${p.title}`
      : p.kind === 'hub'
        ? `Hub: ${p.title}`
        : `Hub element: ${p.title}`,
  notRated: 'Not rated yet',
  cycle: 'Cycle',
  date: 'Date',
  raters: 'Rated by',
};

/**
 * The assessment as CSV, by the project's CSV rules (BOM, CRLF, RFC 4180, no formulas): what
 * was assessed, then one row per part with its evidence written out as "label: URL" lines,
 * then the content's credit, since the rows quote the cycle's titles.
 */
export function assessmentToCsv(
  assessment: Assessment,
  cycle: Cycle,
  labels: Partial<AssessmentCsvLabels> = {},
): string {
  const t = { ...ENGLISH, ...labels };
  const summary = assessmentSummary(assessment, cycle);
  const raters = (assessment.raters ?? []).map((r) => (r.name ? `${r.name} (${r.role})` : r.role)).join('; ');
  return toCsv([
    [t.cycle, cycle.title],
    ...(assessment.date ? [[t.date, assessment.date]] : []),
    ...(raters ? [[t.raters, raters]] : []),
    [],
    [t.part, t.level, t.target, t.gap, t.evidence, t.note],
    ...summary.items.map((s) => [
      t.name(s.part),
      s.level?.label ?? t.notRated,
      s.target?.label ?? '',
      s.gap === undefined ? '' : String(s.gap),
      (s.item?.evidence ?? []).map((e) => `${e.label}: ${e.href}`).join('\n'),
      s.item?.note ?? '',
    ]),
    [],
    ...creditRows(cycle.source, t),
  ]);
}
