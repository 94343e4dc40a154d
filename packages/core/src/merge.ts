import { additionsShape } from './cycle-shape.js';
import { parseCycle } from './parse.js';
import { childPath, Problems } from './shape.js';
import type { Cycle, CycleError, LocalContent, ParseResult } from './types.js';

const TOP_LISTS = ['roleGroups', 'roles', 'responsibilities', 'references'] as const;
const LOCAL_LISTS = ['links', 'caseStudies', 'contacts'] as const;

type LocalList = (typeof LOCAL_LISTS)[number];

function joinLocal(base: LocalContent, extra: LocalContent | undefined): LocalContent {
  const out: LocalContent = {};
  for (const key of LOCAL_LISTS) {
    const items = [...(base[key] ?? []), ...(extra?.[key] ?? [])];
    if (items.length > 0) (out as Record<LocalList, unknown[]>)[key] = items;
  }
  return out;
}

const problemsResult = (problems: Problems): ParseResult =>
  problems.more
    ? { ok: false, errors: problems.list, more: problems.more }
    : { ok: false, errors: problems.list };

const prefixed = (errors: CycleError[], prefix: string): CycleError[] =>
  errors.map((e) => ({ ...e, path: e.path ? `${prefix}.${e.path}`.replace('.[', '[') : prefix }));

/**
 * Adds an organisation's own content to a cycle (usually the default one) and checks the
 * result. Problems in what was added are reported at their place in `additions`
 * (`additions.responsibilities[0].role: unknown role "x"`), so the author knows which of their
 * lines to fix. Never throws.
 */
export function mergeCycle(base: unknown, additions: unknown): ParseResult {
  const baseResult = parseCycle(base);
  if (!baseResult.ok) return { ...baseResult, errors: prefixed(baseResult.errors, 'base') };
  const cycle = baseResult.cycle;

  const problems = new Problems();
  let extra: ReturnType<typeof additionsShape.read>;
  try {
    extra = additionsShape.read(additions, 'additions', problems);
  } catch (error) {
    problems.add('additions', 'type', `could not be read: ${String(error)}`);
  }
  if (extra === undefined) return problemsResult(problems);

  const stageIds = new Set(cycle.stages.map((s) => s.id));
  for (const id of Object.keys(extra.stages ?? {})) {
    if (!stageIds.has(id)) {
      problems.add(childPath('additions.stages', id), 'reference', `unknown stage "${id}"`);
    }
  }
  if (problems.list.length > 0) return problemsResult(problems);

  const merged: Record<string, unknown> = { ...cycle };
  for (const key of TOP_LISTS) {
    const added = extra[key] ?? [];
    if (added.length > 0) merged[key] = [...(cycle[key] ?? []), ...added];
  }
  merged.hub = { ...cycle.hub, ...joinLocal(cycle.hub, extra.hub) };
  merged.stages = cycle.stages.map((stage) => ({ ...stage, ...joinLocal(stage, extra.stages?.[stage.id]) }));

  const result = parseCycle(merged);
  if (result.ok) return result;
  return { ...result, errors: result.errors.map((e) => ({ ...e, path: locate(e.path, cycle) })) };
}

/**
 * Maps a path in the merged cycle back to `additions.…` when it points at an added item of a
 * top-level list. (Added links, case studies and contacts are fully checked before merging,
 * so no merged error can point inside them.)
 */
function locate(path: string, base: Cycle): string {
  const top = /^(\w+)\[(\d+)\](.*)$/.exec(path);
  if (!top || !(TOP_LISTS as readonly string[]).includes(top[1]!)) return path;
  const key = top[1] as (typeof TOP_LISTS)[number];
  const offset = base[key]?.length ?? 0;
  const index = Number(top[2]);
  return index >= offset ? `additions.${key}[${index - offset}]${top[3]}` : path;
}
