/**
 * A self-assessment: an organisation's own ratings against a cycle, with the evidence for
 * them. The file is the record; nothing in it is sent anywhere by this package.
 */
import type { CycleError, MessageParams } from '../types.js';

/** One level of a rating scale. */
export interface ScaleLevel {
  id: string;
  /** A short name, e.g. "Developing". */
  label: string;
  /** What the level means, in one line. */
  description: string;
}

/** The levels a rating can take, lowest first (2 to 7 of them). */
export interface Scale {
  levels: ScaleLevel[];
}

/** A published page that shows what was rated: a policy, minutes, a report. */
export interface Evidence {
  label: string;
  /** An http(s), mailto or relative URL; other schemes are refused, as in a cycle. */
  href: string;
}

/** Someone who took part in the rating. */
export interface Rater {
  /** Their part, in words, e.g. "Patient leader" or "Healthwatch". */
  role: string;
  name?: string;
}

/** The rating of one stage, the hub, or one of the hub's key elements. */
export interface AssessmentItem {
  /** A stage id, `hub`, or the id of a hub element. */
  id: string;
  /** The id of a scale level. Left out while the item is not rated yet. */
  level?: string;
  /** The level the organisation aims for. */
  target?: string;
  /** Up to 5 links to published evidence. */
  evidence?: Evidence[];
  note?: string;
}

/** Which cycle the assessment was made against. */
export interface AssessedCycle {
  title: string;
  /** `cycleFingerprint()` of that cycle, so a file made against another version is noticed. */
  fingerprint: string;
}

export interface Assessment {
  /** Optional address of the JSON Schema, for editors that check JSON as you type. */
  $schema?: string;
  /** Version of this file format. */
  schemaVersion: 1;
  cycle: AssessedCycle;
  /** The scale used. Left out, the default four-level scale. */
  scale?: Scale;
  /** When the rating was done, as YYYY-MM-DD. */
  date?: string;
  raters?: Rater[];
  items: AssessmentItem[];
}

/** Something in a file that is kept, but that the reader should know about. */
export interface AssessmentWarning {
  path: string;
  code: 'unknown-item' | 'missing-item' | 'other-cycle';
  /** What is wrong, in plain English. */
  message: string;
  /** The values `message` was made from, to word it in another language (see CycleError). */
  params: MessageParams;
}

export type AssessmentParseResult =
  | { ok: true; assessment: Assessment; warnings: AssessmentWarning[] }
  | { ok: false; errors: CycleError[]; more?: number; warnings: AssessmentWarning[] };
