/**
 * `<ec-engagement-cycle>` as a React component: `import { EngagementCycle } from '@engagement-cycle/react/engagement-cycle.js'`.
 * Importing it defines `<ec-engagement-cycle>` with the wheel, guide and matrix it holds.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { EcEngagementCycle } from '@engagement-cycle/elements/engagement-cycle.js';
import { events } from './events.js';

export const EngagementCycle = createComponent({
  react: React,
  tagName: 'ec-engagement-cycle',
  elementClass: EcEngagementCycle,
  events,
  displayName: 'EngagementCycle',
});
