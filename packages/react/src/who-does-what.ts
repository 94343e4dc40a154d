/**
 * `<ec-who-does-what>` as a React component: `import { WhoDoesWhat } from '@engagement-cycle/react/who-does-what.js'`.
 * Importing it defines `<ec-who-does-what>` and nothing else.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { EcWhoDoesWhat } from '@engagement-cycle/elements/who-does-what.js';
import { events } from './events.js';

export const WhoDoesWhat = createComponent({
  react: React,
  tagName: 'ec-who-does-what',
  elementClass: EcWhoDoesWhat,
  events,
  displayName: 'WhoDoesWhat',
});
