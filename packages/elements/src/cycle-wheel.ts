/**
 * The wheel on its own: `import '@engagement-cycle/elements/cycle-wheel.js'` defines
 * `<ec-cycle-wheel>` and nothing else.
 */
import { EcCycleWheel } from './cycle-wheel/cycle-wheel.js';
import { defineElement } from './shared/define.js';

export { EcCycleWheel };

defineElement('ec-cycle-wheel', EcCycleWheel);

declare global {
  interface HTMLElementTagNameMap {
    'ec-cycle-wheel': EcCycleWheel;
  }
}
