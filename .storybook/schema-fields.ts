// The Data format page's field reference, drawn from the JSON Schema that `parseCycle()` and
// the published cycle.schema.json are both generated from (core's cycle-shape.ts). A field, a
// limit or a description changed there changes here, so the page and the schema cannot drift.
import { createElement as h, type ReactNode } from 'react';
import { cycleJsonSchema } from '@engagement-cycle/core';

interface Schema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  description?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

const code = (text: string) => h('code', null, text);

/** The schema at `path`: property names, with `items` to step into a list. */
function at(schema: Schema, path: readonly string[]): Schema {
  let here = schema;
  for (const step of path) {
    const next = step === 'items' ? here.items : here.properties?.[step];
    if (!next) throw new Error(`The cycle schema has no ${path.join('.')}`);
    here = next;
  }
  return here;
}

const patterns = (s: Schema) => [s.pattern, ...(s.allOf ?? []).map((p) => p.pattern)].filter(Boolean);

/** What a value must be, in words: its type and its limits. */
function kind(s: Schema): string {
  if (s.const !== undefined) return `exactly ${JSON.stringify(s.const)}`;
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (s.type) {
    case 'string': {
      const p = patterns(s).join(' ');
      const what = p.includes('[a-z0-9-]')
        ? 'an id'
        : p.includes('[Hh][Tt][Tt][Pp]')
          ? 'a web address'
          : p.includes('[A-Za-z]{2,8}')
            ? 'a language tag'
            : 'text';
      return s.maxLength ? `${what}, up to ${s.maxLength.toLocaleString('en-GB')} characters` : what;
    }
    case 'integer':
      return `a whole number from ${s.minimum} to ${s.maximum}`;
    case 'array': {
      const of = s.items?.type === 'object' ? 'objects' : s.items ? `items (${kind(s.items)})` : 'items';
      const count =
        s.minItems && s.maxItems
          ? `${s.minItems} to ${s.maxItems}`
          : s.maxItems
            ? `up to ${s.maxItems.toLocaleString('en-GB')}`
            : 'any number of';
      return `a list of ${count} ${of}`;
    }
    case 'object':
      return 'an object';
    default:
      return s.type ?? 'any value';
  }
}

/** A table of the fields of the object at `path` in the cycle schema: required ones first. */
export function SchemaFields({ path = [] as string[] }: { path?: string[] }): ReactNode {
  const object = at(cycleJsonSchema() as Schema, path);
  const required = new Set(object.required ?? []);
  const names = Object.keys(object.properties ?? {}).sort(
    (a, b) => Number(required.has(b)) - Number(required.has(a)),
  );
  const head = ['Field', 'Required', 'What it must be', 'What it holds'];
  return h(
    'table',
    { className: 'schema-fields' },
    h('thead', null, h('tr', null, ...head.map((t) => h('th', { scope: 'col', key: t }, t)))),
    h(
      'tbody',
      null,
      ...names.map((name) => {
        const field = object.properties![name]!;
        return h(
          'tr',
          { key: name },
          h('th', { scope: 'row' }, code(name)),
          h('td', null, required.has(name) ? 'yes' : 'no'),
          h('td', null, kind(field)),
          h('td', null, field.description ?? ''),
        );
      }),
    ),
  );
}
