/* eslint-disable lit/binding-positions, lit/no-invalid-html -- headings are chosen with
   lit/static-html (unsafeStatic on a fixed list), whose tag-name bindings these rules reject. */
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import {
  HUB_ID,
  stepFrom,
  termsIn,
  textsAt,
  whoDoesWhat,
  type Consideration,
  type Cycle,
  type GlossaryTerm,
  type LocalContent,
  type MatrixSection,
  type Reference,
  type Stage,
} from '@engagement-cycle/core';
import { FollowingElement } from '../shared/following-element.js';
import { headingLevel, headingTag } from '../shared/heading-level.js';
import { triggerOf, type SelectionChange } from '../shared/store.js';
import { states } from '../shared/states.styles.js';
import { creditStyles, renderCredit } from '../shared/credit.js';
import { glossaryStyles, renderTerms } from '../shared/glossary.js';
import { mixed } from '../shared/mixed.js';
import { suggestedKey, suggestedMark, suggestedStyles } from '../shared/suggested.js';
import { tokens } from '../shared/tokens.styles.js';
import { guideLocales, guideStrings } from './stage-guide.strings.js';
import { guideStyles } from './stage-guide.styles.js';

type Strings = typeof guideStrings;

const heading = headingTag;

/** The element a guide follows with `for` (a wheel) can name the panel its tabs control. */
type Followable = Element & { panel?: Element };

/**
 * @summary The selected stage of The Engagement Cycle (or the hub) in full: what it is for,
 * who is engaged, things to think about, benefits, methods and who does what, with Previous
 * and Next to go round the cycle.
 *
 * @tag ec-stage-guide
 *
 * @event {CustomEvent<StageSelectDetail>} ec-stage-select - The selection changed through this guide's buttons or API.
 * `detail`: `{ stageId, previousStageId, trigger }`. Bubbles and is composed.
 *
 * @csspart base - The wrapper of the guide.
 * @csspart heading - The stage's or hub's title.
 * @csspart section - Each section (purpose, things to think about, benefits…).
 * @csspart consideration - Each collapsible group of things to think about.
 * @csspart suggested - The marker on items this project suggests (and on headings it wrote).
 * @csspart framework - The table of the engagement framework, on the hub.
 * @csspart suggested-key - The line that says what "Suggestion" means (shown when the view has one).
 * @csspart glossary - The list of the words used in the view, with their explanations.
 * @csspart nav - The Previous, hub and Next buttons.
 * @csspart previous-button - The Previous button.
 * @csspart next-button - The Next button.
 * @csspart hub-button - The button back to the hub.
 * @csspart credit - The credit line of the content: the credit, then links to the source and the licence.
 * @csspart credit-link - Each of the two links in the credit line.
 * @csspart loading - The loading message.
 * @csspart error - The error box.
 * @csspart retry-button - The button that loads the data again after a network error.
 *
 * @cssprop --ec-color-text - Body text.
 * @cssprop --ec-color-text-secondary - Secondary text (the "Stage 2 of 5" line, notes).
 * @cssprop --ec-color-link - Links and button edges.
 * @cssprop --ec-color-border - Lines between sections.
 * @cssprop --ec-color-focus - Focus highlight. Default NHS yellow `#ffeb3b`.
 * @cssprop --ec-color-focus-text - Text on focus.
 * @cssprop --ec-color-surface - Background of buttons, and of dark or auto themes.
 * @cssprop --ec-color-error - Edge of the error box.
 * @cssprop --ec-radius - Corner radius of boxes and buttons.
 * @cssprop --ec-font-family - Font of all text.
 */
export class EcStageGuide extends FollowingElement<Strings> {
  static override styles = [tokens, states, creditStyles, glossaryStyles, suggestedStyles, guideStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    printAll: { type: Boolean, reflect: true, attribute: 'print-all' },
    announcement: { state: true, attribute: false },
  };

  /** The level of the guide's main heading (1 to 6); its sections use the next level down. */
  headingLevel = 2;

  /** When the page is printed, print every stage and the hub, not only the one shown. */
  printAll = false;

  protected readonly english = guideStrings;
  /** @internal */
  readonly locales = guideLocales;

