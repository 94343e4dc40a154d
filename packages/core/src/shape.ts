/**
 * A very small set of validators that also describe themselves as JSON Schema.
 *
 * Each rule about the structure of a cycle is written once, here and in `cycle-shape.ts`; the
 * shipped `cycle.schema.json` is generated from the same objects, so the schema and
 * `parseCycle()` cannot drift apart. We do not use a schema library at run time: those that
 * compile schemas use `new Function`, which a strict Content Security Policy forbids, and the
 * rest cost more bytes than the whole wheel.
 */
import type { CycleError, CycleErrorCode, MessageParams } from './types.js';

export type JsonSchema = { [key: string]: unknown };

/** Collects the problems found while a value is read. */
/**
 * The problems found, in the order found. Only the first MAX_PROBLEMS are kept; the rest are
 * counted. A file with a misspelt key in each of a million items would otherwise make a
 * million error objects and a console line hundreds of megabytes long.
 */
export class Problems {
  static readonly MAX = 100;
  readonly list: CycleError[] = [];
  /** How many more problems were found than `list` holds. */
  more = 0;
  add(path: string, code: CycleErrorCode, message: string, params?: MessageParams): void {
    if (this.list.length < Problems.MAX)
      this.list.push(params ? { path, code, message, params } : { path, code, message });
    else this.more++;
  }
}

export interface Shape<T> {
  /** Reads `value`; returns a fresh, clean copy, or `undefined` after adding problems. */
  read(value: unknown, path: string, problems: Problems): T | undefined;
  /** This shape as JSON Schema (draft 2020-12). */
  schema(): JsonSchema;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

/** Appends a property name or index to a JSON path: `stages` + 2 = `stages[2]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** The kind of a value, as a word for params: null, list, object, text, number, boolean… */
export function typeOf(value: unknown): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'list'
      : typeof value === 'string'
        ? 'text'
        : typeof value;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface StringRules {
  /** Most characters allowed. */
  max: number;
  /** A regular expression the whole text must match, with a message for when it does not. */
  pattern?: {
    source: string;
    message: string | ((value: string) => string);
    code?: CycleErrorCode;
    /** What the rule is, for params (`{ rule }`), or the params made from the value. */
    rule: string | ((value: string) => MessageParams);
  };
  /** Values that are not allowed, with the reason. */
  reserved?: { values: string[]; message: string };
  /** Allow text that is empty or only spaces. Off by default: an empty title helps nobody. */
  allowBlank?: boolean;
  description?: string;
}

export function string(rules: StringRules): Shape<string> {
  const pattern = rules.pattern ? new RegExp(rules.pattern.source, 'u') : undefined;
  return {
    read(value, path, problems) {
      if (typeof value !== 'string') {
        problems.add(path, 'type', `must be text, not ${describeType(value)}`, {
          expected: 'text',
          actual: typeOf(value),
        });
        return undefined;
      }
      let ok = true;
      if (!rules.allowBlank && value.trim() === '') {
        problems.add(path, 'empty', 'must not be empty');
        return undefined;
      }
      // Counted in code points, as JSON Schema's maxLength counts: an emoji is one character.
      const length = value.length > rules.max ? [...value].length : value.length;
      if (length > rules.max) {
        problems.add(path, 'too-long', `must be at most ${rules.max} characters (it has ${length})`, {
          max: rules.max,
          length,
        });
        ok = false;
      }
      if (pattern && rules.pattern && !pattern.test(value)) {
        const { message, code = 'value', rule } = rules.pattern;
        problems.add(
          path,
          code,
          typeof message === 'function' ? message(value) : message,
          typeof rule === 'function' ? rule(value) : { rule },
        );
        ok = false;
      }
      if (rules.reserved?.values.includes(value)) {
        problems.add(path, 'value', rules.reserved.message, { rule: 'reserved', value });
        ok = false;
      }
      return ok ? value : undefined;
    },
    schema() {
      const s: JsonSchema = { type: 'string', maxLength: rules.max };
      if (rules.description) s.description = rules.description;
      const patterns: JsonSchema[] = [];
      if (!rules.allowBlank) patterns.push({ pattern: '\\S' });
      if (rules.pattern) patterns.push({ pattern: rules.pattern.source });
      if (patterns.length === 1) Object.assign(s, patterns[0]);
      else if (patterns.length > 1) s.allOf = patterns;
      if (rules.reserved) s.not = { enum: rules.reserved.values };
      return s;
    },
  };
}

export function oneOf<const T extends readonly (string | number)[]>(
  values: T,
  description?: string,
): Shape<T[number]> {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return {
    read(value, path, problems) {
      if ((values as readonly unknown[]).includes(value)) return value as T[number];
      problems.add(path, 'value', `must be one of ${list}`, { rule: 'one-of', values: list });
      return undefined;
    },
    schema() {
      const s: JsonSchema = values.length === 1 ? { const: values[0] } : { enum: [...values] };
      if (description) s.description = description;
      return s;
    },
  };
}

export function integer(rules: { min: number; max: number; description?: string }): Shape<number> {
  return {
    read(value, path, problems) {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        problems.add(path, 'type', `must be a whole number, not ${describeType(value)}`, {
          expected: 'whole number',
          actual: typeOf(value),
        });
        return undefined;
      }
      if (value < rules.min || value > rules.max) {
        problems.add(path, 'value', `must be from ${rules.min} to ${rules.max}`, {
          rule: 'range',
          min: rules.min,
          max: rules.max,
        });
        return undefined;
      }
      return value;
    },
    schema() {
      const s: JsonSchema = { type: 'integer', minimum: rules.min, maximum: rules.max };
      if (rules.description) s.description = rules.description;
      return s;
    },
  };
}

