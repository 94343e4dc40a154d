/**
 * @engagement-cycle/elements: the custom elements. The wheel, the guide and the matrix arrive
 * with their own issues; until then this entry re-exports the data layer they will share, so
 * that the package builds and its consumers can already load and check cycles.
 */
export { defaultCycle, parseCycle, loadCycle, mergeCycle } from '@engagement-cycle/core';
export type { Cycle, ParseResult, LoadResult } from '@engagement-cycle/core';
