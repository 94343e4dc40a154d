/**
 * `<ec-cycle-wheel>` as a React component: `import { CycleWheel } from '@engagement-cycle/react/cycle-wheel.js'`.
 * Importing it defines `<ec-cycle-wheel>` and nothing else.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { EcCycleWheel } from '@engagement-cycle/elements/cycle-wheel.js';
import { events } from './events.js';

export const CycleWheel = createComponent({
  react: React,
  tagName: 'ec-cycle-wheel',
  elementClass: EcCycleWheel,
  events,
  displayName: 'CycleWheel',
});
