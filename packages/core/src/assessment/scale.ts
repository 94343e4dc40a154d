import type { Scale } from './types.js';

/**
 * The default scale, in this project's own words (no paid diagnostic's descriptors). Each
 * level asks for more than the one before: something in place, then routine, then evidenced
 * and shared.
 */
export const DEFAULT_SCALE: Scale = Object.freeze({
  levels: Object.freeze([
    Object.freeze({
      id: 'not-started',
      label: 'Not started',
      description: 'Nothing is in place yet, or it happens only by chance.',
    }),
    Object.freeze({
      id: 'developing',
      label: 'Developing',
      description: 'Some work has begun, but it is patchy or rests on a few people.',
    }),
    Object.freeze({
      id: 'established',
      label: 'Established',
      description: 'It happens as a matter of course, and you can point to evidence of it.',
    }),
    Object.freeze({
      id: 'leading',
      label: 'Leading',
      description: 'It is how you work: reviewed with patients and the public, and others learn from it.',
    }),
  ]) as Scale['levels'],
});
