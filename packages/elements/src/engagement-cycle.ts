/**
 * The whole experience in one tag: `import '@engagement-cycle/elements/engagement-cycle.js'`
 * defines `<ec-engagement-cycle>` and the wheel, guide and matrix it holds.
 */
import { EcEngagementCycle } from './engagement-cycle/engagement-cycle.js';
import { EcCycleWheel } from './cycle-wheel/cycle-wheel.js';
import { EcStageGuide } from './stage-guide/stage-guide.js';
import { EcWhoDoesWhat } from './who-does-what/who-does-what.js';
import { attachContextRoot } from './shared/context-root.js';
import { defineElement } from './shared/define.js';

export { EcEngagementCycle };

// The order matters. The context root first, so parts that upgrade before a composite
// around them still get its answer; then the composite, so parts nested in one that is
// already on the page find it at once; then the parts.
attachContextRoot();
defineElement('ec-engagement-cycle', EcEngagementCycle);
defineElement('ec-cycle-wheel', EcCycleWheel);
defineElement('ec-stage-guide', EcStageGuide);
defineElement('ec-who-does-what', EcWhoDoesWhat);

declare global {
  interface HTMLElementTagNameMap {
    'ec-engagement-cycle': EcEngagementCycle;
  }
}
