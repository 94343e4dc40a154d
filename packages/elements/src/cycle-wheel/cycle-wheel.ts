import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  HUB_ID,
  rotationFor,
  wheelLayout,
  type Cycle,
  type TextBlock,
  type WheelLayout,
} from '@engagement-cycle/core';
import { CycleElement } from '../shared/cycle-element.js';
import type { SelectionChange } from '../shared/store.js';
import { states } from '../shared/states.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { followAddress } from '../shared/follow-address.js';
import { wheelStyles } from './cycle-wheel.styles.js';

/** Smallest label size on screen, in CSS px; smaller labels are left off (numbers stay). */
const MIN_LABEL_PX = 12;
/** The viewBox the layout is computed in; the SVG scales it to any width. */
const VIEWBOX = 600;
/** Width changes smaller than this do not recompute which labels fit. */
const WIDTH_STEP = 20;

/** `show-segments="false"` turns the ring off; the attribute's absence leaves it on. */
const onUnlessFalse = { fromAttribute: (value: string | null) => value !== 'false' };

/**
 * @summary The Engagement Cycle as an interactive wheel: the hub in the centre, the stages
 * round it and the commissioning cycle as an outer ring. Readers select a stage or the hub.
 *
 * @tag ec-cycle-wheel
 *
 * @event ec-stage-select - The selection changed. `detail`: `{ stageId, previousStageId,
 * trigger }`, where `trigger` is `pointer`, `keyboard`, `api` or `url`. Bubbles and is composed.
 *
 * @csspart base - The wrapper of the wheel, its list and its credit.
 * @csspart wheel - The SVG.
 * @csspart hub - The hub (a tab).
 * @csspart stage - Each stage (a tab).
 * @csspart segment - Each segment of the outer ring.
 * @csspart list - The list of stages in text, under the wheel.
 * @csspart credit - The credit line of the content.
 * @csspart loading - The loading message.
 * @csspart error - The error box.
 * @csspart retry-button - The button that loads the data again after a network error.
 *
 * @cssprop --ec-stage-fill - Fill of a stage. Default NHS blue `#005eb8`.
 * @cssprop --ec-stage-text - Text on a stage. Default white.
 * @cssprop --ec-stage-hover-fill - Fill of a stage under the pointer.
 * @cssprop --ec-stage-selected-fill - Fill of the selected stage or hub. Default NHS dark blue `#003087`.
 * @cssprop --ec-stage-selected-text - Text on the selected stage or hub.
 * @cssprop --ec-stage-selected-outline - Outline of the selected stage or hub.
 * @cssprop --ec-hub-fill - Fill of the hub.
 * @cssprop --ec-hub-stroke - Edge of the hub.
 * @cssprop --ec-hub-text - Text in the hub.
 * @cssprop --ec-segment-fill - Fill of the outer ring.
 * @cssprop --ec-segment-text - Text on the outer ring.
 * @cssprop --ec-color-focus - Focus highlight. Default NHS yellow `#ffeb3b`.
 * @cssprop --ec-color-focus-text - Text and edge on focus. Default `#212b32`.
 * @cssprop --ec-color-text - Body text.
 * @cssprop --ec-color-text-secondary - Secondary text (credit, list details).
 * @cssprop --ec-color-error - Edge of the error box.
 * @cssprop --ec-color-surface - Background of the error box and of dark or auto themes.
 * @cssprop --ec-color-border - The loading ring.
 * @cssprop --ec-color-link - The retry button.
 * @cssprop --ec-radius - Corner radius of boxes and buttons.
 * @cssprop --ec-font-family - Font of all text.
 */
export class EcCycleWheel extends CycleElement {
  static override styles = [tokens, states, wheelStyles];

  static override properties: PropertyDeclarations = {
    label: {},
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    showSegments: { attribute: 'show-segments', converter: onUnlessFalse },
    rotate: { type: Boolean, reflect: true },
    hideList: { type: Boolean, reflect: true, attribute: 'hide-list' },
    width: { state: true, attribute: false },
    focused: { state: true, attribute: false },
    focusVisible: { state: true, attribute: false },
    panel: { attribute: false },
  };

  /** Accessible name of the wheel. Default: the cycle's title. */
  label?: string;

  /** Mirror the selection in the page address (`#ec-stage-3`, `#ec-hub`) and follow it. */
  syncUrl = false;

  /** Draw the outer ring of commissioning segments. On unless set to `"false"`. */
  showSegments = true;

  /** Turn the wheel so the selected stage is at the top (animated unless reduced motion is asked for). */
  rotate = false;

  /** Hide the list of stages under the wheel from sight (screen readers still read it). */
  hideList = false;

