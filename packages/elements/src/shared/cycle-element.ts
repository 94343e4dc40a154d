/**
 * What every element has in common: its public properties (`src`, `data`, `selected`,
 * `theme`, `strings`), the `select()` / `next()` / `previous()` API, the `ec-stage-select`
 * event and the loading and error views. The work is done by controllers: StoreController
 * finds the store, LanguageController the interface language. Elements add their own
 * properties, derive what they draw in `willUpdate`, and render.
 */
import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { formatCycleError, stepFrom, type Cycle } from '@engagement-cycle/core';
import type { CycleStore, SelectionChange, SelectTrigger } from './store.js';
import { STORE, StoreController } from './store-controller.js';
import { LanguageController } from './language-controller.js';
import { stringsFor, type Locales, type StateStrings } from './localize.js';

/** The most problems an error box lists; the console has them all. */
const LISTED_PROBLEMS = 8;

export interface StageSelectDetail {
  stageId: string;
  previousStageId: string;
  trigger: SelectTrigger;
}

/**
 * Every event the elements fire, with its type, so `addEventListener` on an element, on
 * `document` or on `window` knows the `detail`.
 */
export interface EcEventMap {
  'ec-stage-select': CustomEvent<StageSelectDetail>;
}

declare global {
  // Elements, and `document` and `window` (whose listeners take GlobalEventHandlersEventMap):
  // the event bubbles and is composed, so a page often listens high up.
  interface HTMLElementEventMap {
    'ec-stage-select': EcEventMap['ec-stage-select'];
  }
  interface GlobalEventHandlersEventMap {
    'ec-stage-select': EcEventMap['ec-stage-select'];
  }
}

/**
 * Where content and interface words are in different languages (WCAG 3.1.2: the default
 * content is English, and a Welsh page shows it with Welsh interface words), the `lang` to
 * mark each with; empty where they are the same.
 */
export interface PartLanguages {
  content?: string;
  ui?: string;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

// Properties are declared with `static properties` rather than decorators: the decorator
// helpers cost more bytes than the whole keyboard handling of the wheel.
export abstract class CycleElement<S extends StateStrings = StateStrings> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    selected: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** URL of a cycle JSON file. Ignored when `data` is set. */
  src?: string;

  /** A cycle object. Takes precedence over `src`; without either, the default cycle is shown. */
  data?: unknown;

  /** The selected stage id, or `hub`. */
  selected?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** Your own words for any interface text, in the element's language. */
  strings?: Partial<S>;

  /** The element's interface words in English, in full; other languages come from ../locales/. */
  protected abstract readonly english: S;

  /**
   * The element's words in other languages, each loaded when first needed (../locales/).
   * @internal
   */
  abstract readonly locales: Locales;

  /** Interface strings in the element's language; rebuilt when the language or the words change. */
  protected t!: S;

  /** The languages of content and of interface words, where they differ. */
  protected langs: PartLanguages = {};

  /**
   * Work that `updateComplete` waits for, such as a module a controller is loading.
   * @internal
   */
  readonly pending = new Set<Promise<unknown>>();

  /**
   * On the server only: the composite this element is a part of, which sets it, so that the
   * part renders the composite's data, selection and language there too (no context event
   * and no ancestor reaches it on a server).
   * @internal
   */
  ecComposite?: CycleElement;

  /** @internal */
  protected readonly link = new StoreController(this);
  /** @internal */
  protected readonly language = new LanguageController(this);

  /**
   * Whether the element was given content of its own (its light-DOM children, such as the
   * fragment of `cycleToHtml()`) to show until it has drawn itself. Read when it connects.
   */
  private hasFallback = false;

  /**
   * Whether that content is showing now: while the data or the words load, and under the
   * error box. Once the cycle is drawn the shadow root has no default slot, so the children
   * are hidden but kept: readers without JavaScript and search engines still get them, and
   * they show again if a later load fails.
   * @internal
   */
  protected showsFallback = false;

  private stringsKey?: string;
  /** The store this element last gave its `data` and `src` to, and what it gave. */
  private sourceGivenTo?: CycleStore;
  private givenData?: unknown;
  private givenSrc?: string;

  /**
   * The element arrived with a shadow root rendered on the server (declarative shadow DOM),
   * which its first update hydrates (with `@lit-labs/ssr-client`) rather than draws again.
   * @internal
   */
  fromServer = false;

