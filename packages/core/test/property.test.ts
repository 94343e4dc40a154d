/**
 * Property-based tests: whatever it is given, parseCycle returns a result and never throws.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCycle } from '../src/parse.js';
import { mergeCycle } from '../src/merge.js';
import { defaultCycle } from '../src/default-cycle.js';
import { mutationOf } from './support/mutate.js';

function isResult(result: ReturnType<typeof parseCycle>): boolean {
  return result.ok
    ? typeof result.cycle === 'object'
    : Array.isArray(result.errors) && result.errors.length > 0;
}

describe('parseCycle, for any input', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => isResult(parseCycle(value))),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (value) => isResult(parseCycle(value)),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on randomly mutated copies of the dataset, and every error has a path and message', () => {
    fc.assert(
      fc.property(mutationOf(defaultCycle), (mutated) => {
        const result = parseCycle(mutated);
        if (!result.ok) {
          for (const e of result.errors) {
            expect(e.path).to.be.a('string');
            expect(e.message).to.be.a('string').and.not.equal('');
          }
        }
        return isResult(result);
      }),
      { numRuns: 400 },
    );
  });

  it('mergeCycle never throws either', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = mergeCycle(defaultCycle, value);
        return result.ok || result.errors.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});
