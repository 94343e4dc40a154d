/**
 * The whole experience in one tag: `import '@engagement-cycle/elements/engagement-cycle.js'`
 * defines `<ec-engagement-cycle>`, with the wheel and the guide it holds.
 */
import { EcEngagementCycle } from './engagement-cycle/engagement-cycle.js';
import { defineElement } from './shared/define.js';

export { EcEngagementCycle };

defineElement('ec-engagement-cycle', EcEngagementCycle);

declare global {
  interface HTMLElementTagNameMap {
    'ec-engagement-cycle': EcEngagementCycle;
  }
}
