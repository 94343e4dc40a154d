/**
 * Checks that ids are unique and that every reference points at something that exists.
 *
 * It reads the raw input defensively (any part may have the wrong type, which the structure
 * check has already reported), so that one run reports structural and reference problems
 * together and a person fixing a file sees every problem at once.
 */
import { childPath, type Problems } from './shape.js';
import { HUB_ID } from './constants.js';
import { LIMITS } from './cycle-shape.js';

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * A list to walk, or none. A list longer than the longest any part of a cycle may have has
 * been refused by the structure check already; walking it again (a sparse array can claim
 * four billion items) would only hold up the page for problems already reported.
 */
const LONGEST = Math.max(...Object.values(LIMITS));
const list = (v: unknown): unknown[] => (Array.isArray(v) && v.length <= LONGEST ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Collects the ids of a list, reporting any id used twice. */
function collectIds(items: unknown, path: string, problems: Problems, key = 'id'): Map<string, string> {
  const seen = new Map<string, string>();
  list(items).forEach((item, index) => {
    const value = isRec(item) ? str(item[key]) : undefined;
    if (value === undefined) return;
    const here = childPath(childPath(path, index), key);
    const first = seen.get(value);
    if (first !== undefined)
      problems.add(here, 'duplicate', `duplicate id "${value}" (first used at ${first})`);
    else seen.set(value, here);
  });
  return seen;
}

function checkRef(
  value: unknown,
  known: Map<string, string> | Set<string>,
  what: string,
  path: string,
  problems: Problems,
) {
  const v = str(value);
  if (v !== undefined && !known.has(v)) problems.add(path, 'reference', `unknown ${what} "${v}"`);
}

function checkSources(
  owner: unknown,
  ownerPath: string,
  references: Map<string, string>,
  problems: Problems,
) {
  if (!isRec(owner)) return;
  list(owner.sources).forEach((s, i) =>
    checkRef(s, references, 'reference', childPath(childPath(ownerPath, 'sources'), i), problems),
  );
}

/** Pairs such as (role, stage) must be unique: a matrix has one cell for each. */
function checkUniquePairs(items: unknown, path: string, a: string, b: string, problems: Problems) {
  const seen = new Map<string, string>();
  list(items).forEach((item, index) => {
    if (!isRec(item)) return;
    const x = str(item[a]);
    const y = str(item[b]);
    if (x === undefined || y === undefined) return;
    const key = JSON.stringify([x, y]);
    const here = childPath(path, index);
    const first = seen.get(key);
    if (first !== undefined)
      problems.add(here, 'duplicate', `${a} "${x}" and ${b} "${y}" already have an entry at ${first}`);
    else seen.set(key, here);
  });
}

export function checkReferences(input: unknown, problems: Problems): void {
  if (!isRec(input)) return;
  const references = collectIds(input.references, 'references', problems);
  const stages = collectIds(input.stages, 'stages', problems);
  const order = [...stages.keys()];
  const groups = collectIds(input.roleGroups, 'roleGroups', problems);
  const roles = collectIds(input.roles, 'roles', problems);
  collectIds(input.reasons, 'reasons', problems);
  collectIds(input.segments, 'segments', problems);
  collectIds(input.purposes, 'purposes', problems);
  collectIds(input.glossary, 'glossary', problems);
  const versions = collectIds(input.versions, 'versions', problems);
  list(input.versions).forEach((v, index) =>
    checkSources(v, childPath('versions', index), references, problems),
  );
  collectIds(input.principles, 'principles', problems);
  list(input.principles).forEach((p, index) =>
    checkSources(p, childPath('principles', index), references, problems),
  );

  if (isRec(input.hub)) {
    collectIds(input.hub.elements, 'hub.elements', problems);
    checkSources(input.hub, 'hub', references, problems);
    checkRef(input.hub.version, versions, 'version', 'hub.version', problems);
  }

  list(input.stages).forEach((stage, index) => {
    const path = childPath('stages', index);
    checkSources(stage, path, references, problems);
    if (isRec(stage)) checkRef(stage.version, versions, 'version', childPath(path, 'version'), problems);
    if (isRec(stage) && typeof stage.number === 'number' && stage.number !== index + 1) {
      problems.add(
        childPath(path, 'number'),
        'order',
        `must be ${index + 1}: stages are numbered in the order they are listed`,
      );
    }
  });

  const placed = new Map<string, string>();
  list(input.segments).forEach((segment, index) => {
    if (!isRec(segment)) return;
    const path = childPath(childPath('segments', index), 'stages');
    const positions: number[] = [];
    list(segment.stages).forEach((s, i) => {
      const here = childPath(path, i);
      const v = str(s);
      if (v === undefined) return;
      if (!stages.has(v)) return problems.add(here, 'reference', `unknown stage "${v}"`);
      const other = placed.get(v);
      if (other !== undefined) return problems.add(here, 'duplicate', `stage "${v}" is already in ${other}`);
      placed.set(v, childPath('segments', index));
      positions.push(order.indexOf(v));
    });
    // The outer ring draws each segment as one arc, so its stages must follow one another
    // round the wheel (wrapping from the last stage to the first is allowed).
    const n = order.length;
    const consecutive = positions.every((p, i) => i === 0 || p === (positions[i - 1]! + 1) % n);
    if (!consecutive) {
      problems.add(path, 'order', 'must list stages that follow one another round the cycle, in order');
    }
  });

  list(input.roles).forEach((role, index) => {
    if (isRec(role))
      checkRef(role.group, groups, 'role group', childPath(childPath('roles', index), 'group'), problems);
  });

  const stagesAndHub = new Set([...stages.keys(), HUB_ID]);
  list(input.responsibilities).forEach((r, index) => {
    if (!isRec(r)) return;
    const path = childPath('responsibilities', index);
    checkRef(r.role, roles, 'role', childPath(path, 'role'), problems);
    checkRef(r.stage, stagesAndHub, 'stage', childPath(path, 'stage'), problems);
    checkSources(r, path, references, problems);
  });
  checkUniquePairs(input.responsibilities, 'responsibilities', 'role', 'stage', problems);

  if (isRec(input.framework)) {
    const levels = collectIds(input.framework.levels, 'framework.levels', problems);
    const kinds = collectIds(input.framework.kinds, 'framework.kinds', problems);
    list(input.framework.cells).forEach((c, index) => {
      if (!isRec(c)) return;
      const path = childPath('framework.cells', index);
      checkRef(c.level, levels, 'level', childPath(path, 'level'), problems);
      checkRef(c.kind, kinds, 'kind', childPath(path, 'kind'), problems);
    });
    checkUniquePairs(input.framework.cells, 'framework.cells', 'level', 'kind', problems);
    checkSources(input.framework, 'framework', references, problems);
  }
}
