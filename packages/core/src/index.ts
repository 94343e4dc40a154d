/**
 * @engagement-cycle/core: The Engagement Cycle as data. Pure functions, no DOM: runs in
 * browsers, Node and workers alike.
 */
export type * from './types.js';
export { parseCycle, formatCycleError } from './parse.js';
export { mergeCycle } from './merge.js';
export { loadCycle, DEFAULT_TIMEOUT_MS } from './load.js';
export type { LoadError, LoadErrorKind, LoadOptions, LoadResult } from './load.js';
export { defaultCycle } from './default-cycle.js';
export { cycleJsonSchema, cycleAdditionsJsonSchema } from './schema.js';
export { LIMITS, HUB_ID } from './cycle-shape.js';
export { isSafeUrl } from './url.js';
