// Heap growth per mount and unmount of <ec-engagement-cycle>, in Chromium (see ../memory.ts).
import { describeMemory } from '../memory.js';

describeMemory('ec-engagement-cycle');