  /** Who does what at each stage (and the hub), in role groups; derived once per cycle. */
  private rolesAt = new Map<string, MatrixSection[]>();
  private rolesFor?: Cycle;
  /** The glossary terms each stage's view (and the hub's) uses; derived once per cycle. */
  private termsAt = new Map<string, GlossaryTerm[]>();
  /** The views (stage ids, `hub`) that mark any item as a suggestion, so they explain the mark. */
  private suggestedAt = new Set<string>();

  /** What the polite live region says: set after a change of stage, once. */
  private announcement = '';

  /** The host's role and name. Some DOM emulations (happy-dom) have no ElementInternals. */
  private readonly internals =
    typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;

  protected override storeChanged(change?: SelectionChange): void {
    super.storeChanged(change);
    const cycle = this.cycle;
    // Only changes someone made (a click, a key, the API, the address) are announced, not the
    // page settling on its first stage as the data arrives. A tab of the wheel this guide
    // follows, pressed or clicked, is not announced either: the reader has just heard its name.
    const onTab =
      change?.origin === this.following.target &&
      (change?.trigger === 'keyboard' || change?.trigger === 'pointer');
    if (change?.origin && !onTab && cycle && this.t)
      this.announcement = this.t.nowShowing(this.nameOf(cycle, change.stageId));
  }

  /** Following a wheel, the guide is also its tab panel. */
  protected override followed(target: Followable | undefined, previous: Followable | undefined): void {
    if (previous?.panel === this) previous.panel = undefined;
    if (target) target.panel = this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycle;
    if (cycle && cycle !== this.rolesFor) {
      this.rolesFor = cycle;
      const matrix = whoDoesWhat(cycle);
      this.rolesAt = new Map(
        matrix.columns.map((column, i) => [
          column.id,
          matrix.sections
            .map((section) => ({ ...section, rows: section.rows.filter((row) => row.cells[i]!.text) }))
            .filter((section) => section.rows.length),
        ]),
      );
      const suggested = (basis?: string) => basis === 'suggested';
      this.suggestedAt = new Set([
        ...(cycle.responsibilities ?? []).filter((r) => suggested(r.basis)).map((r) => r.stage),
        ...cycle.stages.filter((s) => s.considerations.some((c) => suggested(c.basis))).map((s) => s.id),
        ...(cycle.hub.elements.some((e) => suggested(e.basis)) ? [HUB_ID] : []),
      ]);
      this.termsAt = new Map(
        [HUB_ID, ...cycle.stages.map((s) => s.id)].map((id) => [
          id,
          termsIn(cycle.glossary, textsAt(cycle, id)),
        ]),
      );
    }
  }

  /** The name of a stage or the hub; as a tab panel, the same words as the wheel's tab. */
  private nameOf(cycle: Cycle, id: string, asTab = false): string {
    const stage = cycle.stages.find((s) => s.id === id);
    if (!stage) return this.t.hubName(cycle.hub.title);
    return asTab
      ? this.t.tabName(stage.number, stage.title)
      : this.t.stageName(stage.number, cycle.stages.length, stage.title);
  }

  protected override updated(): void {
    // Following a wheel, the guide is its tab panel, named like the selected tab. The wheel's
    // tabs sit in another shadow tree, so the name is copied rather than referenced by id.
    const cycle = this.cycle;
    const panel = this.following.target !== undefined;
    if (!this.internals) return;
    this.internals.role = panel ? 'tabpanel' : 'region';
    this.internals.ariaLabel = cycle ? this.nameOf(cycle, this.link.store.selected, panel) : null;
  }

  private go(by: 1 | -1, event: MouseEvent): void {
    this.step(by, triggerOf(event));
  }

  private suggestedMark(basis: string | undefined) {
    return suggestedMark(basis, this.t, this.langs);
  }

  private suggestedKey(id: string) {
    return this.suggestedAt.has(id) ? suggestedKey(this.t, this.langs) : nothing;
  }

  /** A group's mark: a suggestion, or only its heading by this project (the points published). */
  private considerationMark(c: Consideration) {
    if (c.basis === 'source' && c.titleBasis === 'suggested')
      return html` <span class="suggested" part="suggested" lang=${this.langs.ui ?? nothing}
        >${this.t.headingByProject}</span
      >`;
    return this.suggestedMark(c.basis);
  }

