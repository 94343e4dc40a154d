import type { Source } from './types.js';

/**
 * The project's CSV rules, for every export: UTF-8 with a byte-order mark (so Excel reads it
 * as UTF-8), CRLF line ends, RFC 4180 quoting, and no field a spreadsheet would run.
 */

/**
 * One CSV field. Quoted when it holds a comma, quote or line break; and a field that a
 * spreadsheet would read as a formula (starting with =, +, -, @, or a tab or carriage return)
 * gets a leading apostrophe, so opening the file never runs anything.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as a whole CSV file. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The credit as CSV rows: the line itself, then the source's and the licence's addresses,
 * which a CC BY-NC-SA copy must give (a spreadsheet has no links, so the address is written).
 * A bare string gives the line alone.
 */
export function creditRows(
  source: string | Source,
  labels: { source?: string; licence?: string } = {},
): string[][] {
  if (typeof source === 'string') return [[source]];
  const rows = [[source.credit]];
  if (source.url) rows.push([`${labels.source ?? 'Source'}: ${source.name}, ${source.url}`]);
  const { name, url } = source.licence;
  rows.push([`${labels.licence ?? 'Licence'}: ${url ? `${name}, ${url}` : name}`]);
  return rows;
}
