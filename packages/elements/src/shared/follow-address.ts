/**
 * Loads the address handling (url-sync.ts) the first time an element asks for `sync-url`,
 * so pages that never use deep links never download it. The wheel and the composite share
 * this; `ready()` lets their `updateComplete` wait until it is running.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CycleStore, SelectionChange } from './store.js';
import type { UrlSync } from './url-sync.js';

interface Host extends ReactiveControllerHost, EventTarget {
  syncUrl: boolean;
}

export interface FollowAddress {
  /** Call when `sync-url` changes. */
  refresh(): void;
  /** Call on every change of the store. */
  storeChanged(change?: SelectionChange): void;
  /** Settles once the address handling has loaded (at once if it was never asked for). */
  ready(): Promise<void> | undefined;
}

export function followAddress(host: Host, store: () => CycleStore): FollowAddress {
  let sync: UrlSync | undefined;
  let loading: Promise<void> | undefined;
  return {
    refresh() {
      if (sync) return sync.refresh();
      if (!host.syncUrl || loading) return;
      loading = import('./url-sync.js').then(({ UrlSync }) => {
        // Adding the controller to a connected element starts it at once.
        sync = new UrlSync(host, store);
      });
    },
    storeChanged(change) {
      sync?.storeChanged(change !== undefined, change?.trigger);
    },
    ready: () => loading,
  };
}
