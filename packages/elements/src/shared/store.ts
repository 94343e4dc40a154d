/**
 * One store holds what the elements share: the cycle (loading, ready or failed) and the
 * selection. A wheel, a guide and a matrix that show the same cycle hold the same store, so
 * a selection made in one is seen by all, once.
 */
import { defaultCycle, formatCycleError, HUB_ID, loadCycle, parseCycle } from '@engagement-cycle/core';
import type { Cycle, CycleError, LoadErrorKind } from '@engagement-cycle/core';

export type SelectTrigger = 'pointer' | 'keyboard' | 'api' | 'url';

export interface StoreError {
  /** `data` when the `data` property was invalid; otherwise why `src` failed. */
  kind: LoadErrorKind | 'data';
  message: string;
  errors?: CycleError[];
  retryable: boolean;
  url?: string;
}

export type CycleState =
  | { status: 'loading'; url: string }
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
  state: CycleState = { status: 'ready', cycle: defaultCycle, isDefault: true };
  /** The id asked for; it may name a stage of a cycle that has not loaded yet. */
  private requested: string = HUB_ID;
  private listeners = new Set<StoreListener>();
  private data: unknown;
  private src: string | undefined;
  private loading?: AbortController;
  private timeoutMs?: number;

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
  setSource(data: unknown, src: string | undefined, timeoutMs?: number): void {
    if (data === this.data && src === this.src && this.state.status !== 'error') return;
    this.data = data;
    this.src = src;
    this.timeoutMs = timeoutMs;
    this.apply();
  }

  /** Tries the source again, after a network or server error. */
  retry(): void {
    this.apply();
  }

  /**
   * Selects `id` (a stage id or `hub`). Returns true and tells listeners when the selection
   * really changed; an unknown id selects the hub, with a warning.
   */
  select(id: string, trigger: SelectTrigger, origin?: EventTarget): boolean {
    const previous = this.selected;
    this.requested = id;
    if (this.cycle && !this.isKnown(id)) {
      console.warn(`engagement-cycle: there is no stage "${id}"; showing the hub instead.`);
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
    if (state.status === 'error') {
      // The element shows the first few problems; the console gets every one, once per store.
      const lines = (state.error.errors ?? []).map(formatCycleError);
      console.error(['engagement-cycle: ' + state.error.message, ...lines].join('\n  '));
    }
    this.emit();
    // A cycle that arrives may or may not have the stage asked for before it loaded.
    if (state.status === 'ready' && !this.isKnown(this.requested)) {
      console.warn(`engagement-cycle: there is no stage "${this.requested}"; showing the hub instead.`);
    }
    if (this.selected !== before)
      this.emit({ stageId: this.selected, previousStageId: before, trigger: 'api' });
  }

  private apply(): void {
    this.loading?.abort();
    this.loading = undefined;
    if (this.data !== undefined && this.data !== null) {
      const result = parseCycle(this.data);
      if (result.ok) return this.setState({ status: 'ready', cycle: result.cycle, isDefault: false });
      const count = result.errors.length;
      return this.setState({
        status: 'error',
        error: {
          kind: 'data',
          message: `The data is not a valid cycle: ${count} problem${count === 1 ? '' : 's'} found.`,
          errors: result.errors,
          retryable: false,
        },
      });
    }
    if (!this.src) return this.setState({ status: 'ready', cycle: defaultCycle, isDefault: true });
    const url = this.src;
    const controller = new AbortController();
    this.loading = controller;
    this.setState({ status: 'loading', url });
    void loadCycle(url, { signal: controller.signal, timeoutMs: this.timeoutMs }).then((result) => {
      if (controller.signal.aborted) return;
      this.loading = undefined;
      if (result.ok) this.setState({ status: 'ready', cycle: result.cycle, isDefault: false });
      else this.setState({ status: 'error', error: { ...result.error } });
    });
  }
}
