/**
 * Lets an element that upgrades before the `<ec-engagement-cycle>` around it still find the
 * composite's store: @lit/context's ContextRoot keeps such requests and answers them when the
 * provider arrives. Attached once per page, whichever copy of the code gets here first.
 */
import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('engagement-cycle.context-root');
const holder = globalThis as { [KEY]?: ContextRoot };
if (!holder[KEY] && typeof document !== 'undefined') {
  holder[KEY] = new ContextRoot();
  holder[KEY].attach(document.documentElement);
}
