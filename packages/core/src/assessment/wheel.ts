import { HUB_ID } from '../constants.js';
import type { WheelRating } from '../wheel/marks.js';
import type { AssessmentSummary, ItemChange } from './summary.js';

/**
 * What a wheel shows of an assessment: for the hub and each stage (the wheel has no place for
 * the hub's elements), the level and target by name and place on the scale and, with a
 * comparison, how the level moved. `levelName` gives a level's words in the reader's language.
 */
export function wheelRatings(
  summary: AssessmentSummary,
  comparison?: { items: readonly ItemChange[] },
  levelName: (id: string, label: string) => string = (_id, label) => label,
): Map<string, WheelRating> {
  const levels = summary.scale.levels;
  const changes = new Map(comparison?.items.map((c) => [c.part.id, c]));
  const ratings = new Map<string, WheelRating>();
  for (const item of summary.items) {
    if (item.part.kind === 'element') continue;
    const change = changes.get(item.part.id);
    ratings.set(item.part.id === HUB_ID ? HUB_ID : item.part.id, {
      ...(item.level ? { level: levelName(item.level.id, item.level.label) } : {}),
      rank: item.level ? levels.indexOf(item.level) : -1,
      of: levels.length,
      ...(item.target
        ? { target: levelName(item.target.id, item.target.label), targetRank: levels.indexOf(item.target) }
        : {}),
      ...(change ? { change: change.change, ...(change.by !== undefined ? { by: change.by } : {}) } : {}),
    });
  }
  return ratings;
}
