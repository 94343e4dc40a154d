/**
 * Proves at compile time that the validator's shape and the published interfaces describe the
 * same data, field for field (`npm run lint` type-checks this file). If someone adds a field to
 * `types.ts` and not to `cycle-shape.ts` (or the reverse), the build fails here.
 */
import { expect } from '@open-wc/testing';
import type { additionsShape, cycleShape } from '../src/cycle-shape.js';
import type { Infer } from '../src/shape.js';
import type { Cycle, CycleAdditions } from '../src/types.js';
import type { assessmentShape } from '../src/assessment/shape.js';
import type { Assessment } from '../src/assessment/types.js';

type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { [K in keyof T]: Normalize<T[K]> }
    : T;
type Equals<A, B> =
  (<T>() => T extends Normalize<A> ? 1 : 2) extends <T>() => T extends Normalize<B> ? 1 : 2 ? true : false;

const cycleAgrees: Equals<Infer<typeof cycleShape>, Cycle> = true;
const additionsAgree: Equals<Infer<typeof additionsShape>, CycleAdditions> = true;
const assessmentAgrees: Equals<Infer<typeof assessmentShape>, Assessment> = true;

// A deliberate mismatch must be caught, or the two checks above prove nothing.
type WithExtra = Cycle & { colour: string };
const extraIsCaught: Equals<Infer<typeof cycleShape>, WithExtra> = false;
type LooserTitle = Omit<Cycle, 'title'> & { title?: string };
const optionalityIsCaught: Equals<Infer<typeof cycleShape>, LooserTitle> = false;

describe('types and shape', () => {
  it('agree (checked by the type-checker; this test keeps the file in the suite)', () => {
    expect([cycleAgrees, additionsAgree, assessmentAgrees, extraIsCaught, optionalityIsCaught]).to.deep.equal(
      [true, true, true, false, false],
    );
  });
});
