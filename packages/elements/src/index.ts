/**
 * @engagement-cycle/elements: importing this module defines every element.
 * To define only some, import their own entries (e.g. `@engagement-cycle/elements/cycle-wheel.js`).
 */
// The composite's entry first: it defines the composite before its parts (see there).
export { EcEngagementCycle } from './engagement-cycle.js';
export { EcCycleWheel } from './cycle-wheel.js';
export { EcStageGuide } from './stage-guide.js';
export { EcWhoDoesWhat } from './who-does-what.js';
// The self-assessment is larger than the rest and few pages use it: its code loads the first
// time the tag appears in the document (see define-on-use.ts). Its types are here as usual.
export type {
  EcSelfAssessment,
  AssessmentChangeDetail,
  AssessmentField,
  AssessmentTrigger,
} from './self-assessment.js';
export { CycleElement, type StageSelectDetail, type EcEventMap } from './shared/cycle-element.js';
export { CycleStore, type CycleState, type SelectTrigger, type StoreError } from './shared/store.js';
export { storeContext } from './shared/context.js';
export { registerStrings, type StateStrings, type SuggestedStrings } from './shared/localize.js';
export type { WheelUiStrings, WheelListStrings } from './cycle-wheel/cycle-wheel.strings.js';
export type { GuideStrings } from './stage-guide/stage-guide.strings.js';
export type { MatrixStrings } from './who-does-what/who-does-what.strings.js';
export type { AssessmentStrings } from './self-assessment/self-assessment.strings.js';
import type { EcEngagementCycle } from './engagement-cycle/engagement-cycle.js';
import type { EcSelfAssessment } from './self-assessment/self-assessment.js';
import { defineOnUse } from './shared/define-on-use.js';
/** Every interface string of every element, as `strings` and `registerStrings()` take them. */
export type UiStrings = NonNullable<EcEngagementCycle['strings']> & NonNullable<EcSelfAssessment['strings']>;

defineOnUse({ 'ec-self-assessment': () => import('./self-assessment.js') });
