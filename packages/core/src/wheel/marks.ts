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
import type { Point, WheelLayout } from './layout.js';

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

export interface MarkPip extends Point {
  /** At or below the level. */
  filled: boolean;
  /** The target level: drawn with a second ring. */
  target: boolean;
}

/** One part's mark, in the wheel's coordinates (before the selected stage's offset). */
export interface RatingMark {
  /** Radius of each pip. */
  r: number;
  pips: MarkPip[];
  /** Where the change arrow sits, and which one; absent when nothing changed or no comparison. */
  change?: Point & { kind: 'up' | 'down' | 'new' | 'dropped'; path: string };
}

const round = (n: number) => Math.round(n * 100) / 100;

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

const arrowOf = (rating: WheelRating): 'up' | 'down' | 'new' | 'dropped' | undefined =>
  rating.change === 'up'
    ? 'up'
    : rating.change === 'down'
      ? 'down'
      : rating.change === 'newly-rated'
        ? 'new'
        : rating.change === 'dropped'
          ? 'dropped'
          : undefined;

/**
 * The marks of every rated part of `layout` (fitted with `marks: true`, which keeps a band of
 * each stage and the foot of the hub free for them). The pips run along the stage's arc,
 * lowest level first reading clockwise in the top half and anticlockwise in the lower half,
 * so they always read left to right.
 */
export function ratingMarks(layout: WheelLayout, ratings: WheelRatings): Map<string, RatingMark> {
  const marks = new Map<string, RatingMark>();
  const band = layout.markBand;
  if (!band) return marks;
  const place = (rating: WheelRating, centre: Point, angle: number | undefined, room: number) => {
    const of = Math.max(1, rating.of);
    // Pips as large as the band allows, and small enough for the row (and its arrow) to fit.
    const r = Math.min(band.width * 0.28, room / ((of + 1.5) * 2.6));
    const step = r * 2.6;
    const first = -((of - 1) * step) / 2 - (rating.change ? step * 0.75 : 0);
    const along = (d: number): Point => {
      if (angle === undefined) return { x: round(centre.x + d), y: round(centre.y) };
      // Along the tangent, turned so the row reads left to right in either half.
      const flip = Math.cos(angle) < -1e-9 ? -1 : 1;
      const radius = Math.hypot(centre.x, centre.y);
      const a = angle + (flip * d) / radius;
      return { x: round(radius * Math.sin(a)), y: round(-radius * Math.cos(a)) };
    };
    const pips = Array.from({ length: of }, (_, i) => ({
      ...along(first + i * step),
      filled: i <= rating.rank,
      target: rating.targetRank === i,
    }));
    const kind = arrowOf(rating);
    const at = along(first + (of - 1) * step + step * 1.5);
    const change = kind ? { ...at, kind, path: changePath(kind, at.x, at.y, r * 1.2) } : undefined;
    return { r: round(r), pips, ...(change ? { change } : {}) };
  };
  const hub = ratings.get(HUB_ID);
  if (hub) marks.set(HUB_ID, place(hub, { x: 0, y: band.hubY }, undefined, band.hubRoom));
  for (const stage of layout.stages) {
    const rating = ratings.get(stage.id);
    if (!rating) continue;
    const centre = { x: band.radius * Math.sin(stage.midAngle), y: -band.radius * Math.cos(stage.midAngle) };
    const room = band.radius * (stage.endAngle - stage.startAngle) * 0.8;
    marks.set(stage.id, place(rating, centre, stage.midAngle, room));
  }
  return marks;
}
