/**
 * Fitting short labels into shapes without a DOM to measure text.
 *
 * Widths come from a table of Arial's advance widths (in ems), widened by a safety margin
 * so that Frutiger, Helvetica and most system sans-serif fonts also fit. Erring wide means a
 * label may get a smaller font than it needed, never that it spills out of its segment.
 */

// Advance widths in ems for Arial, by character; anything else counts as a wide letter.
const WIDTHS: Record<string, number> = {
  ' ': 0.278,
  '!': 0.278,
  '"': 0.355,
  '&': 0.667,
  "'": 0.191,
  '(': 0.333,
  ')': 0.333,
  ',': 0.278,
  '-': 0.333,
  '.': 0.278,
  '/': 0.278,
  ':': 0.278,
  ';': 0.278,
  '?': 0.556,
  '’': 0.222,
  '–': 0.556,
  a: 0.556,
  b: 0.556,
  c: 0.5,
  d: 0.556,
  e: 0.556,
  f: 0.278,
  g: 0.556,
  h: 0.556,
  i: 0.222,
  j: 0.222,
  k: 0.5,
  l: 0.222,
  m: 0.833,
  n: 0.556,
  o: 0.556,
  p: 0.556,
  q: 0.556,
  r: 0.333,
  s: 0.5,
  t: 0.278,
  u: 0.556,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.5,
  A: 0.667,
  B: 0.667,
  C: 0.722,
  D: 0.722,
  E: 0.667,
  F: 0.611,
  G: 0.778,
  H: 0.722,
  I: 0.278,
  J: 0.5,
  K: 0.667,
  L: 0.556,
  M: 0.833,
  N: 0.722,
  O: 0.778,
  P: 0.667,
  Q: 0.778,
  R: 0.722,
  S: 0.667,
  T: 0.611,
  U: 0.722,
  V: 0.667,
  W: 0.944,
  X: 0.667,
  Y: 0.667,
  Z: 0.611,
};
const DIGIT = 0.556;
const OTHER = 0.75;
/** How much wider than Arial a host's font may be before a label could spill. */
export const WIDTH_SAFETY = 1.15;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;
/** Bold text (stage numbers) is a little wider. */
const BOLD = 1.08;

/** Estimated width of `text` at `fontSize`, in the same units as the font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += WIDTHS[ch] ?? (ch >= '0' && ch <= '9' ? DIGIT : OTHER);
  return ems * fontSize * WIDTH_SAFETY * (bold ? BOLD : 1);
}

/**
 * Breaks `text` into at most `maxLines` lines, each no wider than `width(lineIndex)`.
 * Returns `undefined` when it cannot: words are never split, so a word wider than its line
 * means a smaller font is needed.
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxLines: number,
  width: (line: number) => number,
): string[] | undefined {
  const words = text.trim().split(/\s+/u);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width(lines.length)) {
      current = candidate;
      continue;
    }
    if (!current) return undefined;
    lines.push(current);
    if (lines.length >= maxLines) return undefined;
    if (textWidth(word, fontSize) > width(lines.length)) return undefined;
    current = word;
  }
  lines.push(current);
  return lines.length <= maxLines ? lines : undefined;
}
