/**
 * Mirrors the selection in the page address (`#ec-stage-3`, `#ec-hub`) for elements with
 * `sync-url`: the address opens the right stage on load and on back/forward, and a change of
 * selection updates it with `history.replaceState`, so moving round the wheel does not fill
 * the reader's history.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HUB_ID, type Cycle } from '@engagement-cycle/core';
import type { CycleStore } from './store.js';

const STAGE_HASH = /^#ec-stage-(\d+)$/;
const HUB_HASH = '#ec-hub';

/** The address fragment for a selection. */
export function hashFor(cycle: Cycle, id: string): string {
  const stage = cycle.stages.find((s) => s.id === id);
  return stage ? `#ec-stage-${stage.number}` : HUB_HASH;
}

/** The selection an address fragment asks for, or undefined when it is not ours. */
export function idForHash(cycle: Cycle, hash: string): string | undefined {
  if (hash === HUB_HASH) return HUB_ID;
  const match = STAGE_HASH.exec(hash);
  return match ? cycle.stages.find((s) => s.number === Number(match[1]))?.id : undefined;
}

interface Host extends ReactiveControllerHost, EventTarget {
  syncUrl: boolean;
}

export class UrlSync implements ReactiveController {
  private listening = false;
  /** A fragment read before the cycle had loaded, applied once it has. */
  private pending = false;

  constructor(
    private readonly host: Host,
    private readonly store: () => CycleStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts or stops following the address when `sync-url` changes. */
  refresh(): void {
    if (this.host.syncUrl && !this.listening) {
      window.addEventListener('hashchange', this.onHashChange);
      this.listening = true;
      this.read();
    } else if (!this.host.syncUrl) {
      this.stop();
    }
  }

  /** Call when the store changes: applies a waiting fragment, and writes the new selection. */
  storeChanged(selectionChanged: boolean, trigger?: string): void {
    if (!this.listening) return;
    if (this.pending && this.store().cycle) this.read();
    else if (selectionChanged && trigger !== 'url') this.write();
  }

  private stop(): void {
    if (!this.listening) return;
    window.removeEventListener('hashchange', this.onHashChange);
    this.listening = false;
  }

  private readonly onHashChange = () => this.read();

  private read(): void {
    const store = this.store();
    const cycle = store.cycle;
    if (!cycle) {
      this.pending = true;
      return;
    }
    this.pending = false;
    const id = idForHash(cycle, window.location.hash);
    if (id !== undefined) store.select(id, 'url', this.host);
  }

  private write(): void {
    const store = this.store();
    const cycle = store.cycle;
    if (!cycle) return;
    const hash = hashFor(cycle, store.selected);
    if (window.location.hash === hash) return;
    history.replaceState(history.state, '', hash);
  }
}
