/**
 * What an element rendered on the server does before its first update, which hydrates the
 * server's HTML (with `@lit-labs/ssr-client`): that update must draw exactly what the server
 * drew. On the server the default dataset, the validator and the words were there at once
 * (../ssr.ts); in the browser they arrive a moment later. So the element waits, showing the
 * server's HTML, until its store has read its data and its words have arrived, and it speaks
 * the language the server used; the page's own language, and the element's width and the
 * address, have their say after that update. Loaded only by pages with such elements.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CycleStore } from './store.js';
import type { LanguageController } from './language-controller.js';

/**
 * The language the server drew `el` in: its own `lang`, else (a part drawn in a composite's
 * shadow root) the composite's, else English. The server sees no other ancestor.
 */
function langOnServer(el: Element): string {
  const own = el.getAttribute('lang');
  if (own) return own;
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : undefined;
  return host && 'fromServer' in host ? langOnServer(host) : 'en';
}

/** Reading the default or given data (a moment at most), not loading a URL. */
const reading = (store: CycleStore) => store.state.status === 'loading' && !store.state.url;

/** While the store is reading its data, resolves once it has. */
const settled = (store: CycleStore) =>
  reading(store)
    ? new Promise<void>((resolve) => {
        const stop = store.subscribe(() => {
          if (!reading(store)) resolve(void stop());
        });
      })
    : undefined;

export async function asOnServer(
  host: Element & ReactiveControllerHost & { readonly pending: Set<Promise<unknown>> },
  language: LanguageController,
  giveSource: () => void,
  store: () => CycleStore,
): Promise<void> {
  const lang = langOnServer(host);
  if (lang !== language.lang) {
    language.use(lang);
    // Hydrated: now the page's language (an ancestor's `lang`) may have its say.
    const once = { hostUpdated: () => (host.removeController(once), language.refresh()) };
    host.addController(once);
  }
  // The store shown can change while waiting (a composite around the element answers
  // late), so look again after each wait.
  for (;;) {
    giveSource();
    const waiting = settled(store());
    if (!waiting && !host.pending.size) return;
    await Promise.all([...host.pending, waiting]);
  }
}
