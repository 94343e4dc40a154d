import type { Cycle } from '../types.js';
import { DEFAULT_SCALE } from './scale.js';
import { ratedParts, type RatedPart } from './items.js';
import type { Assessment, AssessmentItem, Scale, ScaleLevel } from './types.js';

/** One part's rating, read against the scale. */
export interface ItemSummary {
  part: RatedPart;
  item?: AssessmentItem;
  level?: ScaleLevel;
  target?: ScaleLevel;
  /**
   * How many levels the rating is below its target (0 at or above it); undefined without a
   * target. An item not rated yet counts as one below the lowest level.
   */
  gap?: number;
}

export interface AssessmentSummary {
  scale: Scale;
  items: ItemSummary[];
  /** How many parts are at each level, by level id. */
  counts: Record<string, number>;
  /** Parts rated, of all the parts the cycle has ("9 of 15 rated"). */
  rated: number;
  total: number;
}

export const scaleOf = (assessment: Assessment): Scale => assessment.scale ?? DEFAULT_SCALE;

/** Every part of the cycle with its rating, in the form's order, and the totals. */
export function assessmentSummary(assessment: Assessment, cycle: Cycle): AssessmentSummary {
  const scale = scaleOf(assessment);
  const index = new Map(scale.levels.map((l, i) => [l.id, i]));
  const byId = new Map(assessment.items.map((item) => [item.id, item]));
  const counts = Object.fromEntries(scale.levels.map((l) => [l.id, 0]));
  const items = ratedParts(cycle).map((part): ItemSummary => {
    const item = byId.get(part.id);
    const level = item?.level === undefined ? undefined : scale.levels[index.get(item.level)!];
    const target = item?.target === undefined ? undefined : scale.levels[index.get(item.target)!];
    if (level) counts[level.id]!++;
    const gap =
      target === undefined
        ? undefined
        : Math.max(0, index.get(target.id)! - (level ? index.get(level.id)! : -1));
    return { part, item, level, target, gap };
  });
  return { scale, items, counts, rated: items.filter((i) => i.level).length, total: items.length };
}

/** The parts below their target, largest gap first (the form's order among equals). */
export function actionList(assessment: Assessment, cycle: Cycle): ItemSummary[] {
  return assessmentSummary(assessment, cycle)
    .items.map((item, order) => ({ item, order }))
    .filter(({ item }) => (item.gap ?? 0) > 0)
    .sort((a, b) => b.item.gap! - a.item.gap! || a.order - b.order)
    .map(({ item }) => item);
}

export type Change = 'up' | 'down' | 'same' | 'newly-rated' | 'dropped' | 'not-rated';

export interface ItemChange {
  part: RatedPart;
  change: Change;
  before?: ScaleLevel;
  after?: ScaleLevel;
  /** Levels moved: positive up, negative down; undefined unless rated in both. */
  by?: number;
}

/**
 * How each part's rating moved between an earlier and a later file. Levels are compared by
 * their place in each file's own scale, so two files on one scale compare exactly; when the
 * scales differ, `sameScale` is false and a move is only as meaningful as the two scales are
 * alike.
 */
export function compareAssessments(
  earlier: Assessment,
  later: Assessment,
  cycle: Cycle,
): { items: ItemChange[]; sameScale: boolean } {
  const a = assessmentSummary(earlier, cycle);
  const b = assessmentSummary(later, cycle);
  const place = (scale: Scale, level?: ScaleLevel) => (level ? scale.levels.indexOf(level) : -1);
  const items = b.items.map((after, i): ItemChange => {
    const before = a.items[i]!;
    const from = place(a.scale, before.level);
    const to = place(b.scale, after.level);
    const base = { part: after.part, before: before.level, after: after.level };
    if (from < 0 && to < 0) return { ...base, change: 'not-rated' };
    if (from < 0) return { ...base, change: 'newly-rated' };
    if (to < 0) return { ...base, change: 'dropped' };
    const by = to - from;
    return { ...base, by, change: by > 0 ? 'up' : by < 0 ? 'down' : 'same' };
  });
  const sameScale =
    JSON.stringify(a.scale.levels.map((l) => l.id)) === JSON.stringify(b.scale.levels.map((l) => l.id));
  return { items, sameScale };
}