  private section(title: string, body: unknown, level: number) {
    const h = heading(level);
    return html`<section class="section" part="section"><${h} lang=${this.langs.ui ?? nothing}>${title}</${h}>${body}</section>`;
  }

  private list(items: string[] | undefined) {
    return items?.length
      ? html`<ul>
          ${items.map((item) => html`<li>${item}</li>`)}
        </ul>`
      : nothing;
  }

  private renderLocal(content: LocalContent, level: number) {
    const t = this.t;
    return html`${
      content.links?.length
        ? this.section(
            t.links,
            html`<ul>
              ${content.links.map((l) => html`<li><a href=${l.href}>${l.label}</a></li>`)}
            </ul>`,
            level,
          )
        : nothing
    }
    ${
      content.caseStudies?.length
        ? this.section(
            t.caseStudies,
            html`<ul>
              ${content.caseStudies.map(
                (c) =>
                  html`<li>
                    ${c.href ? html`<a href=${c.href}>${c.title}</a>` : html`<strong>${c.title}</strong>`}
                    ${c.organisation ? html` (${c.organisation})` : nothing}
                    ${c.summary ? html`<p>${c.summary}</p>` : nothing}
                  </li>`,
              )}
            </ul>`,
            level,
          )
        : nothing
    }
    ${
      content.contacts?.length
        ? this.section(
            t.contacts,
            html`<ul>
              ${content.contacts.map(
                (c) =>
                  html`<li>
                    ${c.href ? html`<a href=${c.href}>${c.name}</a>` : c.name}${c.role ? html`, ${c.role}` : nothing}
                    ${c.email ? html`<br />${t.email}: <a href="mailto:${c.email}">${c.email}</a>` : nothing}
                    ${
                      c.phone
                        ? html`<br />${t.phone}:
                            <a href="tel:${c.phone.replace(/[^0-9+]/g, '')}">${c.phone}</a>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`,
            level,
          )
        : nothing
    }`;
  }

  private renderWhoDoesWhat(id: string, level: number) {
    const sections = this.rolesAt.get(id);
    if (!sections?.length) return nothing;
    const column = this.rolesFor!.stages.findIndex((s) => s.id === id) + 1;
    const h = heading(level + 1);
    const body = sections.map(
      (section) =>
        html`${section.group ? html`<${h}>${section.group.name}</${h}>` : nothing}
          <dl class="roles">
            ${section.rows.map((row) => {
              const cell = row.cells[column]!;
              return html`<dt>${row.role.name}</dt>
                <dd>${cell.text}${this.suggestedMark(cell.basis)}</dd>`;
            })}
          </dl>`,
    );
    return this.section(this.t.whoDoesWhat, body, level);
  }

  private renderSources(cycle: Cycle, part: { sources?: string[]; version?: string }, level: number) {
    const refs = (part.sources ?? [])
      .map((id) => cycle.references?.find((r) => r.id === id))
      .filter((r): r is Reference => r !== undefined);
    const version = cycle.versions?.find((v) => v.id === part.version);
    if (!refs.length && !version) return nothing;
    return this.section(
      this.t.sources,
      html`${
        version
          ? html`<p class="follows">
              ${this.t.follows(version.period ? `${version.title} (${version.period})` : version.title)}
            </p>`
          : nothing
      }
      ${
        refs.length
          ? html`<ul class="sources">
              ${refs.map((r) => html`<li>${r.url ? html`<a href=${r.url}>${r.title}</a>` : r.title}</li>`)}
            </ul>`
          : nothing
      }`,
      level,
    );
  }

  private renderTerms(id: string, level: number) {
    const terms = this.termsAt.get(id) ?? [];
    return terms.length
      ? this.section(this.t.glossaryHeading, renderTerms(terms, this.t, this.langs), level)
      : nothing;
  }

  private notes(notes: string[] | undefined) {
    return notes?.length
      ? notes.map(
          (n) =>
            html`<p class="note">
              <span class="note-label" lang=${this.langs.ui ?? nothing}>${this.t.note}:</span> ${n}
            </p>`,
        )
      : nothing;
  }

  /** The hub view's account of the model as a whole: what it is for, why engage, its framework. */
  private renderAbout(cycle: Cycle, level: number) {
    const t = this.t;
    const h = heading(level + 1);
    const framework = cycle.framework;
    const cellOf = (level: string, kind: string) =>
      framework?.cells.find((c) => c.level === level && c.kind === kind)?.text;
    return html`${
      cycle.summary || cycle.purposes?.length
        ? this.section(
            t.modelPurposes,
            html`${cycle.summary ? html`<p>${cycle.summary}</p>` : nothing}${this.list(cycle.purposes?.map((p) => p.text))}`,
            level,
          )
        : nothing
    }
    ${
      cycle.reasons?.length
        ? this.section(
            t.reasons,
            html`<dl class="roles">
              ${cycle.reasons.map(
                (r) =>
                  html`<dt>${r.title}</dt>
                    <dd>${r.text}${this.notes(r.notes)}</dd>`,
              )}
            </dl>`,
            level,
          )
        : nothing
    }
    ${
      framework
        ? this.section(
            framework.title,
            html`<div class="table-scroll" tabindex="0" role="group" aria-label=${framework.title}>
                <table class="framework" part="framework">
                  <thead>
                    <tr>
                      <th scope="col" lang=${this.langs.ui ?? nothing}>${t.frameworkLevel}</th>
                      ${framework.kinds.map((k) => html`<th scope="col">${k.name}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${framework.levels.map(
                      (l) =>
                        html`<tr>
                          <th scope="row">${l.name}</th>
                          ${framework.kinds.map((k) => html`<td>${cellOf(l.id, k.id) ?? '–'}</td>`)}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <dl class="roles">
                ${framework.levels.map(
                  (l) =>
                    html`<dt>${l.name}</dt>
                      <dd>${l.description}</dd>`,
                )}
              </dl>
              ${framework.outcome ? html`<p>${framework.outcome}</p>` : nothing}`,
            level,
          )
        : nothing
    }
    ${(cycle.principles ?? []).map((p) =>
      this.section(
        p.title,
        html`<p>${p.text}</p>
          ${p.credit ? html`<p>${p.credit}</p>` : nothing}`,
        level,
      ),
    )}
    ${
      cycle.versions?.length
        ? this.section(
            t.versions,
            cycle.versions.map(
              (v) =>
                html`<${h}>${v.title}${v.period ? html` <span class="period">(${v.period})</span>` : nothing}</${h}>
                  <p>${v.text}</p>`,
            ),
            level,
          )
        : nothing
    }`;
  }

  /** One stage in full. `print` draws every group open, for paper. */
  private renderStage(cycle: Cycle, stage: Stage, print: boolean): TemplateResult {
    const t = this.t;
    const top = headingLevel(this.headingLevel);
    const h = heading(top);
    const sub = top + 1;
    return html`<article class="stage" data-id=${stage.id} lang=${this.langs.content ?? nothing}>
      <${h} class="title" part="heading"
        ><span class="eyebrow" lang=${this.langs.ui ?? nothing}>${t.stageOf(stage.number, cycle.stages.length)}</span>
        <span class="title-text">${stage.title}</span></${h}
      >
      <p class="engages"><strong lang=${this.langs.ui ?? nothing}>${t.engages}:</strong> ${stage.engages}</p>
      ${this.section(t.purpose, html`<p>${stage.purpose}</p>`, sub)}
      ${
        stage.considerations.length
          ? this.section(
              t.considerations,
              stage.considerations.map((c) =>
                print
                  ? html`<div class="consideration">
                      <p class="consideration-title">${c.title}${this.considerationMark(c)}</p>
                      ${this.list(c.points)}
                    </div>`
                  : html`<details class="consideration" part="consideration">
                      <summary>${c.title}${this.considerationMark(c)}</summary>
                      ${this.list(c.points)}
                    </details>`,
              ),
              sub,
            )
          : nothing
      }
      ${stage.benefits.length ? this.section(t.benefits, this.list(stage.benefits), sub) : nothing}
      ${stage.methods.length ? this.section(t.methods, this.list(stage.methods), sub) : nothing}
      ${this.renderWhoDoesWhat(stage.id, sub)} ${this.renderLocal(stage, sub)}
      ${stage.notes?.length ? this.section(t.notes, this.list(stage.notes), sub) : nothing}
      ${this.suggestedKey(stage.id)} ${this.renderTerms(stage.id, sub)} ${this.renderSources(cycle, stage, sub)}
    </article>`;
  }

  private renderHub(cycle: Cycle): TemplateResult {
    const t = this.t;
    const hub = cycle.hub;
    const h = heading(this.headingLevel);
    const sub = headingLevel(this.headingLevel) + 1;
    return html`<article class="stage" data-id=${HUB_ID} lang=${this.langs.content ?? nothing}>
      <${h} class="title" part="heading"
        ><span class="eyebrow" lang=${this.langs.ui ?? nothing}>${t.hubEyebrow}</span>
        <span class="title-text">${hub.title}</span></${h}
      >
      ${this.section(t.purpose, html`<p>${hub.purpose}</p>`, sub)}
      ${
        hub.elements.length
          ? this.section(
              t.keyElements,
              html`<ol class="elements">
                ${hub.elements.map(
                  (e) =>
                    html`<li>
                      <strong>${e.title}</strong>${this.suggestedMark(e.basis)}${
                        e.text ? html`<p>${e.text}</p>` : nothing
                      }${this.notes(e.notes)}
                    </li>`,
                )}
              </ol>`,
              sub,
            )
          : nothing
      }
      ${hub.notes?.length ? this.section(t.notes, this.list(hub.notes), sub) : nothing}
      ${this.renderWhoDoesWhat(HUB_ID, sub)} ${this.renderAbout(cycle, sub)} ${this.renderLocal(hub, sub)}
      ${this.suggestedKey(HUB_ID)} ${this.renderTerms(HUB_ID, sub)} ${this.renderSources(cycle, hub, sub)}
    </article>`;
  }

  private renderNav(cycle: Cycle, selected: string): TemplateResult {
    const t = this.t;
    const prev = stepFrom(cycle, selected, -1);
    const next = stepFrom(cycle, selected, 1);
    const label = (s: Stage) => `${s.number}. ${s.shortTitle}`;
    const onHub = selected === HUB_ID;
    // The navigation is named after what the guide shows ("Move round the cycle: 2. Plan and
    // transform"), so a page with several guides has landmarks a reader can tell apart.
    const here = cycle.stages.find((s) => s.id === selected);
    const name = `${t.navLabel}: ${here ? label(here) : cycle.hub.shortTitle}`;
    return html`<nav class="nav" part="nav" aria-label=${name}>
      <button type="button" class="button" part="previous-button" @click=${(e: MouseEvent) => this.go(-1, e)}>
        ${mixed(t.previous, label(prev), this.langs)}
      </button>
      <button
        type="button"
        class="button"
        part="hub-button"
        aria-disabled=${onHub ? 'true' : 'false'}
        @click=${(e: MouseEvent) => !onHub && this.link.store.select(HUB_ID, triggerOf(e), this)}
      >
        ${t.backToHub}
      </button>
      <button type="button" class="button" part="next-button" @click=${(e: MouseEvent) => this.go(1, e)}>
        ${mixed(t.next, label(next), this.langs)}
      </button>
    </nav>`;
  }

  protected override render(): TemplateResult {
    const state = this.renderState();
    const cycle = this.cycle;
    if (state || !cycle) return html`<div part="base" class="base">${state ?? nothing}</div>`;
    const selected = this.link.store.selected;
    const stage = cycle.stages.find((s) => s.id === selected);
    const shown = stage ? this.renderStage(cycle, stage, false) : this.renderHub(cycle);
    return html`<div part="base" class="base">
      <div class="live visually-hidden" aria-live="polite">${this.announcement}</div>
      <div class="screen">${shown}</div>
      <div class="print">
        ${
          this.printAll
            ? html`${this.renderHub(cycle)}${cycle.stages.map((s) => this.renderStage(cycle, s, true))}`
            : stage
              ? this.renderStage(cycle, stage, true)
              : this.renderHub(cycle)
        }
      </div>
      ${this.renderNav(cycle, selected)} ${renderCredit(cycle, this.t, this.langs)}
    </div>`;
  }
}
