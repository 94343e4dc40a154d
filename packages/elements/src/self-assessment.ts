/**
 * The self-assessment on its own: `import '@engagement-cycle/elements/self-assessment.js'`
 * defines `<ec-self-assessment>`. The main entry loads this file only when a page uses the tag.
 */
import { EcSelfAssessment } from './self-assessment/self-assessment.js';
import { defineElement } from './shared/define.js';

export { EcSelfAssessment };
export type {
  AssessmentChangeDetail,
  AssessmentField,
  AssessmentTrigger,
} from './self-assessment/self-assessment.js';

defineElement('ec-self-assessment', EcSelfAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'ec-self-assessment': EcSelfAssessment;
  }
}
