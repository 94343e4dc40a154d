/**
 * Lets an element that upgrades before the `<ec-engagement-cycle>` around it still find the
 * composite's store: @lit/context's ContextRoot keeps such requests and answers them when the
 * provider arrives. Attached once per page, by whichever copy of the code gets there first,
 * and only in a browser.
 */
import { isServer } from 'lit';
import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('engagement-cycle.context-root');

export function attachContextRoot(): void {
  const holder = globalThis as { [KEY]?: ContextRoot };
  if (isServer || holder[KEY] || typeof document === 'undefined') return;
  holder[KEY] = new ContextRoot();
  holder[KEY].attach(document.documentElement);
}
