/**
 * Moving round a cycle: the rule the guide's Previous and Next buttons and the elements'
 * `next()` and `previous()` share.
 */
import type { Cycle, Stage } from './types.js';

/**
 * The stage `by` steps round the cycle from `id`, wrapping at both ends. From the hub (or an
 * id the cycle does not have) forward is the first stage and back is the last.
 */
export function stepFrom(cycle: Cycle, id: string, by: 1 | -1): Stage {
  const stages = cycle.stages;
  const at = stages.findIndex((s) => s.id === id);
  const from = at < 0 ? (by === 1 ? -1 : 0) : at;
  return stages[(from + by + stages.length) % stages.length]!;
}
