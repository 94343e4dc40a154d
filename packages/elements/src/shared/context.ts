import { createContext } from '@lit/context';
import type { CycleStore } from './store.js';

/** How elements nested in `<ec-engagement-cycle>` find its store. */
export const storeContext = createContext<CycleStore>(Symbol('engagement-cycle-store'));
