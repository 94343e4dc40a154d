// Test cycles built from a base cycle, in plain JavaScript so the browser tests (through
// helpers.ts) and the Node benchmark build exactly the same data.

/**
 * A valid cycle with `n` stages (3 to 24), repeating the base stages' text, with no
 * segments, no roles and a plain hub.
 * @param {any} base a valid cycle, such as the default one
 * @param {number} n
 */
export function cycleWithStages(base, n) {
  const copy = structuredClone(base);
  const stages = Array.from({ length: n }, (_, i) => {
    const {
      sources: _sources,
      links: _links,
      version: _version,
      ...stage
    } = copy.stages[i % copy.stages.length];
    return { ...stage, id: `step-${i + 1}`, number: i + 1 };
  });
  return {
    schemaVersion: 1,
    title: 'Test cycle',
    source: copy.source,
    hub: { title: 'Centre', shortTitle: 'Centre', purpose: 'Holds it together.', elements: [] },
    stages,
  };
}

/**
 * A cycle with `roleCount` roles in two groups ('a' and 'b') and `stageCount` stages, with a
 * suggested responsibility in two cells of every three (none in the hub's column).
 * @param {any} base
 * @param {number} roleCount
 * @param {number} stageCount
 */
export function bigCycle(base, roleCount, stageCount) {
  const cycle = cycleWithStages(base, stageCount);
  cycle.roleGroups = [
    { id: 'a', name: 'Group A' },
    { id: 'b', name: 'Group B' },
  ];
  cycle.roles = Array.from({ length: roleCount }, (_, i) => ({
    id: `role-${i}`,
    name: `Role ${i}`,
    group: i % 2 ? 'b' : 'a',
  }));
  cycle.responsibilities = cycle.roles.flatMap((r, i) =>
    cycle.stages
      .filter((_, j) => (i + j) % 3 !== 0)
      .map((s) => ({
        role: r.id,
        stage: s.id,
        text: `${r.name} helps at ${s.shortTitle}.`,
        basis: 'suggested',
      })),
  );
  return cycle;
}
