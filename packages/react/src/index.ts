/**
 * @engagement-cycle/react: the Engagement Cycle elements as React components, made with
 * @lit/react. Props set the elements' properties (`data`, `selected`, `strings`, …);
 * `onStageSelect` receives `ec-stage-select` with its typed `detail`.
 *
 * Import one component's own module (`@engagement-cycle/react/cycle-wheel.js`) to define only
 * that element; this module defines all four. Nothing here imports the default dataset: the
 * elements load it on first use, in a chunk of its own.
 */
export { CycleWheel } from './cycle-wheel.js';
export { StageGuide } from './stage-guide.js';
export { WhoDoesWhat } from './who-does-what.js';
export { EngagementCycle } from './engagement-cycle.js';
export type { StageSelectDetail, SelectTrigger, UiStrings } from '@engagement-cycle/elements';
export type { Cycle } from '@engagement-cycle/core';