  /**
   * The element that shows the selected stage (a `<ec-stage-guide for>` sets itself here):
   * the tabs name it as the panel they control.
   * @internal
   */
  panel?: Element;

  /** The rendered width, in steps of WIDTH_STEP px, which decides which labels fit. */
  private width = 0;

  /** The tab that has focus, so its text (drawn outside the tab) can take the focus colours. */
  private focused?: string;

  /** Whether that focus came from the keyboard (it shows the highlight). */
  private focusVisible = false;

  private get turnGroup(): SVGGElement | null {
    return this.renderRoot.querySelector('.turn');
  }

  private readonly address = followAddress(this, () => this.store);
  private resizeObserver?: ResizeObserver;
  private shownRotation?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const stepped = Math.max(WIDTH_STEP, Math.round(width / WIDTH_STEP) * WIDTH_STEP);
      if (width > 0 && stepped !== this.width) this.width = stepped;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override storeChanged(change?: SelectionChange): void {
    super.storeChanged(change);
    this.address.storeChanged(change);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl')) this.address.refresh();
    if (!this.width) {
      // Before the first resize report: measure once, so the first paint is already right.
      const width = this.getBoundingClientRect().width;
      this.width = width > 0 ? Math.round(width / WIDTH_STEP) * WIDTH_STEP || WIDTH_STEP : VIEWBOX;
    }
  }

  protected override updated(): void {
    this.animateTurn();
  }

  /** `updateComplete` also waits for the address handling to be ready, when it is asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.address.ready();
    return done;
  }

  private get rotation(): number {
    const cycle = this.cycle;
    return this.rotate && cycle ? rotationFor(cycle, this.store.selected) : 0;
  }

  /** Animates from the old turn to the new one: the new layout is drawn, then eased into. */
  private animateTurn(): void {
    if (!this.turnGroup) return;
    const to = this.rotation;
    const from = this.shownRotation;
    this.shownRotation = to;
    // The first drawing is not animated: a wheel that spins as the page loads only distracts.
    if (from === undefined || from === to) return;
    // A turn still running would fight the new one: the new layout is already drawn.
    for (const running of this.turnGroup.getAnimations()) running.cancel();
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    let delta = (from - to) % 360;
    if (delta > 180) delta -= 360;
    if (delta < -180) delta += 360;
    this.turnGroup.animate([{ transform: `rotate(${delta}deg)` }, { transform: 'rotate(0deg)' }], {
      duration: 450,
      easing: 'cubic-bezier(0.2, 0, 0.2, 1)',
    });
  }

  private focusTab(id: string): void {
    // Ids are checked by parseCycle to be [a-z0-9-], so they need no escaping in a selector.
    this.renderRoot.querySelector<SVGGElement>(`[role='tab'][data-id='${id}']`)?.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const cycle = this.cycle;
    const tab = (event.target as Element).closest<SVGGElement>("[role='tab']");
    if (!cycle || !tab) return;
    const ids = [HUB_ID, ...cycle.stages.map((s) => s.id)];
    const current = tab.dataset.id ?? HUB_ID;
    let index = ids.indexOf(current);
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        index = (index + 1) % ids.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        index = (index - 1 + ids.length) % ids.length;
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = ids.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.store.select(current, 'keyboard', this);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusTab(ids[index]!);
  }

  private onClick(event: MouseEvent): void {
    const tab = (event.target as Element).closest<SVGGElement>("[role='tab']");
    if (tab?.dataset.id) this.store.select(tab.dataset.id, 'pointer', this);
  }

  private text(block: TextBlock, className: string) {
    const lh = block.fontSize * 1.2;
    const first = -((block.lines.length - 1) * lh) / 2;
    return svg`<text class=${className} transform="translate(${block.x} ${block.y}) rotate(${block.rotate})"
      font-size=${block.fontSize} text-anchor="middle" dominant-baseline="central" aria-hidden="true"
      >${block.lines.map((line, i) => svg`<tspan x="0" y=${first + i * lh}>${line}</tspan>`)}</text>`;
  }

