import { additionsShape, cycleShape } from './cycle-shape.js';
import type { JsonSchema } from './shape.js';
import { assessmentShape } from './assessment/shape.js';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The JSON Schema of a cycle, generated from the same rules `parseCycle()` applies. */
export function cycleJsonSchema(): JsonSchema {
  return { $schema: DIALECT, title: 'Engagement cycle', ...cycleShape.schema() };
}

/** The JSON Schema of the additions `mergeCycle()` accepts. */
export function cycleAdditionsJsonSchema(): JsonSchema {
  return { $schema: DIALECT, title: 'Engagement cycle additions', ...additionsShape.schema() };
}

/** The JSON Schema of an assessment file, generated from the rules `parseAssessment()` applies. */
export function assessmentJsonSchema(): JsonSchema {
  return { $schema: DIALECT, title: 'Engagement cycle self-assessment', ...assessmentShape.schema() };
}
