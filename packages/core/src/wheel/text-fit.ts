/**
 * Fitting short labels into shapes without a DOM to measure text.
 *
 * Widths come from a table of Arial's advance widths (in ems), widened by a safety margin
 * so that Frutiger, Helvetica and most system sans-serif fonts also fit. Erring wide means a
 * label may get a smaller font than it needed, never that it spills out of its segment.
 */

// Advance widths of Arial in thousandths of an em: the n-th character of CHARS has the n-th
// width. Anything else counts as a wide letter. (Two parallel lists are a third of the size of
// an object literal, and this table ships in every wheel.)
const CHARS = ' !"&\'(),-./:;?’–abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const EMS = [
  278, 278, 355, 667, 191, 333, 333, 278, 333, 278, 278, 278, 278, 556, 222, 556, 556, 556, 500, 556, 556,
  278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611,
];
const WIDTHS = new Map([...CHARS].map((ch, i) => [ch, EMS[i]! / 1000]));
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
  for (const ch of text) ems += WIDTHS.get(ch) ?? (ch >= '0' && ch <= '9' ? DIGIT : OTHER);
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
