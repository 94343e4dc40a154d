import fc from 'fast-check';

/**
 * Every path to a value inside `value`, as a list of keys.
 * @param {unknown} value
 * @returns {(string | number)[][]}
 */
function paths(value, prefix = [], out = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/**
 * Copies of `base` with one to three random changes: a value replaced by any JSON, a key
 * deleted, an item duplicated, a string replaced by a hostile one. Shared by the browser and
 * Node property tests, so it is plain JavaScript.
 * @param {unknown} base
 * @returns {fc.Arbitrary<unknown>}
 */
export function mutationOf(base) {
  const all = paths(base);
  const hostile = fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    '<script>alert(1)</script>',
    'hub',
    'x'.repeat(5000),
    'stage-1',
    '\u0000',
  );
  const change = fc.tuple(
    fc.integer({ min: 0, max: all.length - 1 }),
    fc.constantFrom('replace', 'delete', 'duplicate', 'hostile'),
    fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const copy = structuredClone(base);
    for (const [index, kind, replacement] of changes) {
      const path = all[index];
      if (path.length === 0) {
        if (kind === 'replace') return replacement;
        continue;
      }
      /** @type {any} */
      let parent = copy;
      for (const key of path.slice(0, -1)) {
        parent = parent?.[key];
      }
      if (parent === null || typeof parent !== 'object') continue;
      const key = path.at(-1);
      if (kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else if (kind === 'duplicate' && Array.isArray(parent)) {
        parent.push(structuredClone(parent[Number(key)]));
      } else if (kind === 'hostile' && typeof parent[key] === 'string') {
        parent[key] = replacement;
      } else {
        parent[key] = replacement;
      }
    }
    return copy;
  });
}
