import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  fitWheel,
  HUB_ID,
  rotationFor,
  selectWheel,
  textLines,
  type Cycle,
  type RatingMark,
  type Segment,
  type TextBlock,
  type WheelLayout,
  type WheelRatings,
} from '@engagement-cycle/core';
import type * as WheelMarks from './wheel-marks.js';
import { CycleElement } from '../shared/cycle-element.js';
import { DeepLinkController } from '../shared/deep-link-controller.js';
import { ResizeController } from '../shared/resize-controller.js';
import { states } from '../shared/states.styles.js';
import { creditStyles, renderCredit } from '../shared/credit.js';
import { mixed } from '../shared/mixed.js';
import { tokens } from '../shared/tokens.styles.js';
import { wheelStyles } from './cycle-wheel.styles.js';
import { wheelLocales, wheelStrings, type WheelUiStrings } from './cycle-wheel.strings.js';

/** Smallest label size on screen, in CSS px; smaller labels are left off (numbers stay). */
const MIN_LABEL_PX = 12;
/** The viewBox the layout is computed in; the SVG scales it to any width. */
const VIEWBOX = 600;
/** Width changes smaller than this do not recompute which labels fit. */
const WIDTH_STEP = 20;
/** How many fitted layouts (one per width step and rotation) a wheel keeps. */
const FITS_KEPT = 32;

/** The marks of a linked self-assessment, loaded when ratings first appear; then kept. */
let marksModule: typeof WheelMarks | undefined;
let marksLoading: Promise<typeof WheelMarks> | undefined;

/** `show-segments="false"` turns the ring off; the attribute's absence leaves it on. */
const onUnlessFalse = { fromAttribute: (value: string | null) => value !== 'false' };

