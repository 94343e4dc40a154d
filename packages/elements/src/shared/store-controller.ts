/**
 * Finds the store an element shows, in one place, and keeps it current:
 *
 * 1. the store of an enclosing `<ec-engagement-cycle>`, asked for through the context
 *    protocol (its answer may come late: the composite can upgrade after its parts);
 * 2. else a store the element was linked to (FollowController links the store of the
 *    element named by `for`);
 * 3. else the element's own store.
 *
 * The host hears every change of that store, and of which store it is, through the
 * listeners it adds with `listen()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { storeContext } from './context.js';
import { CycleStore, type SelectionChange, type StoreListener } from './store.js';

/**
 * Our elements are recognised by this property, which holds their current store. A global
 * symbol, not `instanceof`, so that an element of another copy of this code (the CDN file
 * beside an npm build) is recognised too.
 */
export const STORE = Symbol.for('engagement-cycle.store');
/** Fired (not bubbling) on an element when the store it shows is replaced by another. */
export const STORE_SWITCH = 'ec-store-switch';

type Host = ReactiveControllerHost & HTMLElement;

export class StoreController implements ReactiveController {
  /** The store the host shows now. */
  store: CycleStore;
  /** The element's own store, used when it has no other. */
  readonly own = new CycleStore();

  private shared?: CycleStore;
  private linked?: CycleStore;
  private leaveContext?: () => void;
  private unsubscribe?: () => void;
  private readonly listeners = new Set<StoreListener>();

  constructor(private readonly host: Host) {
    this.store = this.own;
    host.addController(this);
  }

  /** Adds a listener for every change of the store shown; also called when the store is switched. */
  listen(listener: StoreListener): void {
    this.listeners.add(listener);
  }

  /** Shows `store` (another element's), unless an enclosing composite provides one; undefined unlinks. */
  link(store: CycleStore | undefined): void {
    this.linked = store;
    this.resolve();
  }

  hostConnected(): void {
    // The callback is a field, not a fresh function: @lit/context's ContextRoot holds a
    // waiting request's callback only weakly, so a new closure could be collected before a
    // late provider answers it.
    this.host.dispatchEvent(new ContextEvent(storeContext, this.host, this.onContext, true));
    this.resolve();
    this.own.resume();
  }

  hostDisconnected(): void {
    // The element's own load is its alone: stop it while the element is off the page.
    this.own.suspend();
    this.leaveContext?.();
    this.leaveContext = undefined;
    this.shared = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * The composite's answer. On the server, where no context event reaches it, the part calls
   * this itself with the store of the composite that set its `ecComposite`.
   * @internal
   */
  readonly onContext = (store: CycleStore, unsubscribe?: () => void): void => {
    if (this.leaveContext !== unsubscribe) this.leaveContext?.();
    this.leaveContext = unsubscribe;
    this.shared = store;
    this.resolve();
  };

  private readonly emit = (change?: SelectionChange): void => {
    for (const listener of this.listeners) listener(change);
  };

  /** Settles which store is shown, subscribes to it, and tells the listeners when it changed. */
  private resolve(): void {
    const next = this.shared ?? this.linked ?? this.own;
    const switched = next !== this.store;
    if (switched || !this.unsubscribe) {
      this.unsubscribe?.();
      this.store = next;
      this.unsubscribe = next.subscribe(this.emit);
    }
    if (switched) {
      this.host.dispatchEvent(new Event(STORE_SWITCH));
      this.emit();
    }
  }
}
