/**
 * How a guide or a matrix follows the element named by its `for` attribute, live: in the
 * same document or shadow tree, found when it appears or its definition loads (it may come
 * later in the page, or be added by script), dropped when it leaves, and changed when it is
 * replaced or starts showing another store. While found, its store is linked to the host's
 * StoreController, so both show the same selection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CycleStore } from './store.js';
import { STORE, STORE_SWITCH, type StoreController } from './store-controller.js';

type Host = ReactiveControllerHost & HTMLElement;
type Followable = Element & { [STORE]: CycleStore };

export class FollowController implements ReactiveController {
  /** The element followed, while it is on the page. */
  target?: Element;

  private id?: string;
  private watcher?: MutationObserver;
  private warnedAbout?: Element;
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly link: StoreController,
    /** Told when the element followed changes (the guide becomes its tab panel). */
    private readonly changed: (target: Element | undefined, previous: Element | undefined) => void,
  ) {
    host.addController(this);
  }

  /** Follows the element with this id (or none), from now on. */
  setFor(id: string | undefined): void {
    if (id === this.id) return;
    this.id = id;
    if (this.connected) this.hostConnected();
  }

  hostConnected(): void {
    this.hostDisconnected();
    this.connected = true;
    if (!this.id) return;
    // Watch the page for as long as the element follows: the target may come later, be
    // removed, or be replaced by another element with the same id.
    this.watcher = new MutationObserver(this.look);
    this.watcher.observe(this.host.getRootNode(), { childList: true, subtree: true });
    this.look();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.watcher?.disconnect();
    this.watcher = undefined;
    this.setTarget(undefined);
  }

  private readonly look = (): void => {
    if (!this.watcher || !this.id) return;
    const found = (this.host.getRootNode() as Document | ShadowRoot).getElementById(this.id) ?? undefined;
    if (found && !(STORE in found) && found.localName.includes('-') && !customElements.get(found.localName)) {
      // A custom element whose script has not run yet: look again once it is defined.
      void customElements.whenDefined(found.localName).then(this.look);
      return this.setTarget(undefined);
    }
    if (found && !(STORE in found) && this.warnedAbout !== found) {
      this.warnedAbout = found;
      console.warn(
        `engagement-cycle: #${this.id} is not an engagement-cycle element; <${this.host.localName}> stands alone.`,
      );
    }
    this.setTarget(found && STORE in found ? found : undefined);
  };

  private readonly onSwitch = (): void => this.link.link((this.target as Followable | undefined)?.[STORE]);

  private setTarget(target: Element | undefined): void {
    const previous = this.target;
    if (target === previous) return;
    previous?.removeEventListener(STORE_SWITCH, this.onSwitch);
    target?.addEventListener(STORE_SWITCH, this.onSwitch);
    this.target = target;
    this.changed(target, previous);
    this.onSwitch();
  }
}
