import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading-level.js';
import { guard } from 'lit/directives/guard.js';
import {
  matrixToCsv,
  termsIn,
  whoDoesWhat,
  type Cycle,
  type GlossaryTerm,
  type Matrix,
  type MatrixColumn,
  type Role,
} from '@engagement-cycle/core';
import { FollowingElement } from '../shared/following-element.js';
import { ResizeController } from '../shared/resize-controller.js';
import { triggerOf } from '../shared/store.js';
import { states } from '../shared/states.styles.js';
import { creditStyles, renderCredit } from '../shared/credit.js';
import { glossaryStyles, renderTerms } from '../shared/glossary.js';
import { suggestedKey, suggestedMark, suggestedStyles } from '../shared/suggested.js';
import { mixed } from '../shared/mixed.js';
import { tokens } from '../shared/tokens.styles.js';
import { matrixLocales, matrixStrings } from './who-does-what.strings.js';
import { matrixStyles } from './who-does-what.styles.js';

type Strings = typeof matrixStrings;

/** The matrix's table and the narrow list view get their ids from this, to stay unique. */
let instances = 0;
/** At this width (in rem) and under, the list layout shows: the same as the container query in the styles. */
const NARROW_REM = 40;

/**
 * @summary Who does what at each stage of The Engagement Cycle: roles by stages as a real
 * table, with filters, the selected stage's column highlighted, a list layout for narrow
 * spaces and a CSV download.
 *
 * @tag ec-who-does-what
 *
 * @event {CustomEvent<StageSelectDetail>} ec-stage-select - A column heading was pressed (or the API used) and the selection
 * changed. `detail`: `{ stageId, previousStageId, trigger }`. Bubbles and is composed.
 *
 * @csspart base - The wrapper of the matrix.
 * @csspart heading - The matrix's heading (its level from `heading-level`).
 * @csspart suggested-key - The line that says what "Suggestion" means, under the count (shown when a row has one).
 * @csspart controls - The filters and the download button.
 * @csspart count - The line that says how many roles are shown.
 * @csspart scroll - The scrolling box round the table (focusable, for keyboard scrolling).
 * @csspart table - The table.
 * @csspart column-button - The button in each column heading that selects that stage.
 * @csspart list - The list layout used in narrow spaces.
 * @csspart suggested - The marker on cells this project suggests.
 * @csspart download-button - The CSV download button.
 * @csspart terms - The box of the words the rows shown use, under the table.
 * @csspart glossary - The list of those words, with their explanations.
 * @csspart credit - The credit line of the content: the credit, then links to the source and the licence.
 * @csspart credit-link - Each of the two links in the credit line.
 * @csspart loading - The loading message.
 * @csspart error - The error box.
 * @csspart retry-button - The button that loads the data again after a network error.
 *
 * @cssprop --ec-matrix-max-height - Tallest the table's scrolling box grows before it scrolls. Default 70vh.
 * @cssprop --ec-matrix-selected-background - Background of the selected stage's column.
 * @cssprop --ec-color-text - Body text.
 * @cssprop --ec-color-border - Table lines.
 * @cssprop --ec-color-link - Buttons.
 * @cssprop --ec-color-focus - Focus highlight. Default NHS yellow `#ffeb3b`.
 * @cssprop --ec-color-text-secondary - Secondary text (the credit, empty cells, group names).
 * @cssprop --ec-color-focus-text - Text and edge on focus.
 * @cssprop --ec-color-surface - Background of the table and buttons, and of dark or auto themes.
 * @cssprop --ec-color-error - Edge of the error box.
 * @cssprop --ec-radius - Corner radius of boxes and buttons.
 * @cssprop --ec-font-family - Font of all text.
 */
export class EcWhoDoesWhat extends FollowingElement<Strings> {
  static override styles = [tokens, states, creditStyles, glossaryStyles, suggestedStyles, matrixStyles];

