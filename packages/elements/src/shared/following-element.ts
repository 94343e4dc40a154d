/**
 * The base of the elements that can follow another with `for="id"` (the guide and the
 * matrix): they then share its store, so the same selection shows everywhere.
 */
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CycleElement } from './cycle-element.js';
import { findFor } from './follow-element.js';

export abstract class FollowingElement extends CycleElement {
  static override properties: PropertyDeclarations = {
    for: { reflect: true },
  };

  /** The id of a `<ec-cycle-wheel>` (or another element of this family) on the page to follow. */
  for?: string;

  /** The element followed, once found. */
  protected target?: CycleElement;
  private stopLooking?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first `for` is followed on connection; later changes here.
    if (changed.has('for') && this.hasUpdated && this.isConnected) this.follow();
    super.willUpdate(changed);
  }

  /** Called when the element named by `for` is found (subclasses add to it). */
  protected found(target: CycleElement): void {
    this.target = target;
    this.linkedStore = target.store;
  }

  /** Called when the element stops following (subclasses add to it). */
  protected lost(): void {
    this.target = undefined;
    this.linkedStore = undefined;
  }

  private follow(): void {
    this.unfollow();
    if (this.for) this.stopLooking = findFor(this, this.for, (target) => this.found(target));
  }

  private unfollow(): void {
    this.stopLooking?.();
    this.stopLooking = undefined;
    this.lost();
  }
}
