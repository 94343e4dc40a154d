/**
 * The heading level an element uses, from its `heading-level` attribute: a whole number from
 * 1 to 6. Anything else (`"abc"`, `"2.5"`, `"9"`) is rounded and kept in range, or is 2.
 */
export function headingLevel(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
}
