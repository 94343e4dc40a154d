/**
 * The geometry of the cycle wheel, computed once for both the custom element and the static
 * SVG export, so the two always draw the same shapes.
 *
 * Angles are in radians, clockwise from 12 o'clock; the wheel is
 * centred on (0, 0) inside a square viewBox of `size` units.
 */
import { HUB_ID } from '../constants.js';
import type { Cycle } from '../types.js';
import { LINE_HEIGHT, textWidth, wrapText } from './text-fit.js';
import { circlePath, sectorPath } from './sector.js';

export interface WheelOptions {
  /** Width and height of the viewBox. Default 600. */
  size?: number;
  /** Draw the outer ring of commissioning segments (when the cycle has any). Default true. */
  showSegments?: boolean;
  /** The selected stage id, or `hub`. Its segment is drawn pulled out from the ring. */
  selected?: string;
  /** Turns the whole wheel clockwise by this many degrees. See `rotationFor()`. */
  rotation?: number;
  /** Largest font size for labels, in viewBox units. Default 20. */
  maxFontSize?: number;
  /**
   * Smallest font size for labels, in viewBox units. Labels that only fit smaller are left
   * off (numbers stay). The element raises this when it is drawn small, so that text on
   * screen never falls below a readable size. Default 11.
   */
  minFontSize?: number;
  /**
   * Keep room for a self-assessment's marks (see `ratingMarks`): a band of each stage (the
   * one its number does not use) and the foot of the hub. Labels fit in what is left.
   */
  marks?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

/** Lines of text centred on (x, y), turned by `rotate` degrees. */
export interface TextBlock extends Point {
  rotate: number;
  fontSize: number;
  lines: string[];
}

export interface StageShape {
  id: string;
  number: number;
  title: string;
  shortTitle: string;
  startAngle: number;
  endAngle: number;
  midAngle: number;
  /** The ring sector. */
  path: string;
  /** How far the whole stage is moved out when selected (0, 0 otherwise). */
  offset: Point;
  selected: boolean;
  numberLabel: TextBlock;
  /** The short title, or undefined when it cannot fit at `minFontSize`. */
  label?: TextBlock;
}

export interface HubShape {
  id: typeof HUB_ID;
  title: string;
  shortTitle: string;
  radius: number;
  path: string;
  selected: boolean;
  label?: TextBlock;
}

export interface SegmentShape {
  id: string;
  title: string;
  stageIds: string[];
  startAngle: number;
  endAngle: number;
  /** The band sector of the outer ring. */
  path: string;
  /** An arc for `<textPath>`, running left to right as read, so text is never upside down. */
  textPath: string;
  /** Font size of the title on the arc, or undefined when it does not fit. */
  fontSize?: number;
}

export interface WheelLayout {
  size: number;
  /** How far the selected stage is pulled out of the ring. */
  explode: number;
  viewBox: string;
  rotation: number;
  radii: { hub: number; stageInner: number; stageOuter: number; bandInner?: number; bandOuter?: number };
  /** How stage labels run: across the segment, along its radius, or not at all (too small). */
  labelOrientation: 'across' | 'along' | 'none';
  labelFontSize?: number;
  hub: HubShape;
  stages: StageShape[];
  segments: SegmentShape[];
  /** Whether room is kept for a self-assessment's marks (see `ratingMarks`). */
  marks: boolean;
}

const TAU = Math.PI * 2;
/** The share of a stage's depth kept at each end for its number (and, with marks, for them). */
export const NUMBER_BAND = 0.22;
const NO_OFFSET: Point = Object.freeze({ x: 0, y: 0 });
/** From the middle of a line of text down to its baseline, in ems. */
const BASELINE_SHIFT = 0.35;
const round = (n: number) => Math.round(n * 100) / 100;
const polar = (r: number, angle: number): Point => ({
  x: round(r * Math.sin(angle)),
  y: round(-r * Math.cos(angle)),
});

/** Degrees that turn the wheel so that stage `id` sits at the top (0 for the hub). */
export function rotationFor(cycle: Cycle, id: string | undefined): number {
  const index = cycle.stages.findIndex((s) => s.id === id);
  if (index < 0) return 0;
  const step = 360 / cycle.stages.length;
  return -(index + 0.5) * step;
}

/** Keeps text upright: an angle in the lower half of the wheel is turned a half turn. */
function upright(angleDeg: number): { rotate: number; flipped: boolean } {
  const a = ((angleDeg % 360) + 360) % 360;
  return a > 90 && a < 270
    ? { rotate: round(a - 180), flipped: true }
    : { rotate: round(a > 180 ? a - 360 : a), flipped: false };
}

interface Sector {
  inner: number;
  outer: number;
  mid: number;
  /** Half the angle available for text, after the gaps between segments. */
  half: number;
  /** Distance to keep from every edge. */
  pad: number;
}

/** The corners of each line of a text block, as the estimate of its width puts them. */
function blockCorners(block: TextBlock, bold: boolean): Point[] {
  const lh = block.fontSize * LINE_HEIGHT;
  const top = -(block.lines.length * lh) / 2;
  const turn = (block.rotate * Math.PI) / 180;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  const out: Point[] = [];
  block.lines.forEach((line, i) => {
    const half = textWidth(line, block.fontSize, bold) / 2;
    for (const x of [-half, half]) {
      for (const y of [top + i * lh, top + (i + 1) * lh]) {
        out.push({ x: block.x + x * cos - y * sin, y: block.y + x * sin + y * cos });
      }
    }
  });
  return out;
}

/**
 * The final check on every placed block: all its corners inside the sector, clear of the
 * edges by `pad`. The fitting below aims to pass it; this makes sure it does.
 */
function insideSector(block: TextBlock, s: Sector, bold = false): boolean {
  return blockCorners(block, bold).every((p) => {
    const r = Math.hypot(p.x, p.y);
    if (r < s.inner + s.pad / 2 || r > s.outer - s.pad / 2) return false;
    let off = Math.atan2(p.x, -p.y) - s.mid;
    off = ((((off + Math.PI) % TAU) + TAU) % TAU) - Math.PI;
    return Math.abs(off) <= s.half;
  });
}

/** Text running across the segment, at right angles to its radius. */
function fitAcross(text: string, s: Sector, f: number): TextBlock | undefined {
  const lh = f * LINE_HEIGHT;
  const turn = upright((s.mid * 180) / Math.PI);
  for (let lines = 1; lines <= 3; lines++) {
    const height = lines * lh;
    const room = s.outer - s.inner - height;
    if (room < 0) break;
    // Try the block at a few distances from the centre; further out is wider, but the outer
    // arc cuts the corners, so the best place depends on the text.
    for (let step = 0; step <= 4; step++) {
      const near = s.inner + (room * (4 - step)) / 4;
      const width = (line: number) => {
        // Line 0 is the top line as read: outermost unless the text is turned upside down.
        const k = turn.flipped ? line : lines - 1 - line;
        const lineNear = near + k * lh;
        const lineFar = lineNear + lh;
        const bySides = s.half < Math.PI / 2 ? 2 * lineNear * Math.tan(s.half) : Infinity;
        const byArc = 2 * Math.sqrt(Math.max(0, s.outer * s.outer - lineFar * lineFar));
        return Math.min(bySides, byArc) - 2 * s.pad;
      };
      const wrapped = wrapText(text, f, lines, width);
      if (wrapped) {
        const centre = polar(near + height / 2, s.mid);
        const block = { ...centre, rotate: turn.rotate, fontSize: f, lines: wrapped };
        if (insideSector(block, s)) return block;
      }
    }
  }
  return undefined;
}

/** Text running along the segment's radius, for wheels with many narrow segments. */
function fitAlong(text: string, s: Sector, f: number): TextBlock | undefined {
  const lh = f * LINE_HEIGHT;
  const deg = (s.mid * 180) / Math.PI;
  // Reads outwards on the right half of the wheel and inwards on the left, never upside down.
  const a = ((deg % 360) + 360) % 360;
  const rotate = round(a <= 180 ? a - 90 : a - 270);
  for (let lines = 1; lines <= 2; lines++) {
    const thick = lines * lh + 2 * s.pad;
    const start = Math.max(s.inner, thick / 2 / Math.sin(s.half));
    const end = Math.sqrt(Math.max(0, s.outer * s.outer - (thick / 2) ** 2)) - s.pad;
    const length = end - start;
    if (length <= 0) break;
    const wrapped = wrapText(text, f, lines, () => length);
    if (wrapped) {
      const centre = polar((start + end) / 2, s.mid);
      const block = { ...centre, rotate, fontSize: f, lines: wrapped };
      if (insideSector(block, s)) return block;
    }
  }
  return undefined;
}

/** Text inside a circle of radius `r`. */
function fitCircle(text: string, r: number, f: number, pad: number): TextBlock | undefined {
  const lh = f * LINE_HEIGHT;
  for (let lines = 1; lines <= 4; lines++) {
    const height = lines * lh;
    if (height > 2 * (r - pad)) break;
    const width = (line: number) => {
      const top = -height / 2 + line * lh;
      const far = Math.max(Math.abs(top), Math.abs(top + lh));
      return 2 * Math.sqrt(Math.max(0, (r - pad) ** 2 - far * far));
    };
    const wrapped = wrapText(text, f, lines, width);
    if (wrapped) return { x: 0, y: 0, rotate: 0, fontSize: f, lines: wrapped };
  }
  return undefined;
}

/** The largest font size in [min, max] (in half units) at which `fit` succeeds for every item. */
function largestFit<T>(
  min: number,
  max: number,
  fit: (f: number) => T[] | undefined,
): { f: number; items: T[] } | undefined {
  const steps = Math.floor((max - min) * 2);
  let lo = 0;
  let hi = steps;
  let best: { f: number; items: T[] } | undefined;
  // Fitting gets easier as the font gets smaller, so a binary search over the steps finds
  // the largest size in a handful of tries even for 24 segments.
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const f = min + mid / 2;
    const items = fit(f);
    if (items) {
      best = { f, items };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

function all<T>(list: (T | undefined)[]): T[] | undefined {
  return list.every((x) => x !== undefined) ? (list as T[]) : undefined;
}

/**
 * The shapes of the wheel and the labels that fit, with nothing selected. Fitting the labels
 * is the costly part (a search over font sizes for every stage), and it depends only on the
 * cycle, the options and the rotation, so callers keep its answer and pass it to
 * `selectWheel()` whenever only the selection changes.
 */
export function fitWheel(cycle: Cycle, options: Omit<WheelOptions, 'selected'> = {}): WheelLayout {
  const size = options.size ?? 600;
  const maxF = options.maxFontSize ?? 20;
  const minF = Math.min(options.minFontSize ?? 11, 1000);
  const rotation = options.rotation ?? 0;
  const offsetAngle = (rotation * Math.PI) / 180;
  const segmentsShown = (options.showSegments ?? true) && (cycle.segments?.length ?? 0) > 0;
  const n = cycle.stages.length;
  const R = size / 2 - size * 0.01;
  const gap = size * 0.006;
  const explode = size * 0.025;
  const pad = size * 0.006;

  const radii = segmentsShown
    ? { hub: R * 0.28, stageInner: R * 0.32, stageOuter: R * 0.8, bandInner: R * 0.86, bandOuter: R }
    : { hub: R * 0.3, stageInner: R * 0.34, stageOuter: R - explode };

  const path = (inner: number, outer: number, start: number, end: number) =>
    sectorPath(inner, outer, start, end, gap);

  const step = TAU / n;
  const sectors: Sector[] = cycle.stages.map((_, i) => {
    const start = offsetAngle + i * step;
    return {
      inner: radii.stageInner,
      outer: radii.stageOuter,
      mid: start + step / 2,
      half: step / 2 - gap / radii.stageInner,
      pad,
    };
  });

  // Each segment keeps a band for its number. With text across the segment the number sits
  // in the inner band; with text along the radius (or none) it moves to the outer band, where
  // narrow segments are widest.
  const band = (radii.stageOuter - radii.stageInner) * NUMBER_BAND;
  // With marks, the band the number leaves free holds them, so labels fit between both bands.
  const marks = options.marks ?? false;
  const inward = sectors.map((s) => ({
    ...s,
    inner: s.inner + band,
    outer: marks ? s.outer - band : s.outer,
  }));
  const outward = sectors.map((s) => ({
    ...s,
    outer: s.outer - band,
    inner: marks ? s.inner + band : s.inner,
  }));
  const across = largestFit(minF, maxF, (f) =>
    all(cycle.stages.map((stage, i) => fitAcross(stage.shortTitle, inward[i]!, f))),
  );
  // Prefer text across the segment (easier to read) unless along the radius allows a clearly
  // larger font: more than 1 unit larger. So text along the radius is only tried at those
  // sizes, which is most of the saving when text across fits well.
  const alongFrom = across ? across.f + 1.5 : minF;
  const along =
    alongFrom <= maxF
      ? largestFit(alongFrom, maxF, (f) =>
          all(cycle.stages.map((stage, i) => fitAlong(stage.shortTitle, outward[i]!, f))),
        )
      : undefined;
  const choice =
    across && (!along || across.f >= along.f - 1)
      ? { kind: 'across' as const, ...across }
      : along
        ? { kind: 'along' as const, ...along }
        : undefined;

  const numberAt = choice?.kind === 'across' ? radii.stageInner + band / 2 : radii.stageOuter - band / 2;
  const numberBlock = (i: number, fontSize: number): TextBlock => ({
    ...polar(numberAt, sectors[i]!.mid),
    rotate: 0,
    fontSize,
    lines: [String(cycle.stages[i]!.number)],
  });
  // Numbers stand upright, so how much room they have depends on the angle of their segment;
  // one size, the largest that fits everywhere, keeps them even.
  let numberFont = Math.min(band * 0.9, maxF * 1.2);
  const numbersFit = (f: number) => sectors.every((s, i) => insideSector(numberBlock(i, f), s, true));
  while (numberFont > 1 && !numbersFit(numberFont)) numberFont -= 0.5;

  const stages: StageShape[] = cycle.stages.map((stage, i) => {
    const s = sectors[i]!;
    const start = offsetAngle + i * step;
    return {
      id: stage.id,
      number: stage.number,
      title: stage.title,
      shortTitle: stage.shortTitle,
      startAngle: start,
      endAngle: start + step,
      midAngle: s.mid,
      path: path(s.inner, s.outer, start, start + step),
      offset: NO_OFFSET,
      selected: false,
      numberLabel: numberBlock(i, numberFont),
      label: choice?.items[i],
    };
  });

  const hubLabel = largestFit(minF, maxF * 1.2, (f) => {
    // With marks, the label keeps to the middle of the hub (a pad of 0.4 of its radius), clear
    // of the marks at its foot.
    const block = fitCircle(cycle.hub.shortTitle, radii.hub, f, marks ? radii.hub * 0.4 : pad * 2);
    return block ? [block] : undefined;
  });
  const hub: HubShape = {
    id: HUB_ID,
    title: cycle.hub.title,
    shortTitle: cycle.hub.shortTitle,
    radius: radii.hub,
    path: circlePath(radii.hub),
    selected: false,
    label: hubLabel?.items[0],
  };

  const segments: SegmentShape[] = [];
  if (segmentsShown && radii.bandInner !== undefined && radii.bandOuter !== undefined) {
    const index = new Map(cycle.stages.map((s, i) => [s.id, i]));
    const bandMid = (radii.bandInner + radii.bandOuter) / 2;
    const bandWidth = radii.bandOuter - radii.bandInner;
    for (const segment of cycle.segments ?? []) {
      const first = index.get(segment.stages[0]!) ?? 0;
      const start = offsetAngle + first * step;
      // A segment round the whole wheel cannot be one arc (its ends would meet); stop just short.
      const end = start + Math.min(segment.stages.length * step, TAU - 0.01);
      const mid = (start + end) / 2;
      const arcLength = bandMid * (end - start - (2 * gap) / bandMid) - 2 * pad;
      let fontSize: number | undefined = Math.min(bandWidth * 0.55, maxF);
      while (fontSize >= minF && textWidth(segment.title, fontSize) > arcLength) fontSize -= 0.5;
      if (fontSize < minF) fontSize = undefined;
      // Text on a path sits on its baseline; move the path so the letters centre in the band,
      // and run it the other way round in the lower half so the text reads upright.
      const flipped = upright((mid * 180) / Math.PI).flipped;
      const baseline = bandMid + (flipped ? 1 : -1) * 0.35 * (fontSize ?? 0);
      const a = polar(baseline, flipped ? end : start);
      const b = polar(baseline, flipped ? start : end);
      const large = end - start > Math.PI ? 1 : 0;
      segments.push({
        id: segment.id,
        title: segment.title,
        stageIds: [...segment.stages],
        startAngle: start,
        endAngle: end,
        path: path(radii.bandInner, radii.bandOuter, start, end),
        textPath: `M${a.x},${a.y}A${round(baseline)},${round(baseline)},0,${large},${flipped ? 0 : 1},${b.x},${b.y}`,
        fontSize,
      });
    }
  }

  return {
    size,
    viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`,
    explode,
    rotation,
    radii,
    labelOrientation: choice?.kind ?? 'none',
    labelFontSize: choice?.f,
    hub,
    stages,
    segments,
    marks,
  };
}

/**
 * `layout` with `selected` (a stage id or `hub`) marked, and that stage pulled out of the
 * ring. Cheap: only the shapes whose state changes are copied, the rest are shared.
 */
export function selectWheel(layout: WheelLayout, selected: string | undefined): WheelLayout {
  const stages = layout.stages.map((stage) => {
    const on = stage.id === selected;
    if (on === stage.selected) return stage;
    return { ...stage, selected: on, offset: on ? polar(layout.explode, stage.midAngle) : NO_OFFSET };
  });
  const hubOn = selected === HUB_ID;
  const hub = hubOn === layout.hub.selected ? layout.hub : { ...layout.hub, selected: hubOn };
  return { ...layout, hub, stages };
}

/** The wheel's shapes and labels with `options.selected` marked: `fitWheel` then `selectWheel`. */
export function wheelLayout(cycle: Cycle, options: WheelOptions = {}): WheelLayout {
  return selectWheel(fitWheel(cycle, options), options.selected);
}

/**
 * Where each line of a block sits, relative to the block's centre: `y` is the line's
 * baseline. Lines are centred on the block as a whole, and each baseline sits a little below
 * its line's middle (0.35 em, the usual centre of Latin capitals and lower case), so neither
 * SVG needs `dominant-baseline`. The element and the static SVG both place text with this.
 */
export function textLines(block: TextBlock): { text: string; y: number }[] {
  const lh = block.fontSize * LINE_HEIGHT;
  const first = -((block.lines.length - 1) * lh) / 2 + BASELINE_SHIFT * block.fontSize;
  return block.lines.map((text, i) => ({ text, y: round(first + i * lh) }));
}
