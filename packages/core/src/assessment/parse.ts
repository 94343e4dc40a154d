import type { Cycle } from '../types.js';
import { childPath, Problems } from '../shape.js';
import { deepFreeze } from '../freeze.js';
import { assessmentShape } from './shape.js';
import { DEFAULT_SCALE } from './scale.js';
import { cycleFingerprint, ratedParts } from './items.js';
import type { Assessment, AssessmentParseResult, AssessmentWarning } from './types.js';

/**
 * Reads and checks an assessment file against the cycle it will be shown with. Never throws.
 * Problems that make the file unusable (a wrong type, an unsafe link, a level the scale does
 * not have) are errors with their paths, as `parseCycle()` gives. Items for parts this cycle
 * does not have, parts the file does not rate, and a file made against another version of
 * the cycle are warnings: the rest is kept, and the reader is told.
 */
export function parseAssessment(input: unknown, cycle: Cycle): AssessmentParseResult {
  const problems = new Problems();
  const warnings: AssessmentWarning[] = [];
  let read: Assessment | undefined;
  try {
    read = assessmentShape.read(input, '', problems);
    if (read) checkMeaning(read, cycle, problems, warnings);
  } catch (error) {
    // Only a hostile object (a getter or proxy that throws) can get here; JSON cannot.
    problems.add('', 'type', `could not be read: ${error instanceof Error ? error.message : String(error)}`, {
      rule: 'unreadable',
    });
  }
  if (problems.list.length || !read) {
    return problems.more
      ? { ok: false, errors: problems.list, more: problems.more, warnings }
      : { ok: false, errors: problems.list, warnings };
  }
  const known = new Set(ratedParts(cycle).map((p) => p.id));
  const assessment = { ...read, items: read.items.filter((item) => known.has(item.id)) };
  return { ok: true, assessment: deepFreeze(assessment), warnings };
}

function checkMeaning(a: Assessment, cycle: Cycle, problems: Problems, warnings: AssessmentWarning[]) {
  const levels = (a.scale ?? DEFAULT_SCALE).levels;
  const levelIds = new Set<string>();
  levels.forEach((level, i) => {
    if (levelIds.has(level.id))
      problems.add(
        childPath(childPath('scale.levels', i), 'id'),
        'duplicate',
        `duplicate level id "${level.id}"`,
        { rule: 'level', id: level.id },
      );
    levelIds.add(level.id);
  });

  const parts = ratedParts(cycle);
  const known = new Set(parts.map((p) => p.id));
  const seen = new Map<string, string>();
  a.items.forEach((item, i) => {
    const path = childPath('items', i);
    const first = seen.get(item.id);
    if (first !== undefined)
      problems.add(childPath(path, 'id'), 'duplicate', `"${item.id}" is already rated at ${first}`, {
        rule: 'item',
        id: item.id,
        first,
      });
    else seen.set(item.id, path);
    for (const key of ['level', 'target'] as const) {
      const value = item[key];
      if (value !== undefined && !levelIds.has(value))
        problems.add(childPath(path, key), 'reference', `unknown level "${value}"`, { rule: 'level', value });
    }
    if (!known.has(item.id))
      warnings.push({
        path: childPath(path, 'id'),
        code: 'unknown-item',
        message: `this cycle has no stage or hub element "${item.id}"; its rating is left out`,
        params: { id: item.id },
      });
  });

  for (const part of parts) {
    if (!seen.has(part.id))
      warnings.push({
        path: 'items',
        code: 'missing-item',
        message: `the file does not rate ${part.kind === 'stage' ? `stage ${part.number}` : part.kind === 'hub' ? 'the hub' : 'hub element'} "${part.title}"`,
        params:
          part.kind === 'stage'
            ? { kind: 'stage', number: part.number ?? 0, title: part.title }
            : { kind: part.kind, title: part.title },
      });
  }

  if (a.cycle.fingerprint !== cycleFingerprint(cycle)) {
    warnings.push({
      path: 'cycle.fingerprint',
      code: 'other-cycle',
      message:
        a.cycle.title === cycle.title
          ? 'the file was made against another version of this cycle; check that the ratings still fit'
          : `the file was made against another cycle, "${a.cycle.title}"`,
      params: a.cycle.title === cycle.title ? {} : { title: a.cycle.title },
    });
  }
}

/** A new, empty assessment of `cycle`: every part listed, none rated yet. */
export function emptyAssessment(cycle: Cycle, date?: string): Assessment {
  return {
    schemaVersion: 1,
    cycle: { title: cycle.title, fingerprint: cycleFingerprint(cycle) },
    ...(date ? { date } : {}),
    items: ratedParts(cycle).map((p) => ({ id: p.id })),
  };
}
