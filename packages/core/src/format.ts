import type { CycleError } from './types.js';

/** One error as a line of text: `stages[2].title: required`. */
export function formatCycleError(error: CycleError): string {
  return `${error.path || '(the whole cycle)'}: ${error.message}`;
}