export interface ArrayRules {
  min?: number;
  max: number;
  description?: string;
}

export function array<T>(item: Shape<T>, rules: ArrayRules): Shape<T[]> {
  const min = rules.min ?? 0;
  return {
    read(value, path, problems) {
      if (!Array.isArray(value)) {
        problems.add(path, 'type', `must be a list, not ${describeType(value)}`, {
          expected: 'list',
          actual: typeOf(value),
        });
        return undefined;
      }
      if (value.length < min || value.length > rules.max) {
        const range = min === 0 ? `at most ${rules.max}` : `from ${min} to ${rules.max}`;
        problems.add(path, 'count', `must have ${range} items (it has ${value.length})`, {
          min,
          max: rules.max,
          length: value.length,
        });
        // An oversized list is not read item by item: its count is the problem to fix, and a
        // hostile list of a million bad items must not become a million error messages.
        if (value.length > rules.max) return undefined;
      }
      const out: T[] = [];
      let ok = value.length >= min;
      value.forEach((entry: unknown, index) => {
        const read = item.read(entry, childPath(path, index), problems);
        if (read === undefined) ok = false;
        else out.push(read);
      });
      return ok ? out : undefined;
    },
    schema() {
      const s: JsonSchema = { type: 'array', items: item.schema(), maxItems: rules.max };
      if (min > 0) s.minItems = min;
      if (rules.description) s.description = rules.description;
      return s;
    },
  };
}

type Fields = Record<string, Shape<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<R extends Fields, O extends Fields> = Simplify<
  { [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }
>;

/**
 * An object with `required` and `optional` properties and nothing else: an unknown property
 * is reported, because in hand-written JSON it is nearly always a misspelt one.
 */
export function object<R extends Fields, O extends Fields = Record<never, never>>(
  required: R,
  optional: O = {} as O,
  description?: string,
): Shape<ObjectOf<R, O>> {
  const known = new Set([...Object.keys(required), ...Object.keys(optional)]);
  return {
    read(value, path, problems) {
      if (!isRecord(value)) {
        problems.add(path, 'type', `must be an object, not ${describeType(value)}`, {
          expected: 'object',
          actual: typeOf(value),
        });
        return undefined;
      }
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of Object.keys(value)) {
        if (!known.has(key)) {
          problems.add(childPath(path, key), 'unknown-property', 'is not a known property');
          ok = false;
        }
      }
      for (const [key, shape] of Object.entries(required)) {
        if (!Object.hasOwn(value, key) || value[key] === undefined) {
          problems.add(childPath(path, key), 'required', 'required');
          ok = false;
          continue;
        }
        const read = shape.read(value[key], childPath(path, key), problems);
        if (read === undefined) ok = false;
        else out[key] = read;
      }
      for (const [key, shape] of Object.entries(optional)) {
        if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
        const read = shape.read(value[key], childPath(path, key), problems);
        if (read === undefined) ok = false;
        else out[key] = read;
      }
      return ok ? (out as ObjectOf<R, O>) : undefined;
    },
    schema() {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, shape] of Object.entries({ ...required, ...optional })) {
        properties[key] = shape.schema();
      }
      const s: JsonSchema = {
        type: 'object',
        properties,
        additionalProperties: false,
      };
      const req = Object.keys(required);
      if (req.length > 0) s.required = req;
      if (description) s.description = description;
      return s;
    },
  };
}

/** An object used as a map: any keys that pass `key`, each holding a `value`. */
export function record<V>(
  key: Shape<string>,
  value: Shape<V>,
  rules: { max: number; description?: string },
): Shape<Record<string, V>> {
  return {
    read(input, path, problems) {
      if (!isRecord(input)) {
        problems.add(path, 'type', `must be an object, not ${describeType(input)}`, {
          expected: 'object',
          actual: typeOf(input),
        });
        return undefined;
      }
      const keys = Object.keys(input);
      if (keys.length > rules.max) {
        problems.add(path, 'count', `must have at most ${rules.max} entries (it has ${keys.length})`, {
          min: 0,
          max: rules.max,
          length: keys.length,
        });
        return undefined;
      }
      const out: Record<string, V> = {};
      let ok = true;
      for (const k of keys) {
        const here = childPath(path, k);
        const readKey = key.read(k, here, problems);
        const read = value.read(input[k], here, problems);
        if (readKey === undefined || read === undefined) ok = false;
        else out[k] = read;
      }
      return ok ? out : undefined;
    },
    schema() {
      const s: JsonSchema = {
        type: 'object',
        propertyNames: key.schema(),
        additionalProperties: value.schema(),
        maxProperties: rules.max,
      };
      if (rules.description) s.description = rules.description;
      return s;
    },
  };
}
