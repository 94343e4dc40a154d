/**
 * The language of an element's interface: the `lang` of the element or its nearest ancestor,
 * across shadow roots. It is read when the element connects and again whenever a `lang`
 * attribute changes anywhere in the page or the page registers new words, and the host
 * redraws when the answer changes. A language other than English has its words loaded the
 * first time it is needed; until they arrive `ready` is false. On the server there are no
 * ancestors to read, so the element's own `lang`, else its composite's, else English is used
 * (CycleElement's `willUpdate` tells it); the update that hydrates that HTML in the browser
 * uses the same rule, then reads the page's language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocale, onStringsRegistered, type Locales } from './localize.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  /** Work the host's `updateComplete` waits for. */
  readonly pending: Set<Promise<unknown>>;
  /** The host's built-in languages besides English. */
  readonly locales: Locales;
}

/** The `lang` that applies to `el`: its own or its nearest ancestor's, across shadow roots. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 1) {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return 'en';
}

/** Every connected controller, and one observer of `lang` changes for the whole page. */
const live = new Set<LanguageController>();
let observer: MutationObserver | undefined;
let stopStrings: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of live) controller.refresh();
}

export class LanguageController implements ReactiveController {
  /** The interface language, e.g. `en` or `cy-GB`. */
  lang: string;
  /** Counts changes of the words available, so the host knows to rebuild its strings. */
  version = 0;
  /** False while the words of `lang` are being loaded. */
  ready = true;

  constructor(private readonly host: Host) {
    this.lang = 'en';
    host.addController(this);
  }

  hostConnected(): void {
    this.use(resolveLang(this.host));
    live.add(this);
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
      stopStrings = onStringsRegistered(() => {
        for (const controller of live) controller.stringsChanged();
      });
    }
  }

  hostDisconnected(): void {
    live.delete(this);
    if (!live.size) {
      observer?.disconnect();
      observer = undefined;
      stopStrings?.();
      stopStrings = undefined;
    }
  }

  /** Reads the language again; the host redraws if it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    this.use(lang);
    this.host.requestUpdate();
  }

  /**
   * Speaks `lang`, loading its words if need be. On the server CycleElement calls it, once the
   * attributes are set (after the constructor), with the host's own `lang` or its composite's.
   * @internal
   */
  use(lang: string): void {
    this.lang = lang;
    const loading = loadLocale(lang, this.host.locales);
    this.ready = !loading;
    if (!loading) return;
    const done = loading.then(() => {
      this.host.pending.delete(done);
      if (lang !== this.lang) return;
      this.ready = true;
      this.stringsChanged();
    });
    this.host.pending.add(done);
  }

  /** @internal Called when the page registers new words. */
  stringsChanged(): void {
    this.version++;
    this.host.requestUpdate();
  }
}
