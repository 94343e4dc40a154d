/**
 * `<ec-stage-guide>` as a React component: `import { StageGuide } from '@engagement-cycle/react/stage-guide.js'`.
 * Importing it defines `<ec-stage-guide>` and nothing else.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { EcStageGuide } from '@engagement-cycle/elements/stage-guide.js';
import { events } from './events.js';

export const StageGuide = createComponent({
  react: React,
  tagName: 'ec-stage-guide',
  elementClass: EcStageGuide,
  events,
  displayName: 'StageGuide',
});
