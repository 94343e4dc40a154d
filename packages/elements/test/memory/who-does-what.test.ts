// Heap growth per mount and unmount of <ec-who-does-what>, in Chromium (see ../memory.ts).
import { describeMemory } from '../memory.js';

describeMemory('ec-who-does-what');
