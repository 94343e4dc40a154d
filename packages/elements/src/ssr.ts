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
import cy from './locales/cy.js';
import { provideModules } from './shared/store.js';
import { provideLocale } from './shared/localize.js';

provideModules(defaults, load);
provideLocale('cy', cy);

export * from './index.js';
export { EcSelfAssessment } from './self-assessment.js';
export { defaultCycle } from '@engagement-cycle/core/default-cycle.js';
