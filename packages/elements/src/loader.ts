/**
 * The CDN loader: one script tag, `<script type="module" src=".../cdn/loader.js">`, and each
 * element's code arrives the first time its tag is on the page (now or added later), from the
 * chunks hosted next to this file, as Web Awesome's autoloader does. A page with only the wheel
 * downloads only the wheel's code (and the default content once, if it shows it). Made for the
 * CDN build (rollup splits it into `dist/cdn/loader.js` and `dist/cdn/chunks/`); bundlers use
 * the npm entries instead.
 */
import { attachContextRoot } from './shared/context-root.js';
import { defineElement, signIn } from './shared/define.js';
import { defineOnUse } from './shared/define-on-use.js';

// A part may load before the composite around it; the context root lets it find the
// composite's store once that arrives (the composite's own entry attaches it too).
attachContextRoot();
// The loader is a copy of the CDN build: an npm copy on the same page is told of (define.ts).
signIn();

// The parts' classes are imported from their own modules, not from their entries: the
// composite's chunk shares them, and an entry would be a stub file of its own in between.
defineOnUse({
  'ec-engagement-cycle': () => import('./engagement-cycle.js'),
  'ec-cycle-wheel': () =>
    import('./cycle-wheel/cycle-wheel.js').then((m) => defineElement('ec-cycle-wheel', m.EcCycleWheel)),
  'ec-stage-guide': () =>
    import('./stage-guide/stage-guide.js').then((m) => defineElement('ec-stage-guide', m.EcStageGuide)),
  'ec-who-does-what': () =>
    import('./who-does-what/who-does-what.js').then((m) =>
      defineElement('ec-who-does-what', m.EcWhoDoesWhat),
    ),
  'ec-self-assessment': () => import('./self-assessment.js'),
});
