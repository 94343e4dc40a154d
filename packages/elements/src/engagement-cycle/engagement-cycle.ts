import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ContextProvider } from '@lit/context';
import { CycleElement } from '../shared/cycle-element.js';
import { storeContext } from '../shared/context.js';
import { DeepLinkController } from '../shared/deep-link-controller.js';
import { FitsViewController } from '../shared/fits-view-controller.js';
import { headingLevel } from '../shared/heading-level.js';
import { stateStrings, type Locales, type StateStrings } from '../shared/localize.js';
import { creditStrings, creditStyles, renderCredit, type CreditStrings } from '../shared/credit.js';
import { states } from '../shared/states.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { compositeStyles } from './engagement-cycle.styles.js';
import type { EcCycleWheel } from '../cycle-wheel/cycle-wheel.js';
import type { EcStageGuide } from '../stage-guide/stage-guide.js';
import type { EcWhoDoesWhat } from '../who-does-what/who-does-what.js';
import type { EcSelfAssessment } from '../self-assessment/self-assessment.js';

/** The composite's own words (loading, error, credit) in other languages, loaded on first use. */
export const compositeLocales: Locales = { cy: () => import('../locales/cy/composite.js') };

/** Words for any part: the composite hands its `strings` to the wheel, the guide and the matrix. */
type Strings = NonNullable<EcCycleWheel['strings']> &
  NonNullable<EcStageGuide['strings']> &
  NonNullable<EcWhoDoesWhat['strings']> &
  NonNullable<EcSelfAssessment['strings']>;

/**
 * @summary The whole Engagement Cycle in one tag: the wheel and the stage guide side by side
 * (stacked in narrow spaces) and the who-does-what matrix under them, sharing one selection.
 *
 * @tag ec-engagement-cycle
 *
 * @event {CustomEvent<StageSelectDetail>} ec-stage-select - The selection changed, from the wheel, the guide, the address or
 * the API. `detail`: `{ stageId, previousStageId, trigger }`. Bubbles and is composed.
 *
 * @slot after - Content under the wheel and the guide, across the full width.
 *
 * @csspart base - The layout grid.
 * @csspart wheel - The `<ec-cycle-wheel>`.
 * @csspart guide - The `<ec-stage-guide>`.
 * @csspart matrix - The `<ec-who-does-what>` under them (unless `hide-matrix`).
 * @csspart assessment - With `assessment`: the `<ec-self-assessment>` under the guide.
 * @csspart credit - The credit line of the content, shown once for all the parts, with links to
 * the source and the licence.
 * @csspart credit-link - Each of the two links in the credit line.
 *
 * @cssprop --ec-color-text - Body text. Like every `--ec-*` property set on the composite, it
 * reaches the wheel, the guide and the matrix inside it.
 * @cssprop --ec-color-text-secondary - The credit line.
 * @cssprop --ec-font-family - Font of all text, in every part.
 */
export class EcEngagementCycle extends CycleElement<StateStrings & CreditStrings> {
  static override styles = [tokens, states, creditStyles, compositeStyles];

  static override properties: PropertyDeclarations = {
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    label: {},
    hideMatrix: { type: Boolean, reflect: true, attribute: 'hide-matrix' },
    printAll: { type: Boolean, reflect: true, attribute: 'print-all' },
    assessment: { type: Boolean, reflect: true },
  };

  /**
   * Mirror the selection in the page address (`#ec-stage-3`, `#ec-hub`). Only one element
   * on a page follows the address: the first with `sync-url` to arrive.
   */
  syncUrl = false;

  /** The level of the guide's main heading and of the matrix's heading (1 to 6). */
  headingLevel = 2;

  /** Accessible name of the wheel. Default: the cycle's title. */
  label?: string;

  /** Leave out the who-does-what matrix under the wheel and the guide. */
  hideMatrix = false;

  /** When the page is printed, the guide prints the hub and every stage, not only the one shown. */
  printAll = false;

  /**
   * Add a self-assessment under the guide: the wheel shows its levels, and choosing a stage
   * on either brings up the other. Its code loads only when this is set.
   */
  assessment = false;

  /** Your own words for any interface text of the parts, in the element's language. */
  declare strings?: Partial<Strings>;

  /** The composite itself shows only the loading and error views; its parts have their own words. */
  protected readonly english = { ...stateStrings, ...creditStrings };
  /** @internal */
  readonly locales = compositeLocales;

  private readonly deepLink = new DeepLinkController(this, this.link);
  // The parts (in this element's shadow tree, or nested in its light DOM) find this element's
  // store through context, so a selection anywhere updates them all.
  private readonly provider = new ContextProvider(this, {
    context: storeContext,
    initialValue: this.link.own,
  });

  /**
   * Whether the wheel, with 1rem above and below, fits the window's height. Only then is it
   * sticky beside the guide: a taller wheel, stuck, would hold its text list below the
   * bottom edge of the window.
   */
  private readonly wheelFits = new FitsViewController(
    this,
    () => this.renderRoot.querySelector('.wheel'),
    () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
  );

  /** On the server only, this element, for its parts: no context event reaches them there. */
  private readonly serverSelf: CycleElement | undefined = isServer ? this : undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The self-assessment's chunk, the first time it is asked for (the main entry's
    // define-on-use does not see tags in shadow roots).
    if (this.assessment && !customElements.get('ec-self-assessment')) {
      const loading = import('../self-assessment.js').catch((error: unknown) =>
        console.error('engagement-cycle: <ec-self-assessment> could not be loaded.', error),
      );
      this.pending.add(loading);
      void loading.then(() => this.pending.delete(loading));
    }
  }

  protected override render(): TemplateResult {
    const state = this.renderState();
    if (state) return html`<div part="base" class="layout">${state}</div>`;
    const guide = html`<ec-stage-guide
      class="guide"
      part="guide"
      for="wheel"
      heading-level=${headingLevel(this.headingLevel)}
      ?print-all=${this.printAll}
      theme=${this.theme ?? nothing}
      .strings=${this.strings}
      .ecComposite=${this.serverSelf}
    ></ec-stage-guide>`;
    // The wheel and the guide have a grid of their own: a sticky wheel stays inside its
    // containing block, so it stops where the guide ends and never slides over the matrix.
    return html`<div part="base" class="layout">
      <div class=${this.wheelFits.fits ? 'pair sticky' : 'pair'}>
        <ec-cycle-wheel
          class="wheel"
          part="wheel"
          id="wheel"
          label=${this.label ?? nothing}
          theme=${this.theme ?? nothing}
          .strings=${this.strings}
          .ecComposite=${this.serverSelf}
        ></ec-cycle-wheel>
        ${this.assessment ? html`<div class="panels">${guide}${this.renderAssessment()}</div>` : guide}
      </div>
      ${
        this.hideMatrix
          ? nothing
          : html`<ec-who-does-what
              class="matrix"
              part="matrix"
              heading-level=${headingLevel(this.headingLevel)}
              theme=${this.theme ?? nothing}
              .strings=${this.strings}
              .ecComposite=${this.serverSelf}
            ></ec-who-does-what>`
      }
      <div class="after"><slot name="after"></slot></div>
      ${this.cycle ? renderCredit(this.cycle, this.t, this.langs) : nothing}
    </div>`;
  }

  /** The self-assessment, in this element's store (through context) like the other parts. */
  private renderAssessment() {
    return html`<ec-self-assessment
      class="assessment"
      part="assessment"
      heading-level=${headingLevel(this.headingLevel)}
      theme=${this.theme ?? nothing}
      .strings=${this.strings}
      .ecComposite=${this.serverSelf}
    ></ec-self-assessment>`;
  }
}
