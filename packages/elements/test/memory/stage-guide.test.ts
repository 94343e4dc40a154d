// Heap growth per mount and unmount of <ec-stage-guide>, in Chromium (see ../memory.ts).
import { describeMemory } from '../memory.js';

describeMemory('ec-stage-guide');
