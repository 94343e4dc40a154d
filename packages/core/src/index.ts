/**
 * @engagement-cycle/core: The Engagement Cycle as data. Pure functions, no DOM: runs in
 * browsers, Node and workers alike.
 */
export type * from './types.js';
export { parseCycle } from './parse.js';
export { formatCycleError } from './format.js';
export { mergeCycle } from './merge.js';
export { loadCycle, loadJson, checkCycle, logCycleError, DEFAULT_TIMEOUT_MS } from './load.js';
export type { LoadError, LoadErrorKind, LoadOptions, LoadResult, JsonLoadResult } from './load.js';
export { defaultCycle } from './default-cycle.js';
export { cycleJsonSchema, cycleAdditionsJsonSchema } from './schema.js';
export { LIMITS } from './cycle-shape.js';
export { HUB_ID } from './constants.js';
export { isSafeUrl } from './url.js';
export { wheelLayout, fitWheel, selectWheel, textLines, rotationFor } from './wheel/layout.js';
export { hashFor, idForHash, stageHash, HUB_HASH } from './deep-link.js';
export { stepFrom } from './navigation.js';
export type {
  WheelOptions,
  WheelLayout,
  StageShape,
  HubShape,
  SegmentShape,
  TextBlock,
  Point,
} from './wheel/layout.js';
export { renderWheelSvg, escapeXml } from './wheel/render-svg.js';
export { ratingMarks } from './wheel/marks.js';
export type { WheelRating, WheelRatings, RatingMark, RatingChange } from './wheel/marks.js';
export type { SvgOptions } from './wheel/render-svg.js';
export { WHEEL_COLOURS, WHEEL_FONT } from './wheel/palette.js';
export { textWidth, wrapText, LINE_HEIGHT } from './wheel/text-fit.js';
export { WHEEL_STRINGS_EN, SVG_STRINGS_EN } from './wheel/strings.js';
export type { WheelStrings, SvgStrings } from './wheel/strings.js';
export { termsIn, textsAt } from './glossary.js';
export { cycleToHtml, HTML_STRINGS } from './html/render-html.js';
export type { HtmlOptions } from './html/render-html.js';
export {
  GUIDE_WORDS_CY,
  HTML_STRINGS_CY,
  MATRIX_WORDS_CY,
  SHARED_WORDS_CY,
  STAGE_LIST_WORDS_CY,
  VIEW_STRINGS_CY,
} from './html/strings-cy.js';
export {
  HTML_STRINGS_EN,
  VIEW_STRINGS_EN,
  CREDIT_WORDS_EN,
  GLOSSARY_WORDS_EN,
  SUGGESTED_WORDS_EN,
  GUIDE_WORDS_EN,
  MATRIX_WORDS_EN,
  STAGE_LIST_WORDS_EN,
} from './html/strings.js';
export type {
  HtmlStrings,
  ViewStrings,
  ExportWords,
  CreditWords,
  GlossaryWords,
  SuggestedWords,
  GuideWords,
  MatrixWords,
  StageListWords,
} from './html/strings.js';
export { whoDoesWhat, matrixToCsv, csvField } from './matrix.js';
export type {
  Matrix,
  MatrixColumn,
  MatrixCell,
  MatrixRow,
  MatrixSection,
  MatrixFilter,
  CsvLabels,
} from './matrix.js';
export { parseAssessment, emptyAssessment } from './assessment/parse.js';
export { DEFAULT_SCALE } from './assessment/scale.js';
export { DEFAULT_SCALE_CY } from './assessment/scale-cy.js';
export { ratedParts, cycleFingerprint } from './assessment/items.js';
export type { RatedPart } from './assessment/items.js';
export { assessmentSummary, actionList, compareAssessments } from './assessment/summary.js';
export { wheelRatings } from './assessment/wheel.js';
export type { ItemSummary, AssessmentSummary, Change, ItemChange } from './assessment/summary.js';
export { assessmentToCsv } from './assessment/csv.js';
export type { AssessmentCsvLabels } from './assessment/csv.js';
export { assessmentJsonSchema } from './schema.js';
export type * from './assessment/types.js';
