/**
 * @engagement-cycle/elements/ssr.js: the entry for rendering on a server with `@lit-labs/ssr`.
 *
 * Import it (after `@lit-labs/ssr`, before you render) instead of the main entry. It defines
 * every element, the self-assessment too, and hands the elements at once what a browser
 * loads later in chunks of its own: the default dataset, the validator and the words of
 * every built-in language. So the first render of every element is complete: the wheel with
 * its labels and list, the guide's text, the matrix, the credit. Give a cycle of your own
 * with the `data` property (the file's object, not a URL: the server never fetches `src`).
 *
 * Browsers never load this module, so the dataset stays out of a site's main bundle. In the
 * browser, load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements:
 * each element then hydrates the server's HTML once its data and words are there, drawing
 * exactly what the server drew, and only then reads its width and the address.
 */
import * as defaults from '@engagement-cycle/core/default-cycle.js';
import * as load from '@engagement-cycle/core/load.js';
import cyWheel from './locales/cy/wheel.js';
import cyGuide from './locales/cy/guide.js';
import cyMatrix from './locales/cy/matrix.js';
import cyComposite from './locales/cy/composite.js';
import cyAssessment from './locales/cy/self-assessment.js';
import { wheelLocales } from './cycle-wheel/cycle-wheel.strings.js';
import { guideLocales } from './stage-guide/stage-guide.strings.js';
import { matrixLocales } from './who-does-what/who-does-what.strings.js';
import { compositeLocales } from './engagement-cycle/engagement-cycle.js';
import { assessmentLocales } from './self-assessment/self-assessment.strings.js';
import { provideModules } from './shared/store.js';
import { provideLocale } from './shared/localize.js';

provideModules(defaults, load);
// Each element's Welsh, handed over under that element's own loader of it.
provideLocale(wheelLocales.cy!, cyWheel);
provideLocale(guideLocales.cy!, cyGuide);
provideLocale(matrixLocales.cy!, cyMatrix);
provideLocale(compositeLocales.cy!, cyComposite);
provideLocale(assessmentLocales.cy!, cyAssessment);

export * from './index.js';
export { EcSelfAssessment } from './self-assessment.js';
export { defaultCycle } from '@engagement-cycle/core/default-cycle.js';
