import { createContext } from '@lit/context';
import type { CycleStore } from './store.js';

/**
 * How elements nested in `<ec-engagement-cycle>` find its store. A global symbol, so that a
 * part from another copy of this code on the same page asks with the same key.
 */
export const storeContext = createContext<CycleStore>(Symbol.for('engagement-cycle.store-context'));
