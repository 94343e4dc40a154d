/**
 * What every element shares: where its data comes from, which store it uses, its language,
 * theme, loading and error states, and the `ec-stage-select` event. Elements extend this and
 * draw only their own view.
 */
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ContextEvent } from '@lit/context';
import { formatCycleError, type Cycle } from '@engagement-cycle/core';
import { storeContext } from './context.js';
import { CycleStore, type SelectionChange, type SelectTrigger } from './store.js';
import { resolveLang, stringsFor, type UiStrings } from './localize.js';

/**
 * Asks an enclosing <ec-engagement-cycle> for its store. This speaks the context protocol that
 * @lit/context's ContextProvider answers, without its consumer controller, which would cost
 * the wheel a sixth of its size budget for one request. (A function, not a method, so the
 * manifest analyzer does not take the request for one of the element's public events.)
 */
function requestStore(host: Element, callback: (store: CycleStore, unsubscribe?: () => void) => void): void {
  host.dispatchEvent(new ContextEvent(storeContext, host, callback, true));
}

/** The most problems an error box lists; the console has them all. */
const LISTED_PROBLEMS = 8;

export interface StageSelectDetail {
  stageId: string;
  previousStageId: string;
  trigger: SelectTrigger;
}

declare global {
  interface HTMLElementEventMap {
    'ec-stage-select': CustomEvent<StageSelectDetail>;
  }
}

// Properties are declared with `static properties` rather than decorators: the decorator
// helpers cost more bytes than the whole keyboard handling of the wheel.
export abstract class CycleElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    selected: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    sharedStore: { state: true, attribute: false },
    linkedStore: { state: true, attribute: false },
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
  strings?: Partial<UiStrings>;

  /** The store of an enclosing `<ec-engagement-cycle>`, when there is one. */
  protected sharedStore?: CycleStore;

  /** The store of the element named by `for`, for the elements that follow another. */
  protected linkedStore?: CycleStore;

  private readonly ownStore = new CycleStore();
  private subscribedTo?: CycleStore;
  private unsubscribe?: () => void;

  /** The language of the interface: the nearest `lang`, refreshed each render. */
  protected uiLang = 'en';

  /** Interface strings in the element's language, refreshed each render. */
  protected t: UiStrings = stringsFor('en');

  /**
   * The data and selection this element shows, shared with the elements it is linked to.
   * @internal
   */
  get store(): CycleStore {
    return this.sharedStore ?? this.linkedStore ?? this.ownStore;
  }

  /** The cycle being shown, once it is ready. */
  get cycle(): Cycle | undefined {
    return this.store.cycle;
  }

  /** Selects a stage (by id) or the hub (`hub`), as if the user had. Fires `ec-stage-select`. */
  select(id: string): void {
    this.store.select(id, 'api', this);
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
    const stages = this.cycle?.stages;
    if (!stages) return;
    const at = stages.findIndex((s) => s.id === this.store.selected);
    const from = at < 0 ? (by === 1 ? -1 : 0) : at;
    const to = (from + by + stages.length) % stages.length;
    this.store.select(stages[to]!.id, trigger, this);
  }

  /** Stops the enclosing composite from updating `sharedStore`, once disconnected. */
  private leaveContext?: () => void;

  override connectedCallback(): void {
    requestStore(this, (store, unsubscribe) => {
      this.sharedStore = store;
      this.leaveContext = unsubscribe;
    });
    // Listen before the controllers start: one of them (sync-url) may select at once.
    this.connectStore();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveContext?.();
    this.leaveContext = undefined;
    this.sharedStore = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private connectStore(): void {
    const store = this.store;
    if (store === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = store;
    this.unsubscribe = store.subscribe((change) => this.storeChanged(change));
  }

  /** Called for every change of the store: data state, or selection (with `change`). */
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
    if (this.store.cycle) this.selected = this.store.selected;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.connectStore();
    const store = this.store;
    const sourceMayMatter = (['src', 'data', 'sharedStore', 'linkedStore'] as const).some((k) =>
      (changed as PropertyValues).has(k),
    );
    if (this.store === this.ownStore && (sourceMayMatter || !this.hasUpdated)) {
      this.ownStore.setSource(this.data, this.src || undefined);
    }
    if (changed.has('selected') && this.selected && this.selected !== store.selected) {
      store.select(this.selected, 'api', this);
    }
    // The property always tells the selection shown (an unknown id reads as the hub), once
    // there is a cycle to select in.
    if (store.cycle && this.selected !== store.selected) this.selected = store.selected;
    this.t = stringsFor((this.uiLang = resolveLang(this)), this.strings);
  }

  /** The loading or error view, or undefined when the cycle is ready. */
  protected renderState(): TemplateResult | undefined {
    const state = this.store.state;
    if (state.status === 'loading') {
      // Reading the default or given data takes a moment at most: keep the space, say nothing.
      if (!state.url) return html`<div class="loading" part="loading"></div>`;
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
        ${problems.length > LISTED_PROBLEMS ? html`<p>${this.t.moreProblems(problems.length - LISTED_PROBLEMS)}</p>` : nothing}
        ${
          error.retryable
            ? html`<button
                class="button retry"
                part="retry-button"
                type="button"
                @click=${() => this.store.retry()}
              >
                ${this.t.retry}
              </button>`
            : nothing
        }
      </div>`;
    }
    return undefined;
  }
}
