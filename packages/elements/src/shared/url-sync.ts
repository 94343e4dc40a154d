/**
 * Mirrors the selection in the page address (`#ec-stage-3`, `#ec-hub`) for elements with
 * `sync-url`: the address opens the right stage on load and on back/forward, and a change of
 * selection updates it with `history.replaceState`, so moving round the wheel does not fill
 * the reader's history. Loaded by DeepLinkController the first time an element asks for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashFor, idForHash } from '@engagement-cycle/core';
import type { CycleStore } from './store.js';

interface Host extends ReactiveControllerHost, EventTarget {
  syncUrl: boolean;
}

/**
 * One element on a page follows the address: the first with `sync-url` to start. Two that
 * both wrote `#ec-stage-N` would undo each other's selection on every change. Others wait,
 * with a warning, and the next in line takes over when the owner leaves the page.
 */
const waiting: UrlSync[] = [];
let owner: UrlSync | undefined;

export class UrlSync implements ReactiveController {
  private listening = false;
  /** A fragment read before the cycle had loaded, applied once it has. */
  private pending = false;
  /** A write the browser refused for now (see write), tried again a moment later. */
  private retry: ReturnType<typeof setTimeout> | undefined;

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
      if (owner && owner !== this) {
        if (!waiting.includes(this)) {
          waiting.push(this);
          console.warn(
            'engagement-cycle: another element already follows the page address; this one will not.',
          );
        }
        return;
      }
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page-wide owner is this controller
      owner = this;
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
    const at = waiting.indexOf(this);
    if (at >= 0) waiting.splice(at, 1);
    clearTimeout(this.retry);
    this.retry = undefined;
    if (!this.listening) return;
    window.removeEventListener('hashchange', this.onHashChange);
    this.listening = false;
    if (owner === this) {
      owner = undefined;
      waiting.shift()?.refresh();
    }
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
    try {
      history.replaceState(history.state, '', hash);
    } catch {
      // Safari (WebKit) refuses more than 100 address changes in 10 s with a SecurityError; a
      // reader holding an arrow key on the wheel gets there. The selection itself has changed:
      // write the address, with whatever is selected by then, once the browser allows it.
      clearTimeout(this.retry);
      this.retry = setTimeout(() => {
        this.retry = undefined;
        if (this.listening) this.write();
      }, 1000);
    }
  }
}
