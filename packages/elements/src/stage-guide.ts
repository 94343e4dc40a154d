/**
 * The stage guide on its own: `import '@engagement-cycle/elements/stage-guide.js'` defines
 * `<ec-stage-guide>`.
 */
import { EcStageGuide } from './stage-guide/stage-guide.js';
import { defineElement } from './shared/define.js';

export { EcStageGuide };

defineElement('ec-stage-guide', EcStageGuide);

declare global {
  interface HTMLElementTagNameMap {
    'ec-stage-guide': EcStageGuide;
  }
}