/**
 * @summary The Engagement Cycle as an interactive wheel: the hub in the centre, the stages
 * round it and the commissioning cycle as an outer ring. Readers select a stage or the hub.
 *
 * @tag ec-cycle-wheel
 *
 * @event {CustomEvent<StageSelectDetail>} ec-stage-select - The selection changed. `detail`: `{ stageId, previousStageId,
 * trigger }`, where `trigger` is `pointer`, `keyboard`, `api` or `url`. Bubbles and is composed.
 *
 * @csspart base - The wrapper of the wheel, its list and its credit.
 * @csspart wheel - The SVG.
 * @csspart hub - The hub (a tab).
 * @csspart stage - Each stage (a tab).
 * @csspart segment - Each segment of the outer ring.
 * @csspart list - The list of stages in text, under the wheel.
 * @csspart ring-note - Under the wheel: says the outer ring's grouping of stages is a suggestion (shown only then).
 * @csspart credit - The credit line of the content: the credit, then links to the source and the licence.
 * @csspart credit-link - Each of the two links in the credit line.
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
export class EcCycleWheel extends CycleElement<WheelUiStrings> {
  static override styles = [tokens, states, creditStyles, wheelStyles];

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

  protected readonly english = wheelStrings;
  /** @internal */
  readonly locales = wheelLocales;

  /**
   * The rendered width, in steps of WIDTH_STEP px, which decides which labels fit. Until it
   * is measured after the first render (and on the server) the wheel is taken to be VIEWBOX
   * px wide, the most common size, which then needs no second render; a smaller wheel
   * redraws its labels before the first paint.
   */
  private width = VIEWBOX;

  /** The tab that has focus, so its text (drawn outside the tab) can take the focus colours. */
  private focused?: string;

  /** Whether that focus came from the keyboard (it shows the highlight). */
  private focusVisible = false;

  private get turnGroup(): SVGGElement | null {
    return this.renderRoot.querySelector('.turn');
  }

  private readonly deepLink = new DeepLinkController(this, this.link);
  private readonly resize = new ResizeController(this, (width) => {
    const stepped = Math.max(WIDTH_STEP, Math.round(width / WIDTH_STEP) * WIDTH_STEP);
    if (stepped !== this.width) this.width = stepped;
  });
  private shownRotation?: number;

  /** Derived in willUpdate: the layout drawn, the turn, the tab names and each stage's segment. */
  private layout?: WheelLayout;
  /** The shape (and offset) of the tab that shows keyboard focus, for its focus ring. */
  private ring?: { path: string; x: number; y: number };
  private rotation = 0;
  private names = new Map<string, string>();
  private segmentOf = new Map<string, Segment>();
  /** Fitted layouts of the current cycle, by width, ring and turn: fitting is the costly part. */
  private readonly fits = new Map<string, WheelLayout>();
  private readonly linesOf = new WeakMap<TextBlock, { text: string; y: number }[]>();
  private fitsFor?: Cycle;
  private layoutFit?: WheelLayout;
  private layoutSelected?: string;
  private namesFor?: WheelUiStrings;
  private namesCycle?: Cycle;
  private namesRatings?: WheelRatings;
  /** A linked self-assessment's marks, by part, for the layout drawn. */
  private marks?: Map<string, RatingMark>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycle;
    if (!cycle) {
      this.layout = undefined;
      return;
    }
    const selected = this.link.store.selected;
    // A self-assessment sharing the store: its marks' code is loaded on first use.
    if (this.link.store.ratings && !marksModule) {
      const loading = (marksLoading ??= import('./wheel-marks.js')).then((m) => {
        marksModule = m;
        this.pending.delete(loading);
        this.requestUpdate();
      });
      this.pending.add(loading);
    }
    const ratings = marksModule && this.link.store.ratings;
    if (cycle !== this.fitsFor) {
      this.fitsFor = cycle;
      this.fits.clear();
      this.segmentOf = new Map();
      for (const segment of cycle.segments ?? [])
        for (const id of segment.stages) this.segmentOf.set(id, segment);
    }
    this.rotation = this.rotate ? rotationFor(cycle, selected) : 0;
    const minFontSize = (MIN_LABEL_PX * VIEWBOX) / this.width;
    const key = `${minFontSize} ${this.showSegments} ${this.rotation} ${!!ratings}`;
    let fit = this.fits.get(key);
    if (!fit) {
      if (this.fits.size >= FITS_KEPT) this.fits.clear();
      fit = fitWheel(cycle, {
        size: VIEWBOX,
        showSegments: this.showSegments,
        rotation: this.rotation,
        minFontSize,
        marks: !!ratings,
      });
      this.fits.set(key, fit);
      // Where each line of each label sits: once per fitted layout (selectWheel keeps the
      // blocks), so a selection or focus change only looks them up.
      for (const block of [fit.hub.label, ...fit.stages.flatMap((st) => [st.numberLabel, st.label])])
        if (block) this.linesOf.set(block, textLines(block));
    }
    // A change of focus alone keeps the layout as it is.
    if (fit !== this.layoutFit || selected !== this.layoutSelected) {
      this.layoutFit = fit;
      this.layoutSelected = selected;
      this.layout = selectWheel(fit, selected);
    }
    const layout = this.layout!;
    const stage = layout.stages.find((st) => st.id === this.focused);
    this.ring = !this.focusVisible
      ? undefined
      : this.focused === HUB_ID
        ? { path: layout.hub.path, x: 0, y: 0 }
        : stage && { path: stage.path, x: stage.offset.x, y: stage.offset.y };
    if (this.namesFor !== this.t || this.namesCycle !== cycle || this.namesRatings !== ratings) {
      this.namesFor = this.t;
      this.namesCycle = cycle;
      this.namesRatings = ratings;
      const names = new Map([
        [HUB_ID, this.t.hubName(cycle.hub.title)],
        ...cycle.stages.map((s) => [s.id, this.t.tabName(s.number, s.title)] as const),
      ]);
      this.names = ratings ? marksModule!.ratedNames(names, ratings, this.t) : names;
    }
    this.marks = ratings && marksModule!.marksOf(fit, ratings);
  }

  protected override updated(): void {
    this.animateTurn();
  }

  /** Animates from the old turn to the new one: the new layout is drawn, then eased into. */
  private animateTurn(): void {
    // DOM emulations (jsdom, happy-dom) may have no animations and no matchMedia: no turn.
    if (!this.turnGroup?.animate || !window.matchMedia) return;
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
        this.link.store.select(current, 'keyboard', this);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusTab(ids[index]!);
  }

  private onClick(event: MouseEvent): void {
    const tab = (event.target as Element).closest<SVGGElement>("[role='tab']");
    if (tab?.dataset.id) this.link.store.select(tab.dataset.id, 'pointer', this);
  }

  /**
   * A block of label text. A line on its own is a bare <text> with its baseline on it; only
   * wrapped labels need a <tspan> per line. Upright text is placed with x and y, not a
   * transform. (The alignment and the anchor are in the style sheet, not on every node.)
   */
  private text(block: TextBlock, className: string) {
    const lines = this.linesOf.get(block)!;
    const only = lines.length === 1 ? lines[0]! : undefined;
    if (only && !block.rotate) {
      return svg`<text class=${className} x=${block.x} y=${block.y + only.y} font-size=${block.fontSize}>${only.text}</text>`;
    }
    const place = `translate(${block.x} ${block.y})${block.rotate ? ` rotate(${block.rotate})` : ''}`;
    return only
      ? svg`<text class=${className} transform=${place} y=${only.y} font-size=${block.fontSize}>${only.text}</text>`
      : svg`<text class=${className} transform=${place} font-size=${block.fontSize}>${lines.map(
          (line) => svg`<tspan x="0" y=${line.y}>${line.text}</tspan>`,
        )}</text>`;
  }

  /** A linked self-assessment's mark of a part, in its label's group. */
  private mark(id: string) {
    return this.marks ? marksModule!.renderMark(this.marks.get(id)) : nothing;
  }

  private renderWheel(cycle: Cycle, layout: WheelLayout): TemplateResult {
    const selected = this.link.store.selected;
    const label = this.label || cycle.title;
    const move = (x: number, y: number) => (x || y ? `translate(${x} ${y})` : nothing);
    const textState = (id: string) =>
      `${id === selected ? 'selected' : ''}${this.focusVisible && id === this.focused ? ' focused' : ''}`;
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
                      <text font-size=${s.fontSize}><textPath href="#ring-${s.id}" startOffset="50%">${s.title}</textPath></text>`
              }
            </g>`,
          )}
        </g>
        <g role="tablist" aria-label=${label} @keydown=${this.onKeyDown} @click=${this.onClick}>
          ${this.renderTab(HUB_ID, 'hub', selected, layout.hub.path, nothing)}
          ${layout.stages.map((s) => this.renderTab(s.id, 'stage', selected, s.path, move(s.offset.x, s.offset.y)))}
        </g>
        <g class="texts" aria-hidden="true">
          <g class="hub-text ${textState(HUB_ID)}">
            ${layout.hub.label ? this.text(layout.hub.label, 'label') : nothing}${this.mark(HUB_ID)}
          </g>
          ${layout.stages.map(
            (s) => svg`<g class="stage-text ${textState(s.id)}" transform=${move(s.offset.x, s.offset.y)}>
              <text class="number" x=${s.numberLabel.x} y=${s.numberLabel.y + this.linesOf.get(s.numberLabel)![0]!.y}
                font-size=${s.numberLabel.fontSize}>${s.number}</text>${s.label ? this.text(s.label, 'label') : nothing}${this.mark(s.id)}
            </g>`,
          )}
        </g>
        ${this.renderRing(layout.viewBox)}
      </g>
    </svg>`;
  }

  /**
   * The focus ring, on top of everything: dark next to the tab, NHS yellow outside it, so it
   * shows on any background and against any neighbour, and the tab keeps its own fill (the
   * selected fill stays the selected fill). Masks keep the dark band off the tab and its
   * 5-unit edge, and the yellow band off the dark one; each overlaps the band inside it by
   * half a unit, so no seam of the colour underneath shows between them.
   */
  private renderRing(viewBox: string) {
    const ring = this.ring;
    if (!ring) return nothing;
    const [x, y, w, h] = viewBox.split(/\s+/);
    const mask = (id: string, edge: number) =>
      svg`<mask id=${id} maskUnits="userSpaceOnUse" x=${x} y=${y} width=${w} height=${h}>
        <rect x=${x} y=${y} width=${w} height=${h} fill="white"></rect>
        <path d=${ring.path} fill="black" stroke="black" stroke-width=${edge}></path>
      </mask>`;
    return svg`<g class="focus-ring" aria-hidden="true" transform=${ring.x || ring.y ? `translate(${ring.x} ${ring.y})` : nothing}>
      ${mask('focus-ring-outside-edge', 4)}${mask('focus-ring-outside-dark', 12)}
      <path class="outer" d=${ring.path} mask="url(#focus-ring-outside-dark)"></path>
      <path class="inner" d=${ring.path} mask="url(#focus-ring-outside-edge)"></path>
    </g>`;
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

  private renderTab(id: string, kind: 'hub' | 'stage', selected: string, path: string, transform: unknown) {
    // A roving tab stop: on the focused tab while focus is in the wheel, else on the selected
    // one, so Tab always leaves the wheel and Shift+Tab comes back to the selected tab.
    const isStop = id === (this.focused ?? selected);
    return svg`<g role="tab" class=${kind} part=${kind} data-id=${id} id="tab-${id}"
      .ariaControlsElements=${this.panel ? [this.panel] : null}
      tabindex=${isStop ? 0 : -1} aria-selected=${id === selected ? 'true' : 'false'} aria-label=${this.names.get(id)!}
      transform=${transform}><path d=${path}></path></g>`;
  }

  private renderList(cycle: Cycle): TemplateResult {
    const selected = this.link.store.selected;
    const rating = (id: string) =>
      this.marks ? marksModule!.renderRating(this.link.store.ratings!, id, this.t, this.langs) : nothing;
    return html`<div part="list" class=${this.hideList ? 'list visually-hidden' : 'list'}>
      <p class="hub-item" aria-current=${selected === HUB_ID ? 'true' : nothing}>
        ${mixed(this.t.hubItem, cycle.hub.title, this.langs)}${rating(HUB_ID)}
      </p>
      <!-- The titles are content: marked with the cycle's language, which may not be the page's. -->
      <ol aria-label=${this.t.stageListLabel} lang=${cycle.lang ?? nothing}>
        ${cycle.stages.map((s) => {
          const segment = this.showSegments ? this.segmentOf.get(s.id) : undefined;
          return html`<li aria-current=${selected === s.id ? 'true' : nothing}>
            ${s.title}${rating(s.id)}${
              segment
                ? html` <span class="in-segment"
                    >(${mixed((title) => this.t.inSegment(title, segment.basis === 'suggested'), segment.title, this.langs)})</span
                  >`
                : nothing
            }
          </li>`;
        })}
      </ol>
    </div>`;
  }

  protected override render(): TemplateResult {
    const cycle = this.cycle;
    const layout = this.layout;
    // Content given as children shows in place of the square until the wheel is drawn.
    if (this.showsFallback) return html`<div part="base" class="base">${this.renderState()}</div>`;
    return html`<div part="base" class="base">
      <!-- Focus listeners sit on this HTML wrapper: Chromium makes an SVG element with focus
           listeners a tab stop of its own. -->
      <div class="square" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${this.renderState() ?? (cycle && layout ? this.renderWheel(cycle, layout) : nothing)}
      </div>
      ${cycle ? this.renderList(cycle) : nothing}
      ${
        cycle && this.showSegments && cycle.segments?.some((s) => s.basis === 'suggested')
          ? html`<p part="ring-note" class="ring-note" lang=${this.langs.ui ?? nothing}>
              ${this.t.ringNote}
            </p>`
          : nothing
      }
      ${cycle ? renderCredit(cycle, this.t, this.langs) : nothing}
    </div>`;
  }
}
