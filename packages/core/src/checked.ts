/**
 * Cycles already known to be valid: every cycle parseCycle() returns, and the default one.
 * They are deep-frozen, so they cannot have changed since, and parseCycle() hands them back
 * as they are instead of checking them again. A page whose wheel, guide and matrix are
 * given one cycle checks it once.
 */
const checked = new WeakSet<object>();

export function markChecked<T extends object>(cycle: T): T {
  checked.add(cycle);
  return cycle;
}

export const isChecked = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && checked.has(value);
