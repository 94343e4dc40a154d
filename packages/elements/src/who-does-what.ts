/**
 * The matrix on its own: `import '@engagement-cycle/elements/who-does-what.js'` defines
 * `<ec-who-does-what>`.
 */
import { EcWhoDoesWhat } from './who-does-what/who-does-what.js';
import { defineElement } from './shared/define.js';

export { EcWhoDoesWhat };

defineElement('ec-who-does-what', EcWhoDoesWhat);

declare global {
  interface HTMLElementTagNameMap {
    'ec-who-does-what': EcWhoDoesWhat;
  }
}