  constructor() {
    super();
    this.link.listen((change) => this.storeChanged(change));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Children with a slot name belong to a named slot (the composite's `after`), not the fallback.
    // Any element child (1) without a slot name, or text (3) that is not only spaces.
    this.hasFallback = [...this.childNodes].some((node) =>
      node.nodeType === 1 ? !(node as Element).slot : node.nodeType === 3 && !!node.textContent!.trim(),
    );
  }

  /**
   * The data and selection this element shows, shared with the elements it is linked to.
   * @internal
   */
  get [STORE](): CycleStore {
    return this.link.store;
  }

  /** The cycle being shown, once it is ready. */
  get cycle(): Cycle | undefined {
    return this.link.store.cycle;
  }

  /** Selects a stage (by id) or the hub (`hub`), as if the user had. Fires `ec-stage-select`. */
  select(id: string): void {
    this.link.store.select(id, 'api', this);
  }

  /** Selects the next stage round the cycle (from the hub, the first stage). */
  next(): void {
    this.step(1, 'api');
  }

  /** Selects the previous stage round the cycle (from the hub, the last stage). */
  previous(): void {
    this.step(-1, 'api');
  }

  protected step(by: 1 | -1, trigger: SelectTrigger): void {
    const store = this.link.store;
    if (store.cycle) store.select(stepFrom(store.cycle, store.selected, by).id, trigger, this);
  }

  /** Called for every change of the store: data state, or selection (with `change`), or a switch of store. */
  protected storeChanged(change?: SelectionChange): void {
    if (change && change.origin === this) {
      const { stageId, previousStageId, trigger } = change;
      this.dispatchEvent(
        new CustomEvent<StageSelectDetail>('ec-stage-select', {
          detail: { stageId, previousStageId, trigger },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit has made no shadow root yet: one that is here already came with the server's HTML.
    this.fromServer = !!this.shadowRoot;
    return super.createRenderRoot();
  }

  /**
   * The first update of a server-rendered element hydrates the server's HTML, so it must draw
   * exactly what the server drew: it waits (the server's content showing all the while) until
   * it can. What it waits for is loaded only by pages that have server-rendered elements.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.fromServer && !this.hasUpdated
      ? import('./hydration.js')
          .then((m) =>
            m.asOnServer(
              this,
              this.language,
              () => this.giveSource(),
              () => this.link.store,
            ),
          )
          .then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  /**
   * The element's own data applies while it shows its own store (a store found through the
   * composite or `for` has its data from there).
   */
  private giveSource(): void {
    const store = this.link.store;
    if (store !== this.link.own) {
      this.sourceGivenTo = undefined;
      return;
    }
    const data = this.data;
    const src = this.src || undefined;
    if (this.sourceGivenTo === store && this.givenData === data && this.givenSrc === src) return;
    this.sourceGivenTo = store;
    this.givenData = data;
    this.givenSrc = src;
    store.setSource(data, src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) {
      // A server has no ancestors to ask: the element's own `lang`, else its composite's.
      const composite = this.ecComposite;
      if (composite && composite[STORE] !== this.link.store) this.link.onContext(composite[STORE]);
      const lang = this.getAttribute('lang') || composite?.language.lang || 'en';
      if (lang !== this.language.lang) this.language.use(lang);
    }
    const store = this.link.store;
    this.giveSource();
    if (changed.has('selected') && this.selected && this.selected !== store.selected) {
      store.select(this.selected, 'api', this);
    }
    // The property always tells the selection shown (an unknown id reads as the hub), once
    // there is a cycle to select in.
    if (store.cycle && this.selected !== store.selected) this.selected = store.selected;
    const lang = this.language.lang;
    const key = `${lang} ${this.language.version}`;
    if (key !== this.stringsKey || changed.has('strings')) {
      this.stringsKey = key;
      this.t = stringsFor(lang, this.english, this.strings, this.locales);
    }
    const content = store.cycle?.lang;
    this.langs = content && primary(content) !== primary(lang) ? { content, ui: lang } : {};
    this.showsFallback = this.hasFallback && (store.state.status !== 'ready' || !this.language.ready);
  }

  /**
   * `updateComplete` waits until the element is settled: for work the controllers started
   * (see `pending`), and for the updates that follow from the first (the first width read).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let rounds = 0; (!done || this.pending.size) && rounds < 10; rounds++) {
      await Promise.all(this.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The loading or error view, or undefined when the cycle is ready. */
  protected renderState(): TemplateResult | undefined {
    const state = this.link.store.state;
    // Until the words of its language have arrived, the element waits as for its data.
    if (state.status === 'loading' || !this.language.ready) {
      // Content of its own stands in for the loading box: the reader reads it meanwhile.
      if (this.showsFallback) return html`<slot></slot>`;
      // Reading the default or given data takes a moment at most: keep the space, say nothing.
      if (state.status !== 'loading' || !state.url) return html`<div class="loading" part="loading"></div>`;
      return html`<div class="loading" part="loading" role="status">${this.t.loading}</div>`;
    }
    if (state.status === 'error') {
      const { error } = state;
      const problems = error.errors ?? [];
      return html`<div class="error" part="error" role="alert">
          <p class="error-title">${this.t.errorTitle}</p>
          <p>${error.message}</p>
          ${
            problems.length
              ? html`<ul>
                  ${problems.slice(0, LISTED_PROBLEMS).map((p) => html`<li><code>${formatCycleError(p)}</code></li>`)}
                </ul>`
              : nothing
          }
          ${
            problems.length + (error.more ?? 0) > LISTED_PROBLEMS
              ? html`<p>${this.t.moreProblems(problems.length + (error.more ?? 0) - LISTED_PROBLEMS)}</p>`
              : nothing
          }
          ${
            error.retryable
              ? html`<button
                  class="button retry"
                  part="retry-button"
                  type="button"
                  @click=${() => this.link.store.retry()}
                >
                  ${this.t.retry}
                </button>`
              : nothing
          }
        </div>
        ${this.showsFallback ? html`<slot></slot>` : nothing}`;
    }
    return undefined;
  }
}
