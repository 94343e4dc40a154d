/**
 * One store holds what the elements share: the cycle (loading, ready or failed) and the
 * selection. A wheel, a guide and a matrix that show the same cycle hold the same store, so
 * a selection made in one is seen by all, once.
 */
import { HUB_ID } from '@engagement-cycle/core';
import type { Cycle, LoadError, WheelRatings } from '@engagement-cycle/core';
import type * as DefaultModule from '@engagement-cycle/core/default-cycle.js';
import type * as LoadModule from '@engagement-cycle/core/load.js';

// The default dataset and the validator are loaded when first needed, in their own chunks:
// a page that brings its own data never downloads the default text, and the wheel's first
// download stays small. (The CDN file has them inline, so there they cost no request.)
// Once a module has arrived it is kept, and every later store uses it at once: an element
// given data, or showing the default, then draws in its first update, with no loading
// state and no wait.
let defaultModule: typeof DefaultModule | undefined;
let loadModule: typeof LoadModule | undefined;
const importDefault = async () => (defaultModule ??= await import('@engagement-cycle/core/default-cycle.js'));
const importLoad = async () => (loadModule ??= await import('@engagement-cycle/core/load.js'));

/**
 * Hands the store the default dataset and the validator at once, so no element waits for
 * them: the server entry (`../ssr.ts`) calls it, and then every element's first server
 * render is complete.
 * @internal
 */
export function provideModules(defaults: typeof DefaultModule, load: typeof LoadModule): void {
  defaultModule = defaults;
  loadModule = load;
}

export type SelectTrigger = 'pointer' | 'keyboard' | 'api' | 'url';

/** A button's click came from the keyboard (Enter or Space) when it counted no pointer clicks. */
export const triggerOf = (event: MouseEvent): SelectTrigger => (event.detail === 0 ? 'keyboard' : 'pointer');

/** Why the cycle cannot be shown: `invalid` for bad `data`, or why loading `src` failed. */
export type StoreError = LoadError;

const warnUnknown = (id: string) =>
  console.warn(`engagement-cycle: there is no stage "${id}"; showing the hub instead.`);

export type CycleState =
  /** `url` is set while `src` loads; without it, the default or given data is being read. */
  | { status: 'loading'; url?: string }
  | { status: 'ready'; cycle: Cycle; isDefault: boolean }
  | { status: 'error'; error: StoreError };

export interface SelectionChange {
  stageId: string;
  previousStageId: string;
  trigger: SelectTrigger;
  /** The element whose API or user interaction made the change; it fires the event. */
  origin?: EventTarget;
}

export type StoreListener = (change?: SelectionChange) => void;

export class CycleStore {
  state: CycleState = { status: 'loading' };
  /** The id asked for; it may name a stage of a cycle that has not loaded yet. */
  private requested: string = HUB_ID;
  private listeners = new Set<StoreListener>();
  private data: unknown;
  private src: string | undefined;
  private loading?: AbortController;
  /** Counts calls to apply(), so a slow answer to an old source is ignored. */
  private generation = 0;
  private applied = false;
  private suspended = false;

  /**
   * The ratings of a self-assessment that shows this store, which a wheel draws; only the
   * assessment that set them replaces or removes them.
   */
  ratings?: WheelRatings;
  private ratingsOwner?: object;

  /** Sets (or, with undefined, removes) `owner`'s ratings, and tells the listeners. */
  setRatings(ratings: WheelRatings | undefined, owner: object): void {
    if (!ratings && owner !== this.ratingsOwner) return;
    if (ratings === this.ratings) return;
    this.ratings = ratings;
    this.ratingsOwner = ratings && owner;
    this.emit();
  }

  get cycle(): Cycle | undefined {
    return this.state.status === 'ready' ? this.state.cycle : undefined;
  }

  /** The selected stage id, or `hub`. An id the cycle does not have reads as `hub`. */
  get selected(): string {
    return this.isKnown(this.requested) ? this.requested : HUB_ID;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the data (an object) and source (a URL) as an element's `data` and `src` give them. */
  setSource(data: unknown, src: string | undefined): void {
    if (this.applied && data === this.data && src === this.src && this.state.status !== 'error') return;
    this.applied = true;
    this.data = data;
    this.src = src;
    void this.apply();
  }

  /** Tries the source again, after a network or server error. */
  retry(): void {
    void this.apply();
  }

  /**
   * Stops a load under way (its element left the page): nothing arrives, and nothing is
   * logged, for an element no one can see. `resume()` starts it again.
   */
  suspend(): void {
    if (!this.loading) return;
    this.generation++;
    this.loading.abort();
    this.loading = undefined;
    this.suspended = true;
  }

  /** Starts again a load that `suspend()` stopped. */
  resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    void this.apply();
  }

  /**
   * Selects `id` (a stage id or `hub`). Returns true and tells listeners when the selection
   * really changed; an unknown id selects the hub, with a warning.
   */
  select(id: string, trigger: SelectTrigger, origin?: EventTarget): boolean {
    const previous = this.selected;
    this.requested = id;
    if (this.cycle && !this.isKnown(id)) {
      warnUnknown(id);
    }
    const now = this.selected;
    if (now === previous) return false;
    this.emit({ stageId: now, previousStageId: previous, trigger, origin });
    return true;
  }

  private isKnown(id: string): boolean {
    if (id === HUB_ID) return true;
    const cycle = this.cycle;
    return cycle ? cycle.stages.some((s) => s.id === id) : false;
  }

  private emit(change?: SelectionChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private setState(state: CycleState): void {
    const before = this.selected;
    this.state = state;
    this.emit();
    // A cycle that arrives may or may not have the stage asked for before it loaded.
    if (state.status === 'ready' && !this.isKnown(this.requested)) {
      warnUnknown(this.requested);
    }
    if (this.selected !== before)
      this.emit({ stageId: this.selected, previousStageId: before, trigger: 'api' });
  }

  private async apply(): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.loading?.abort();
    this.loading = undefined;
    const given = this.data !== undefined && this.data !== null;
    if (!given && !this.src) {
      if (this.state.status === 'ready' && this.state.isDefault) return;
      if (!defaultModule) this.setState({ status: 'loading' });
      const { defaultCycle } = defaultModule ?? (await importDefault());
      if (current()) this.setState({ status: 'ready', cycle: defaultCycle, isDefault: true });
      return;
    }
    if (given) {
      // No await when the validator is here already: the state is set before this returns.
      const { checkCycle, logCycleError } = loadModule ?? (await importLoad());
      if (!current()) return;
      const result = checkCycle(this.data);
      // The element shows the first few problems; the console gets every one, once per store.
      if (!result.ok) logCycleError(result.error);
      return this.setState(
        result.ok
          ? { status: 'ready', cycle: result.cycle, isDefault: false }
          : { status: 'error', error: result.error },
      );
    }
    const url = this.src!;
    const controller = new AbortController();
    this.loading = controller;
    this.setState({ status: 'loading', url });
    const { loadCycle, logCycleError } = loadModule ?? (await importLoad());
    const result = await loadCycle(url, { signal: controller.signal });
    if (!current() || controller.signal.aborted) return;
    this.loading = undefined;
    if (!result.ok) logCycleError(result.error);
    this.setState(
      result.ok
        ? { status: 'ready', cycle: result.cycle, isDefault: false }
        : { status: 'error', error: result.error },
    );
  }
}
