import { unsafeStatic } from 'lit/static-html.js';

/**
 * The heading level an element uses, from its `heading-level` attribute: a whole number from
 * 1 to 6. Anything else (`"abc"`, `"2.5"`, `"9"`) is rounded and kept in range, or is 2.
 */
export function headingLevel(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
}

/** Heading levels 1 to 6 as static tag names, chosen from a fixed list (never from input). */
const HEADINGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** The tag for a heading at `level` (rounded and kept in range), for lit/static-html templates. */
export const headingTag = (level: unknown) => HEADINGS[headingLevel(level) - 1]!;
