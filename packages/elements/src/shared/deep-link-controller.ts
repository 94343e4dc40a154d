/**
 * Deep links for the elements that offer `sync-url` (the wheel and the composite): attach
 * one and it does the rest. The address handling itself (url-sync.ts) is loaded the first
 * time an element asks for it, so pages that never use deep links never download it; until
 * it has loaded, the host's `updateComplete` waits for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoreController } from './store-controller.js';
import type { UrlSync } from './url-sync.js';

interface Host extends ReactiveControllerHost, EventTarget {
  syncUrl: boolean;
  /** Work the host's `updateComplete` waits for. */
  readonly pending: Set<Promise<unknown>>;
}

export class DeepLinkController implements ReactiveController {
  private sync?: UrlSync;
  private loading = false;
  private wanted = false;

  constructor(
    private readonly host: Host,
    private readonly link: StoreController,
  ) {
    host.addController(this);
    link.listen((change) => this.sync?.storeChanged(change !== undefined, change?.trigger));
  }

  // After the update, not before it: following the address may change the selection, and a
  // change made then is drawn by an update of its own.
  hostUpdated(): void {
    if (this.host.syncUrl === this.wanted) return;
    this.wanted = this.host.syncUrl;
    if (this.sync) return this.sync.refresh();
    if (!this.wanted || this.loading) return;
    this.loading = true;
    const loaded = import('./url-sync.js').then(({ UrlSync }) => {
      // Added to a connected host, the controller starts at once.
      this.sync = new UrlSync(this.host, () => this.link.store);
      this.host.pending.delete(loaded);
    });
    this.host.pending.add(loaded);
  }
}
