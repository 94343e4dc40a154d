import data from './data/engagement-cycle.en.json' with { type: 'json' };
import { markChecked } from './checked.js';
import { deepFreeze } from './freeze.js';
import type { Cycle } from './types.js';

/**
 * The Engagement Cycle by InHealth Associates, in this project's own words (English).
 * The text is licensed CC BY-NC-SA 2.0 UK: show `defaultCycle.source.credit` with it.
 * The tests prove it passes `parseCycle()`, so it is not checked again at run time.
 */
export const defaultCycle: Cycle = markChecked(deepFreeze(data as Cycle));
