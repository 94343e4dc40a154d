/**
 * The structure of an assessment file, written once: `parseAssessment()` reads with it and
 * `assessment.schema.json` is generated from it. Text, id and URL rules are the cycle's own.
 */
import { array, object, oneOf, string } from '../shape.js';
import { id, LIMITS, text, url } from '../cycle-shape.js';

export const ASSESSMENT_LIMITS = { minLevels: 2, maxLevels: 7, evidence: 5, items: 200, raters: 50 } as const;

const level = object({
  id: id('A level id: lower-case letters, digits and hyphens.'),
  label: text(LIMITS.name),
  description: text(LIMITS.item),
});

const evidence = object({ label: text(LIMITS.title), href: url });

export const assessmentShape = object(
  {
    schemaVersion: oneOf([1] as const, 'Version of the assessment format.'),
    cycle: object(
      {
        title: text(LIMITS.title),
        fingerprint: string({
          max: 64,
          pattern: {
            source: '^[A-Za-z0-9-]+$',
            message: 'must be letters, digits and hyphens',
            rule: 'fingerprint',
          },
          description: 'cycleFingerprint() of the cycle the assessment was made against.',
        }),
      },
      {},
      'The cycle the assessment was made against.',
    ),
    items: array(
      object(
        { id: id('A stage id, "hub", or the id of a hub element.') },
        {
          level: id('The id of a level of the scale. Leave out while not rated.'),
          target: id('The id of the level aimed for.'),
          evidence: array(evidence, {
            max: ASSESSMENT_LIMITS.evidence,
            description: 'Links to published evidence.',
          }),
          note: text(LIMITS.text),
        },
      ),
      { max: ASSESSMENT_LIMITS.items },
    ),
  },
  {
    $schema: string({ max: LIMITS.url }),
    scale: object({
      levels: array(level, {
        min: ASSESSMENT_LIMITS.minLevels,
        max: ASSESSMENT_LIMITS.maxLevels,
        description: 'The levels, lowest first.',
      }),
    }),
    date: string({
      max: 10,
      pattern: {
        source: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
        message: 'must be a date written as YYYY-MM-DD',
        rule: 'date',
      },
    }),
    raters: array(object({ role: text(LIMITS.name) }, { name: text(LIMITS.name) }), {
      max: ASSESSMENT_LIMITS.raters,
    }),
  },
  'A self-assessment against an engagement cycle: a level, target, evidence and note per item.',
);
