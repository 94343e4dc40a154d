/**
 * Naming a place in a cycle in a page address: `#ec-stage-3` for a stage (by its number) and
 * `#ec-hub` for the hub. The elements' deep links and the static exports' links share this.
 */
import { HUB_ID } from './constants.js';
import type { Cycle } from './types.js';

/** The address fragment of the hub. */
export const HUB_HASH = '#ec-hub';
const STAGE_HASH = /^#ec-stage-(\d+)$/;

/** The address fragment for a selection: `#ec-stage-N` by the stage's number, or `#ec-hub`. */
export function hashFor(cycle: Cycle, id: string): string {
  const stage = cycle.stages.find((s) => s.id === id);
  return stage ? stageHash(stage.number) : HUB_HASH;
}

/** The fragment of stage number `number`: `#ec-stage-3`. */
export const stageHash = (number: number): string => `#ec-stage-${number}`;

/** The selection an address fragment asks for, or undefined when the fragment is not ours. */
export function idForHash(cycle: Cycle, hash: string): string | undefined {
  if (hash === HUB_HASH) return HUB_ID;
  const match = STAGE_HASH.exec(hash);
  return match ? cycle.stages.find((s) => s.number === Number(match[1]))?.id : undefined;
}
