import { defaultCycle } from '../src/default-cycle.js';
import type { Cycle } from '../src/types.js';

/** A fresh, writable copy of the default cycle for a test to break. */
export function copyOfDefault(): Cycle {
  return structuredClone(defaultCycle) as Cycle;
}

/** A small valid cycle with `n` stages, for tests that need other stage counts. */
export function cycleWithStages(n: number): Cycle {
  const base = copyOfDefault();
  const stages = Array.from({ length: n }, (_, i) => ({
    ...base.stages[i % base.stages.length]!,
    id: `step-${i + 1}`,
    number: i + 1,
    links: undefined,
  }));
  return {
    schemaVersion: 1,
    title: 'Test cycle',
    source: base.source,
    hub: { title: 'Centre', shortTitle: 'Centre', purpose: 'Holds it together.', elements: [] },
    stages: stages.map(({ sources: _s, ...s }) => s),
  };
}
