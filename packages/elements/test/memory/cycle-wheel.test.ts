// Heap growth per mount and unmount of <ec-cycle-wheel>, in Chromium (see ../memory.ts).
import { describeMemory } from '../memory.js';

describeMemory('ec-cycle-wheel');
