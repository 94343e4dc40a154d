import { isChecked, markChecked } from './checked.js';
import { cycleShape } from './cycle-shape.js';
import { deepFreeze } from './freeze.js';
import { checkReferences } from './references.js';
import { Problems } from './shape.js';
import type { Cycle, ParseResult } from './types.js';

/**
 * Reads and checks a cycle. Never throws: the result is either `{ ok: true, cycle }` with a
 * clean, frozen copy, or `{ ok: false, errors }` listing every problem found with its path.
 * A cycle that came out of parseCycle() (or is the default one) is that copy already.
 */
export function parseCycle(input: unknown): ParseResult {
  if (isChecked(input)) return { ok: true, cycle: input as Cycle };
  const problems = new Problems();
  let cycle: Cycle | undefined;
  try {
    cycle = cycleShape.read(input, '', problems);
    checkReferences(input, problems);
  } catch (error) {
    // Only a hostile object (a getter or proxy that throws) can get here; JSON cannot.
    problems.add('', 'type', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.list.length > 0 || cycle === undefined)
    return problems.more
      ? { ok: false, errors: problems.list, more: problems.more }
      : { ok: false, errors: problems.list };
  return { ok: true, cycle: markChecked(deepFreeze(cycle)) };
}

export { formatCycleError } from './format.js';
