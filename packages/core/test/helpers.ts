import { defaultCycle } from '../src/default-cycle.js';
import type { Cycle } from '../src/types.js';
import { bigCycle as makeBigCycle, cycleWithStages as makeCycleWithStages } from './support/cycles.js';

/** A fresh, writable copy of the default cycle for a test to break. */
export function copyOfDefault(): Cycle {
  return structuredClone(defaultCycle) as Cycle;
}

/** A small valid cycle with `n` stages, for tests that need other stage counts. */
export function cycleWithStages(n: number): Cycle {
  return makeCycleWithStages(defaultCycle, n) as Cycle;
}

/** A cycle with `roles` roles in two groups and `stages` stages, two cells in three filled. */
export function bigCycle(roles: number, stages: number): Cycle {
  return makeBigCycle(defaultCycle, roles, stages) as Cycle;
}
