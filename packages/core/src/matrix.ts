/**
 * Who does what: the roles x stages matrix as data, and as CSV. The element draws it; these
 * pure functions decide what is in it, so a table, a list view, a CSV file and a test all
 * read the same rows.
 */
import { HUB_ID } from './constants.js';
import { creditRows, toCsv } from './csv.js';

export { csvField } from './csv.js';
import type { Basis, Cycle, Role, RoleGroup, Source } from './types.js';

export interface MatrixColumn {
  /** A stage id, or `hub`. */
  id: string;
  /** The stage number; absent for the hub. */
  number?: number;
  title: string;
  shortTitle: string;
}

export interface MatrixCell {
  column: string;
  /** What the role does there, or undefined when the cycle says nothing. */
  text?: string;
  basis?: Basis;
}

export interface MatrixRow {
  role: Role;
  group?: RoleGroup;
  cells: MatrixCell[];
}

/** Rows of one role group (or of roles in no known group, with `group` undefined). */
export interface MatrixSection {
  group?: RoleGroup;
  rows: MatrixRow[];
}

export interface Matrix {
  columns: MatrixColumn[];
  /** Every row shown, section by section. */
  rows: MatrixRow[];
  /** The rows in their role groups: groups in the cycle's order, roles in no known group last. */
  sections: MatrixSection[];
  /** How many roles there are before filtering. */
  total: number;
}

export interface MatrixFilter {
  /** Keep only roles in this role group (by id). */
  group?: string;
  /** Keep only roles that have a part at this stage (or `hub`). */
  activeAt?: string;
}

/**
 * The matrix of a cycle: the hub and every stage as columns, roles as rows. Rows come in
 * their role groups, in the order the cycle lists its groups, and in the cycle's order of
 * roles inside a group; roles in no known group come last. The guide, the table, the list
 * view and the CSV all read this one order.
 */
export function whoDoesWhat(cycle: Cycle, filter: MatrixFilter = {}): Matrix {
  const columns: MatrixColumn[] = [
    { id: HUB_ID, title: cycle.hub.title, shortTitle: cycle.hub.shortTitle },
    ...cycle.stages.map((s) => ({ id: s.id, number: s.number, title: s.title, shortTitle: s.shortTitle })),
  ];
  const byCell = new Map((cycle.responsibilities ?? []).map((r) => [`${r.role}\u0000${r.stage}`, r]));
  const roles = cycle.roles ?? [];
  const sections: MatrixSection[] = [...(cycle.roleGroups ?? []), undefined].map((group) => ({
    group,
    rows: [],
  }));
  const sectionOf = new Map(sections.map((s) => [s.group?.id, s]));
  const ungrouped = sections[sections.length - 1]!;
  for (const role of roles) {
    if (filter.group !== undefined && role.group !== filter.group) continue;
    const cells = columns.map((c): MatrixCell => {
      const r = byCell.get(`${role.id}\u0000${c.id}`);
      return r ? { column: c.id, text: r.text, basis: r.basis } : { column: c.id };
    });
    if (filter.activeAt !== undefined && !cells.some((c) => c.column === filter.activeAt && c.text)) continue;
    const section = (role.group !== undefined && sectionOf.get(role.group)) || ungrouped;
    section.rows.push({ role, group: section.group, cells });
  }
  const shown = sections.filter((s) => s.rows.length);
  return { columns, rows: shown.flatMap((s) => s.rows), sections: shown, total: roles.length };
}

export interface CsvLabels {
  role: string;
  group: string;
  /** The heading of a column, e.g. "Stage 2: Plan and transform". */
  column(column: MatrixColumn): string;
  /** Added after a suggested cell's text, e.g. " (suggestion)". */
  suggested: string;
  /** Before the source's address on the credit lines, e.g. "Source". */
  source?: string;
  /** Before the licence's name and address, e.g. "Licence". */
  licence?: string;
}

const ENGLISH: CsvLabels = {
  role: 'Role',
  group: 'Group',
  column: (c) => (c.number === undefined ? `Hub: ${c.shortTitle}` : `Stage ${c.number}: ${c.shortTitle}`),
  suggested: ' (suggestion)',
  source: 'Source',
  licence: 'Licence',
};

/**
 * The matrix as CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line
 * ends, one row per role, the credit last. Pass the cycle's `source` to add the addresses of
 * the source and the licence under the credit line (a bare string adds the line alone).
 */
export function matrixToCsv(matrix: Matrix, credit: string | Source, labels: CsvLabels = ENGLISH): string {
  const lines = [
    [labels.role, labels.group, ...matrix.columns.map(labels.column)],
    ...matrix.rows.map((row) => [
      row.role.name,
      row.group?.name ?? '',
      ...row.cells.map((c) => (c.text ? c.text + (c.basis === 'suggested' ? labels.suggested : '') : '')),
    ]),
    [],
    ...creditRows(credit, labels),
  ];
  return toCsv(lines);
}
