/**
 * The base of the elements that can follow another with `for="id"` (the guide and the
 * matrix): they then share its store, so the same selection shows everywhere. The following
 * itself is FollowController's; this adds the attribute.
 */
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CycleElement } from './cycle-element.js';
import { FollowController } from './follow-controller.js';
import type { StateStrings } from './localize.js';

export abstract class FollowingElement<S extends StateStrings = StateStrings> extends CycleElement<S> {
  static override properties: PropertyDeclarations = {
    for: { reflect: true },
  };

  /** The id of a `<ec-cycle-wheel>` (or another element of this family) on the page to follow. */
  for?: string;

  /** @internal */
  protected readonly following = new FollowController(this, this.link, (target, previous) =>
    this.followed(target, previous),
  );

  override connectedCallback(): void {
    // Before the controllers connect, so their first look for the target has the id.
    this.following.setFor(this.for);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.following.setFor(this.for);
    super.willUpdate(changed);
  }

  /** Called when the element named by `for` is found or lost. */
  protected followed(_target: Element | undefined, _previous: Element | undefined): void {}
}