  private renderWheel(cycle: Cycle, layout: WheelLayout): TemplateResult {
    const total = cycle.stages.length;
    const selected = this.store.selected;
    const label = this.label || cycle.title;
    const move = (x: number, y: number) => (x || y ? `translate(${x} ${y})` : undefined);
    const textState = (id: string) =>
      [id === selected ? 'selected' : '', this.focusVisible && id === this.focused ? 'focused' : ''].join(
        ' ',
      );
    // The tabs hold only their shapes; their text is drawn in a layer above, hidden from
    // assistive technology. Each tab's name already says its number and full title, and text
    // inside a tab that differs from its name would be announced twice or mismatch it.
    return html`<svg part="wheel" class="wheel" viewBox=${layout.viewBox} role="none">
      <g class="turn">
        <g aria-hidden="true">
          ${layout.segments.map(
            (s) => svg`<g class="segment" part="segment" data-id=${s.id}>
              <path class="band" d=${s.path}></path>
              ${
                s.fontSize === undefined
                  ? nothing
                  : svg`<path class="text-path" id="ring-${s.id}" d=${s.textPath}></path>
                      <text font-size=${s.fontSize}><textPath href="#ring-${s.id}" startOffset="50%" text-anchor="middle">${s.title}</textPath></text>`
              }
            </g>`,
          )}
        </g>
        <g role="tablist" aria-label=${label} @keydown=${this.onKeyDown} @click=${this.onClick}>
          ${this.renderTab(HUB_ID, this.t.hubName(layout.hub.title), 'hub', selected, layout.hub.path)}
          ${layout.stages.map((s) =>
            this.renderTab(
              s.id,
              this.t.stageName(s.number, total, s.title),
              'stage',
              selected,
              s.path,
              move(s.offset.x, s.offset.y),
            ),
          )}
        </g>
        <g class="texts" aria-hidden="true">
          <g class="hub-text ${textState(HUB_ID)}">
            ${layout.hub.label ? this.text(layout.hub.label, 'label') : nothing}
          </g>
          ${layout.stages.map(
            (
              s,
            ) => svg`<g class="stage-text ${textState(s.id)}" transform=${move(s.offset.x, s.offset.y) ?? nothing}>
              ${this.text(s.numberLabel, 'number')}
              ${s.label ? this.text(s.label, 'label') : nothing}
            </g>`,
          )}
        </g>
      </g>
    </svg>`;
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.target as SVGGElement;
    this.focused = target.dataset?.id;
    // A click focuses a tab too, but only keyboard focus shows the yellow highlight, so only
    // then may its text take the dark focus colour (dark text on the selected blue is unreadable).
    this.focusVisible = target.matches(':focus-visible');
  }

  private onFocusOut(): void {
    this.focused = undefined;
    this.focusVisible = false;
  }

  private renderTab(
    id: string,
    name: string,
    kind: 'hub' | 'stage',
    selected: string,
    path: string,
    transform?: string,
  ) {
    const isSelected = id === selected;
    // A roving tab stop: on the focused tab while focus is in the wheel, else on the selected
    // one, so Tab always leaves the wheel and Shift+Tab comes back to the selected tab.
    const isStop = id === (this.focused ?? selected);
    return svg`<g role="tab" class=${kind} part=${kind} data-id=${id} id="tab-${id}"
      .ariaControlsElements=${this.panel ? [this.panel] : null}
      tabindex=${isStop ? 0 : -1} aria-selected=${isSelected ? 'true' : 'false'} aria-label=${name}
      transform=${transform ?? nothing}><path d=${path}></path></g>`;
  }

  private renderList(cycle: Cycle): TemplateResult {
    const selected = this.store.selected;
    const segmentOf = new Map<string, string>();
    for (const segment of cycle.segments ?? [])
      for (const id of segment.stages) segmentOf.set(id, segment.title);
    return html`<div part="list" class=${this.hideList ? 'list visually-hidden' : 'list'}>
      <p class="hub-item" aria-current=${selected === HUB_ID ? 'true' : nothing}>
        ${this.t.hubItem(cycle.hub.title)}
      </p>
      <!-- The titles are content: marked with the cycle's language, which may not be the page's. -->
      <ol aria-label=${this.t.stageListLabel} lang=${cycle.lang ?? nothing}>
        ${cycle.stages.map((s) => {
          const segment = this.showSegments ? segmentOf.get(s.id) : undefined;
          return html`<li aria-current=${selected === s.id ? 'true' : nothing}>
            ${s.title}${segment ? html` <span class="in-segment" lang=${cycle.lang ? this.uiLang : nothing}>(${this.t.inSegment(segment)})</span>` : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  protected override render(): TemplateResult {
    const cycle = this.cycle;
    const layout = cycle
      ? wheelLayout(cycle, {
          size: VIEWBOX,
          selected: this.store.selected,
          showSegments: this.showSegments,
          rotation: this.rotation,
          minFontSize: (MIN_LABEL_PX * VIEWBOX) / (this.width || VIEWBOX),
        })
      : undefined;
    return html`<div part="base" class="base">
      <!-- Focus listeners sit on this HTML wrapper: Chromium makes an SVG element with focus
           listeners a tab stop of its own. -->
      <div class="square" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${this.renderState() ?? (cycle && layout ? this.renderWheel(cycle, layout) : nothing)}
      </div>
      ${cycle ? this.renderList(cycle) : nothing}
      ${cycle ? html`<p part="credit" class="credit">${cycle.source.credit}</p>` : nothing}
    </div>`;
  }
}