  static override properties: PropertyDeclarations = {
    group: { reflect: true },
    activeOnly: { type: Boolean, reflect: true, attribute: 'active-only' },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    narrow: { state: true, attribute: false },
  };

  /**
   * The level of the matrix's heading (1 to 6); in the narrow layout each role's name is a
   * heading one level down.
   */
  headingLevel = 2;

  /** Show only roles in this role group (its id). Empty for every group. */
  group?: string;

  /** Show only roles with a part in the selected stage (or the hub). */
  activeOnly = false;

  protected readonly english = matrixStrings;
  /** @internal */
  readonly locales = matrixLocales;

  private readonly uid = `ec-matrix-${++instances}`;

  /**
   * Whether the element is at most 40rem wide, where the style sheet shows the list layout
   * instead of the table (a container query). The list is only built then: at 60 roles by
   * 24 stages it is 1,500 entries. The table is always built, for print. The server, which
   * cannot know the width, builds both and lets the container query choose (a phone shows the
   * list before any script runs); so does the update that hydrates the server's HTML, which
   * must draw what the server drew, and the first width read then drops the list if wide.
   */
  private narrow = isServer;
  private readonly resize = new ResizeController(
    this,
    (width) => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      this.narrow = width <= NARROW_REM * rem;
    },
    // An empty line as wide as the element: its size follows the width alone.
    () => this.renderRoot.querySelector('.probe'),
  );
  private warnedGroup?: string;
  /** Derived in willUpdate from the cycle, the filters and (with `active-only`) the selection. */
  private shown?: Matrix;
  private shownKey?: unknown[];
  /** The glossary terms the rows shown use (names, descriptions, cells). */
  private terms: GlossaryTerm[] = [];
  /** Whether any row shown marks a role or a cell as a suggestion, so the table explains the mark. */
  private hasSuggested = false;
  /** The selected column's index in `shown.columns` (0 is the hub), or -1. */
  private selectedColumn = -1;
  /** What `updated()` last highlighted: in which table, which column, for which matrix. */
  private markedTable?: Element;
  private markedColumn = -1;
  private markedMatrix?: Matrix;
  private markedCells: Element[] = [];

  /** The matrix as shown: filters applied to rows, never to columns. Current as of the last update. */
  get matrix(): Matrix | undefined {
    return this.shown;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The update that hydrates the server's HTML builds the list too, as the server did.
    if (this.fromServer && !this.hasUpdated) this.narrow = true;
    const cycle = this.cycle;
    const group = this.group || undefined;
    const activeAt = this.activeOnly ? this.link.store.selected : undefined;
    const key = [cycle, group, activeAt];
    if (!this.shownKey?.every((v, i) => v === key[i])) {
      this.shownKey = key;
      this.shown = cycle ? whoDoesWhat(cycle, { group, activeAt }) : undefined;
      this.hasSuggested = (this.shown?.rows ?? []).some(
        (row) => row.role.basis === 'suggested' || row.cells.some((c) => c.basis === 'suggested'),
      );
      this.terms = termsIn(
        cycle?.glossary,
        (this.shown?.rows ?? []).flatMap((row) => [
          row.role.name,
          row.role.description ?? '',
          ...row.cells.map((c) => c.text ?? ''),
        ]),
      );
      if (cycle && group && group !== this.warnedGroup && !cycle.roleGroups?.some((g) => g.id === group)) {
        // Said once per id: an unknown group shows no rows, and the page author should know why.
        this.warnedGroup = group;
        console.warn(`engagement-cycle: there is no role group "${group}"; no roles are shown.`);
      }
    }
    const selected = this.link.store.selected;
    this.selectedColumn = this.shown?.columns.findIndex((c) => c.id === selected) ?? -1;
  }

  /**
   * Moves the highlight of the selected column. The rows are drawn once per matrix (see the
   * guard in renderTable), so a change of selection does not walk all 1,500 cells of a big
   * matrix through Lit: it moves one class on the cells of two columns, here. Measured at
   * 60 roles by 24 stages, the same change through the template took 1 to 1.5 ms more, and
   * one attribute on the table instead (with nth-child rules) restyled every cell: 20 ms.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const table = this.renderRoot.querySelector('table');
    const column = this.selectedColumn;
    if (table === this.markedTable && column === this.markedColumn && this.shown === this.markedMatrix)
      return;
    this.markedTable = table ?? undefined;
    this.markedColumn = column;
    this.markedMatrix = this.shown;
    for (const cell of this.markedCells) cell.classList.remove('selected');
    this.markedCells = [];
    if (!table || column < 0) return;
    // Straight to the cells by index: a selector would match against every node of the table.
    // A body holds only rows and a row only cells, so `children` is the same list where a DOM
    // emulation (happy-dom) has no `rows` or `cells`.
    for (const body of table.tBodies)
      for (const row of (body.rows as HTMLCollectionOf<HTMLTableRowElement> | undefined) ?? body.children) {
        const cells = (row as HTMLTableRowElement).cells as HTMLCollection | undefined;
        const cell = row.classList.contains('group') ? undefined : (cells ?? row.children)[column + 1];
        if (cell) this.markedCells.push(cell as HTMLTableCellElement);
      }
    for (const cell of this.markedCells) cell.classList.add('selected');
  }

  /**
   * Brings a control that the keyboard focused fully into view, in the table's scrolling box
   * and in the page (WCAG 2.4.11): Firefox scrolls only a control wholly out of view, and
   * neither browser scrolls a control partly out of view, or one under the sticky "Role"
   * column (which the browser counts as in view). Not for a pointer's focus: the control
   * would move away from under the pointer before the click.
   */
  /** When the last pointer press in the matrix was (a click focuses too, and must not scroll). */
  private pointerAt = -Infinity;

  private onPointerDown(): void {
    this.pointerAt = performance.now();
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.target as Element;
    // Only focus that did not come from a press is scrolled into view, so a clicked button never
    // moves out from under the pointer. (Not `:focus-visible`: WebKit does not set it for keys
    // that a test driver sends, and the rule here is about the pointer, not the focus ring.)
    if (performance.now() - this.pointerAt < 1000) return;
    // jsdom has no scrollIntoView (nothing is laid out there).
    if (!target.scrollIntoView) return;
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // WebKit scrolls a focused element into view itself after this handler, and can leave it a
    // few pixels off; in the next frame, finish the job when the whole element fits.
    requestAnimationFrame(() => {
      const box = target.getBoundingClientRect();
      if (box.height > innerHeight) return;
      if (box.top < 0) scrollBy(0, box.top);
      else if (box.bottom > innerHeight) scrollBy(0, box.bottom - innerHeight);
    });
    const scroll = target.closest('.scroll');
    const corner = scroll?.querySelector('th.corner');
    if (!scroll || !corner || target === scroll) return;
    // The corner's width follows the longest role name, so it is measured, not a fixed padding.
    const covered = corner.getBoundingClientRect().right - target.getBoundingClientRect().left;
    if (covered > 0) scroll.scrollLeft -= Math.ceil(covered);
  }

  /** What is shown, as CSV text (UTF-8 with BOM; formula-like cells neutralised). */
  toCsv(): string | undefined {
    const matrix = this.matrix;
    const cycle = this.cycle;
    if (!matrix || !cycle) return undefined;
    const t = this.t;
    return matrixToCsv(matrix, cycle.source, {
      role: t.roleColumn,
      group: t.groupColumn,
      column: (c) => this.columnLabel(c),
      suggested: t.suggestedCsv,
      source: t.creditSource,
      licence: t.creditLicence,
    });
  }

  private download(): void {
    const csv = this.toCsv();
    if (!csv) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(this.cycle!.title.toLowerCase().match(/[a-z0-9]+/g) ?? ['cycle']).join('-')}-who-does-what.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** A column's label with its short title marked as content (WCAG 3.1.2), for the page. */
  private columnHeading(c: MatrixColumn) {
    return c.number === undefined
      ? mixed(this.t.hubColumn, c.shortTitle, this.langs)
      : mixed((title) => this.t.stageColumn(c.number!, title), c.shortTitle, this.langs);
  }

  private columnLabel(c: MatrixColumn): string {
    return c.number === undefined
      ? this.t.hubColumn(c.shortTitle)
      : this.t.stageColumn(c.number, c.shortTitle);
  }

  private suggestedMark(basis: string | undefined) {
    return suggestedMark(basis, this.t, this.langs);
  }

  /**
   * A row header: the name, a mark if no source names the role, and its one-line description.
   * `abbr` (set by the caller) gives screen readers the short name to repeat on each cell.
   */
  private roleName(role: Role) {
    return html`<span class="role-title">${role.name}${this.suggestedMark(role.basis)}</span>
      ${role.description ? html`<span class="role-description">${role.description}</span>` : nothing}`;
  }

  private cell(text: string | undefined, basis: string | undefined) {
    if (text) return html`${text}${this.suggestedMark(basis)}`;
    return html`<span class="none" aria-hidden="true">–</span
      ><span class="visually-hidden" lang=${this.langs.ui ?? nothing}>${this.t.noPart}</span>`;
  }

  private renderControls(cycle: Cycle, matrix: Matrix): TemplateResult {
    const t = this.t;
    const groups = cycle.roleGroups ?? [];
    return html`<div class="controls" part="controls">
      ${
        groups.length
          ? html`<label class="field"
              >${t.groupFilter}
              <select
                .value=${this.group ?? ''}
                @change=${(e: Event) => (this.group = (e.target as HTMLSelectElement).value || undefined)}
              >
                <option value="" ?selected=${!this.group}>${t.allGroups}</option>
                ${groups.map(
                  (g) =>
                    html`<option
                      value=${g.id}
                      ?selected=${this.group === g.id}
                      lang=${this.langs.content ?? nothing}
                    >
                      ${g.name}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <label class="check"
        ><input
          type="checkbox"
          .checked=${this.activeOnly}
          @change=${(e: Event) => (this.activeOnly = (e.target as HTMLInputElement).checked)}
        />
        ${t.activeOnly}</label
      >
      <button
        type="button"
        class="button"
        part="download-button"
        ?disabled=${!matrix.rows.length}
        @click=${this.download}
      >
        ${t.download}
      </button>
    </div>`;
  }

  private renderTable(matrix: Matrix, selected: string): TemplateResult {
    const t = this.t;
    const captionId = `${this.uid}-caption`;
    const width = matrix.columns.length + 1;
    // A named group, not a region: two matrices on a page would be two landmarks of one name.
    return html`<div class="scroll" part="scroll" tabindex="0" role="group" aria-labelledby=${captionId}>
      <table part="table">
        <!-- The heading above shows the title; the caption still names the table. -->
        <caption id=${captionId} class="visually-hidden">
          <span class="stay">${t.matrixCaption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" class="corner">${t.roleColumn}</th>
            ${matrix.columns.map((c) => {
              const on = c.id === selected;
              return html`<th scope="col" class=${on ? 'selected' : ''}>
                <button
                  type="button"
                  part="column-button"
                  aria-pressed=${on ? 'true' : 'false'}
                  aria-describedby="${this.uid}-title-${c.id}"
                  @click=${(e: MouseEvent) => this.link.store.select(c.id, triggerOf(e), this)}
                >
                  ${this.columnHeading(c)}
                </button>
                <!-- Printed instead of the button: Chromium repeats the heading row on every page,
                     but leaves buttons out of the repeats. -->
                <span class="print-label">${this.columnHeading(c)}</span>
              </th>`;
            })}
          </tr>
        </thead>
        ${guard([matrix, this.t, this.langs.content, this.langs.ui], () =>
          matrix.sections.map(
            ({ group, rows }) =>
              html`<tbody lang=${this.langs.content ?? nothing}>
                ${
                  group
                    ? html`<tr class="group">
                        <th scope="rowgroup" colspan=${width}><span class="stay">${group.name}</span></th>
                      </tr>`
                    : nothing
                }
                ${rows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row" abbr=${row.role.description ? row.role.name : nothing}>
                        ${this.roleName(row.role)}
                      </th>
                      ${row.cells.map(
                        (c, i) =>
                          html`<td class=${i === this.selectedColumn ? 'selected' : ''}>
                            ${this.cell(c.text, c.basis)}
                          </td>`,
                      )}
                    </tr>`,
                )}
              </tbody>`,
          ),
        )}
      </table>
      <!-- The full titles describe the column buttons. They are not in the headings, which a
           screen reader repeats on every cell, so the short label is all it repeats. -->
      <div class="visually-hidden" lang=${this.langs.content ?? nothing}>
        ${matrix.columns.map((c) => html`<span id="${this.uid}-title-${c.id}">${c.title}</span>`)}
      </div>
    </div>`;
  }

  /** The same content as the table, one block per role, for narrow spaces. */
  private renderList(matrix: Matrix, selected: string): TemplateResult {
    return html`<ul
      class="list"
      part="list"
      aria-label=${this.t.matrixCaption}
      lang=${this.langs.content ?? nothing}
    >
      ${matrix.rows.map(
        (row) =>
          html`<li class="role">
            ${staticHtml`<${headingTag(this.headingLevel + 1)} class="role-name">
              ${row.role.name}${this.suggestedMark(row.role.basis)}${
                row.group ? html` <span class="group-name">(${row.group.name})</span>` : nothing
              }
            </${headingTag(this.headingLevel + 1)}>`}
            ${row.role.description ? html`<p class="role-description">${row.role.description}</p>` : nothing}
            <dl>
              ${row.cells.map((c, i) => {
                const column = matrix.columns[i]!;
                const on = c.column === selected;
                return html`<div class=${on ? 'selected' : ''}>
                  <dt>
                    ${this.columnHeading(column)}${
                      on
                        ? html` <span class="selected-tag" lang=${this.langs.ui ?? nothing}
                            >(${this.t.selectedColumn})</span
                          >`
                        : nothing
                    }
                  </dt>
                  <dd>${this.cell(c.text, c.basis)}</dd>
                </div>`;
              })}
            </dl>
          </li>`,
      )}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const state = this.renderState();
    const cycle = this.cycle;
    const matrix = this.shown;
    if (state || !cycle || !matrix) return html`<div part="base" class="base">${state ?? nothing}</div>`;
    const t = this.t;
    const selected = this.link.store.selected;
    const body = matrix.total
      ? html`${this.renderControls(cycle, matrix)}
          <p class="count" part="count" role="status">${t.showing(matrix.rows.length, matrix.total)}</p>
          ${this.hasSuggested ? suggestedKey(t, this.langs) : nothing}
          <div class="wide">${this.renderTable(matrix, selected)}</div>
          <div class="narrow">${this.narrow ? this.renderList(matrix, selected) : nothing}</div>
          ${
            this.terms.length
              ? html`<div class="terms" part="terms">
                  <p class="terms-heading" lang=${this.langs.ui ?? nothing}>${t.glossaryHeading}</p>
                  <div lang=${this.langs.content ?? nothing}>${renderTerms(this.terms, t, this.langs)}</div>
                </div>`
              : nothing
          }`
      : html`<p class="empty">${t.noRoles}</p>`;
    return html`<div part="base" class="base" @focusin=${this.onFocusIn} @pointerdown=${this.onPointerDown}>
      <div class="probe"></div>
      ${staticHtml`<${headingTag(this.headingLevel)} class="heading" part="heading" lang=${this.langs.ui ?? nothing}
        >${t.matrixCaption}</${headingTag(this.headingLevel)}>`}
      ${body} ${renderCredit(cycle, this.t, this.langs)}
    </div>`;
  }
}
