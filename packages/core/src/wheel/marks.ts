/**
 * How a wheel shows a self-assessment: each stage's (and the hub's) level as a row of pips,
 * one per level of the scale, those up to the level filled, the target ringed, and a change
 * since an earlier file as an arrow. Shape and fill, never colour alone, so the marks read in
 * forced colours and in greyscale print. The words (level, target, change) go into the tab
 * names and the list under the wheel.
 *
 * The wheel imports only this module and the type: the assessment's own code stays in its chunk.
 */
import { HUB_ID } from '../constants.js';
import { NUMBER_BAND, type Point, type WheelLayout } from './layout.js';

/** How a part's level moved since an earlier file (see `compareAssessments`). */
export type RatingChange = 'up' | 'down' | 'same' | 'newly-rated' | 'dropped' | 'not-rated';

/** What a wheel shows of one part's rating; a linked `<ec-self-assessment>` gives them. */
export interface WheelRating {
  /** The level's name, in the assessment's words; undefined while not rated. */
  level?: string;
  /** The level's place on the scale, from 0 (lowest); -1 while not rated. */
  rank: number;
  /** How many levels the scale has (2 to 7). */
  of: number;
  /** The target level's name, and its place on the scale. */
  target?: string;
  targetRank?: number;
  /** With a comparison: how the level moved since the earlier file, and by how many levels. */
  change?: RatingChange;
  by?: number;
}

/** Ratings by stage id and `hub`. */
export type WheelRatings = ReadonlyMap<string, WheelRating>;

/** One part's mark, in the wheel's coordinates (before the selected stage's offset). */
export interface RatingMark {
  /**
   * The pips as one path, drawn with `fill-rule="evenodd"` in the colour of the text: a disc
   * for each level up to the one given, a ring for each above it, and a second ring round
   * the target. None overlap, so the even-odd rule draws each as meant.
   */
  pips: string;
  /** The change arrow's path, and which it is; absent without a change to show. */
  change?: { kind: 'up' | 'down' | 'new' | 'dropped'; path: string };
  /** Where each pip's centre is, and its radius (for tests and for other renderers). */
  centres: Point[];
  r: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A circle of radius `r` round (x, y), as two arcs. */
const disc = (x: number, y: number, r: number) =>
  `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1 0 ${round(2 * r)},0a${round(r)},${round(r)} 0 1 0 ${round(-2 * r)},0Z`;
/** A ring of radius `r` and width `w` round (x, y): its outer circle and its inner one. */
const ring = (x: number, y: number, r: number, w: number) => disc(x, y, r) + disc(x, y, r - w);

/** An upright arrow or diamond of half-size `s` centred on (x, y): up, down, new (diamond), dropped (a bar). */
function changePath(kind: 'up' | 'down' | 'new' | 'dropped', x: number, y: number, s: number): string {
  const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  switch (kind) {
    case 'up':
      return `M${p(0, -s)}L${p(s, s * 0.8)}L${p(-s, s * 0.8)}Z`;
    case 'down':
      return `M${p(0, s)}L${p(s, -s * 0.8)}L${p(-s, -s * 0.8)}Z`;
    case 'new':
      return `M${p(0, -s)}L${p(s, 0)}L${p(0, s)}L${p(-s, 0)}Z`;
    case 'dropped':
      return `M${p(-s, -s * 0.3)}L${p(s, -s * 0.3)}L${p(s, s * 0.3)}L${p(-s, s * 0.3)}Z`;
  }
}

const ARROWS: Partial<Record<RatingChange, 'up' | 'down' | 'new' | 'dropped'>> = {
  up: 'up',
  down: 'down',
  'newly-rated': 'new',
  dropped: 'dropped',
};

/**
 * The marks of every rated part of `layout`, fitted with `marks: true`, which keeps free the
 * band of each stage its number does not use (the outer one with labels across, the inner
 * one with labels along the radius) and the foot of the hub. The pips run along the stage's
 * arc, lowest level first, clockwise in the top half and anticlockwise in the lower half, so
 * they always read left to right.
 */
export function ratingMarks(layout: WheelLayout, ratings: WheelRatings): Map<string, RatingMark> {
  const marks = new Map<string, RatingMark>();
  if (!layout.marks) return marks;
  const { radii } = layout;
  const width = (radii.stageOuter - radii.stageInner) * NUMBER_BAND;
  const radius =
    layout.labelOrientation === 'along' ? radii.stageInner + width / 2 : radii.stageOuter - width / 2;
  const place = (rating: WheelRating, centre: Point, angle: number | undefined, room: number): RatingMark => {
    const of = Math.max(1, rating.of);
    // Pips as large as the band allows, and small enough for the row (and its arrow) to fit.
    const r = Math.min(width * 0.26, room / ((of + 1.2) * 2.9));
    const step = r * 2.9;
    const line = Math.max(1, r * 0.3);
    const first = -((of - 1) * step) / 2 - (rating.change ? step * 0.6 : 0);
    const along = (d: number): Point => {
      if (angle === undefined) return { x: round(centre.x + d), y: round(centre.y) };
      // Along the arc, turned so the row reads left to right in either half.
      const flip = Math.cos(angle) < -1e-9 ? -1 : 1;
      const at = Math.hypot(centre.x, centre.y);
      const a = angle + (flip * d) / at;
      return { x: round(at * Math.sin(a)), y: round(-at * Math.cos(a)) };
    };
    const centres = Array.from({ length: of }, (_, i) => along(first + i * step));
    const pips = centres
      .map(
        ({ x, y }, i) =>
          (i <= rating.rank ? disc(x, y, r) : ring(x, y, r, line)) +
          (rating.targetRank === i ? ring(x, y, r * 1.45, line) : ''),
      )
      .join('');
    const kind = rating.change && ARROWS[rating.change];
    const at = along(first + (of - 1) * step + step * 1.2);
    return {
      pips,
      centres,
      r: round(r),
      ...(kind ? { change: { kind, path: changePath(kind, at.x, at.y, r * 1.2) } } : {}),
    };
  };
  const hub = ratings.get(HUB_ID);
  if (hub) marks.set(HUB_ID, place(hub, { x: 0, y: radii.hub * 0.72 }, undefined, radii.hub * 1.1));
  for (const stage of layout.stages) {
    const rating = ratings.get(stage.id);
    if (!rating) continue;
    const centre = { x: radius * Math.sin(stage.midAngle), y: -radius * Math.cos(stage.midAngle) };
    const room = radius * (stage.endAngle - stage.startAngle) * 0.8;
    marks.set(stage.id, place(rating, centre, stage.midAngle, room));
  }
  return marks;
}
