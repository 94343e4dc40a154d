/**
 * @engagement-cycle/react: React wrappers for the custom elements, made with @lit/react once
 * the elements exist. Until then it re-exports the data layer so the package builds.
 */
export { defaultCycle, parseCycle } from '@engagement-cycle/core';
export type { Cycle } from '@engagement-cycle/core';
