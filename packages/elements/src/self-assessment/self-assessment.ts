/* eslint-disable lit/binding-positions, lit/no-invalid-html -- headings are chosen with
   lit/static-html (unsafeStatic on a fixed list), whose tag-name bindings these rules reject. */
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import {
  actionList,
  assessmentSummary,
  assessmentToCsv,
  compareAssessments,
  cycleFingerprint,
  DEFAULT_SCALE,
  emptyAssessment,
  formatCycleError,
  isSafeUrl,
  loadJson,
  parseAssessment,
  ratedParts,
  wheelRatings,
  HUB_ID,
  type Assessment,
  type AssessmentItem,
  type AssessmentWarning,
  type Cycle,
  type CycleError,
  type Evidence,
  type ItemChange,
  type ItemSummary,
  type RatedPart,
  type Scale,
  type WheelRatings,
} from '@engagement-cycle/core';
import { FollowingElement } from '../shared/following-element.js';
import type { CycleStore, SelectionChange } from '../shared/store.js';
import { headingLevel } from '../shared/heading-level.js';
import { states } from '../shared/states.styles.js';
import { creditStyles, renderCredit } from '../shared/credit.js';
import { tokens } from '../shared/tokens.styles.js';
import { assessmentLocales, assessmentStrings, type FileProblem } from './self-assessment.strings.js';
import { assessmentStyles } from './self-assessment.styles.js';

type Strings = typeof assessmentStrings;

/** What changed in one part of the assessment. */
export type AssessmentField = 'level' | 'target' | 'evidence' | 'note';

/** How a change was made: by the reader (pointer or keyboard), by a script, or by opening a file. */
export type AssessmentTrigger = 'pointer' | 'keyboard' | 'api' | 'import';

export interface AssessmentChangeDetail {
  /** The part changed: a stage id, `hub`, or a hub element's id. */
  itemId: string;
  field: AssessmentField;
  /** A level id (level, target), the list of links (evidence), or the text (note); undefined when emptied. */
  value: string | readonly Evidence[] | undefined;
  previousValue: string | readonly Evidence[] | undefined;
  trigger: AssessmentTrigger;
}

declare global {
  interface HTMLElementEventMap {
    'ec-assessment-change': CustomEvent<AssessmentChangeDetail>;
  }
}

/** Heading levels 1 to 6 as static tag names, chosen from a fixed list (never from input). */
const HEADINGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));
const heading = (level: number) => HEADINGS[headingLevel(level) - 1]!;

const MAX_LINKS = 5;
/** A file larger than this is refused before it is read: an assessment is a few KB. */
const MAX_FILE_BYTES = 1024 * 1024;
const LISTED_PROBLEMS = 8;
const FIELDS: readonly AssessmentField[] = ['level', 'target', 'evidence', 'note'];

/** What was wrong with a file or with the `assessment` given: shown, and nothing changed. */
interface Problem {
  message: string;
  /** The message is core's (in English), not the element's own words. */
  english?: boolean;
  errors?: CycleError[];
  more?: number;
}

/** One field's error, for its own message and for the error summary. */
interface FieldError {
  id: string;
  name: string;
  message: string;
}

/** A button's click came from the keyboard (Enter or Space) when it counted no pointer clicks. */
const triggerOf = (event: MouseEvent): AssessmentTrigger => (event.detail === 0 ? 'keyboard' : 'pointer');
const today = () => new Date().toISOString().slice(0, 10);
const blank = (text: string | undefined) => !text || text.trim() === '';
const slug = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? ['cycle']).join('-');
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** What readFile returns for a file it refused (the problem is already shown). */
const REFUSED = Symbol('refused');

/**
 * @summary A self-assessment against The Engagement Cycle: for the hub, its key elements and
 * each stage, a level, a target, links to published evidence and a note; a progress line, a
 * summary table and what to work on first. Files are the record: nothing is sent anywhere.
 *
 * @tag ec-self-assessment
 *
 * @event {CustomEvent<AssessmentChangeDetail>} ec-assessment-change - A part's level, target, evidence or note changed.
 * `detail`: `{ itemId, field, value, previousValue, trigger }`, `trigger` one of
 * `pointer | keyboard | api | import`. Bubbles and is composed.
 *
 * @csspart base - The wrapper of the form.
 * @csspart heading - The main heading.
 * @csspart progress - The "3 of 10 rated" line.
 * @csspart error-summary - The list of problems shown by "Check answers", at the top.
 * @csspart saved - With `save="local"`: "Saved in this browser only", the date, and the button that removes the copy.
 * @csspart problem - The box that says why a file or the `assessment` given was not opened.
 * @csspart warnings - The list of things to check in a file that was opened.
 * @csspart item - Each part's fieldset.
 * @csspart prompts - The things to think about, above each part's level.
 * @csspart summary - The summary table.
 * @csspart actions - The list of what to work on first.
 * @csspart file - The Download, Open and Clear controls.
 * @csspart button - Every button.
 * @csspart credit - The credit line of the content: the credit, then links to the source and the licence.
 * @csspart credit-link - Each of the two links in the credit line.
 * @csspart loading - The loading message.
 * @csspart error - The error box of the cycle.
 * @csspart retry-button - The button that loads the cycle again after a network error.
 *
 * @cssprop --ec-color-text - Body text and the edges of form controls.
 * @cssprop --ec-color-text-secondary - Hints and secondary text.
 * @cssprop --ec-color-link - Links and button edges.
 * @cssprop --ec-color-border - Lines between parts.
 * @cssprop --ec-color-error - Error messages and the edges of fields in error.
 * @cssprop --ec-color-focus - Focus highlight. Default NHS yellow `#ffeb3b`.
 * @cssprop --ec-color-focus-text - Text on focus.
 * @cssprop --ec-color-surface - Background of controls, and of dark or auto themes.
 * @cssprop --ec-radius - Corner radius of boxes and buttons.
 * @cssprop --ec-font-family - Font of all text.
 */
export class EcSelfAssessment extends FollowingElement<Strings> {
  static override styles = [tokens, states, creditStyles, assessmentStyles];

  static override properties: PropertyDeclarations = {
    assessment: { attribute: false },
    assessmentSrc: { reflect: true, attribute: 'assessment-src' },
    scale: { attribute: false },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    save: { reflect: true },
    savedAt: { state: true, attribute: false },
    saveError: { state: true, attribute: false },
    work: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    warnings: { state: true, attribute: false },
    checked: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    srcLoading: { state: true, attribute: false },
    earlier: { state: true, attribute: false },
  };

  /**
   * An assessment to start from, as an object (a parsed file). It is checked against the
   * cycle: if it is not valid, the problems are shown with their paths and what was shown
   * before stays.
   */
  assessment?: unknown;

  /** URL of an assessment JSON file to start from. Loaded like `src`; `assessment` wins. */
  assessmentSrc?: string;

  /** A scale of your own (2 to 7 levels, lowest first) for a new assessment; a file's own scale wins. */
  scale?: Scale;

  /** The level of the main heading (1 to 6); sections and parts use the next levels down. */
  headingLevel = 2;

  /**
   * `local` keeps the assessment in this browser (localStorage, under a key named by the
   * cycle's fingerprint) after every change, and says so; off by default. A saved copy is
   * restored when neither `assessment` nor `assessment-src` is given.
   */
  save?: 'local';

  protected readonly english = assessmentStrings;
  /** @internal */
  readonly locales = assessmentLocales;

  /** The assessment being edited, with links as typed (some may be incomplete). */
  private work?: Assessment;
  private workFor?: Cycle;
  private problem?: Problem;
  private warnings: AssessmentWarning[] = [];
  /** Set by "Check answers" (and the downloads): missing labels and addresses count as errors too. */
  private checked = false;
  private confirming = false;
  private notice = '';
  private srcLoading = false;

  // Derived in willUpdate from the work, the cycle, `checked` and the words.
  private parts: RatedPart[] = [];
  private byId = new Map<string, AssessmentItem>();
  private summary?: ReturnType<typeof assessmentSummary>;
  private actions: ItemSummary[] = [];
  private fieldErrors: FieldError[] = [];
  private errorAt = new Map<string, string>();
  private derivedFrom?: Assessment;
  /** The default scale's words the summary was made with (they change with the language). */
  private derivedScale?: Scale;
  /** The levels are the default scale's, in the reader's language (so not marked as content's). */
  private levelsTranslated = false;
  /** Core's messages (problems, warnings, load errors) are English: marked so where the interface is not. */
  private messageLang?: string;

  /** The earlier file compared with (see compareWith), and its name. */
  private earlier?: Assessment;
  private earlierName?: string;
  private comparison?: { items: ItemChange[]; sameScale: boolean };
  private changeOf = new Map<string, ItemChange>();
  private comparedFrom?: [Assessment, Assessment, Scale];
  /** The ratings given to the store shown (a wheel there draws them), and that store. */
  private ratings?: WheelRatings;
  private ratingsIn?: CycleStore;
  private ratingsFor?: ReturnType<typeof assessmentSummary>;
  private ratingsChanges?: { items: ItemChange[] };
  /** A part the wheel selected, to bring into view after the next render. */
  private reveal?: string;

  /** Whether the last input began with a pointer, for the event's `trigger`. */
  private pointer = false;
  /** Where focus goes after the next render. */
  private focusNext?: string;
  private srcLoad?: AbortController;
  private srcLoadedFor?: [string, Cycle];
  private srcDue = false;
  /** When the copy in this browser was saved (ISO), and what went wrong saving it. */
  private savedAt?: string;
  private saveError = '';
  /** A change the reader made that is not in the browser's storage yet. */
  private unsaved = false;
  private restoredFor?: Cycle;
  private savedLine = '';

  /** The assessment as a file (JSON text): schema version 1, the cycle's title and fingerprint, the date. Empty before the cycle is ready. */
  exportJson(): string {
    const file = this.toFile();
    return file ? `${JSON.stringify(file, null, 2)}\n` : '';
  }

  /** The assessment as CSV (BOM, CRLF), in the element's words. Empty before the cycle is ready. */
  exportCsv(): string {
    const file = this.toFile();
    const cycle = this.cycle;
    if (!file || !cycle) return '';
    const t = this.t;
    return assessmentToCsv(file, cycle, {
      part: t.assessPartColumn,
      level: t.assessLevel,
      target: t.assessTarget,
      gap: t.assessGapColumn,
      evidence: t.assessEvidence,
      note: t.note,
      name: (p) => t.assessPartName(p),
      notRated: t.assessNotRated,
      cycle: t.assessCsvCycle,
      date: t.assessCsvDate,
      raters: t.assessCsvRaters,
      source: t.creditSource,
      licence: t.creditLicence,
    });
  }

  /**
   * Opens an assessment file. Anything wrong (too large, not JSON, not a valid assessment) is
   * shown and changes nothing. Resolves to whether the file was opened; never rejects.
   */
  async importFile(file: File | Blob): Promise<boolean> {
    await this.updateComplete;
    const json = await this.readFile(file);
    if (json === REFUSED) return false;
    const opened = this.adopt(json, 'import');
    if (opened) this.notice = this.t.assessImported((file instanceof File && file.name) || undefined);
    return opened;
  }

  /**
   * Compares the form with an earlier assessment (a file, or a parsed object): each part then
   * says how its level moved, in the form, the summary and on a linked wheel. The earlier file
   * is checked as an opened one is; anything wrong is shown and changes nothing. `null` stops
   * comparing. Resolves to whether the comparison is shown; never rejects.
   */
  async compareWith(fileOrObject: File | Blob | object | null): Promise<boolean> {
    await this.updateComplete;
    const cycle = this.cycle;
    if (fileOrObject === null) {
      this.earlier = this.earlierName = undefined;
      return false;
    }
    if (!cycle) return false;
    const blob = fileOrObject instanceof Blob;
    const json = blob ? await this.readFile(fileOrObject) : fileOrObject;
    if (json === REFUSED) return false;
    const result = parseAssessment(this.withScale(json), cycle);
    if (!result.ok) {
      const count = result.errors.length + (result.more ?? 0);
      return this.refuse({ message: this.t.assessInvalid(count), errors: result.errors, more: result.more });
    }
    this.problem = undefined;
    this.warnings = result.warnings;
    this.earlier = result.assessment;
    this.earlierName = (fileOrObject instanceof File && fileOrObject.name) || undefined;
    this.notice = this.t.assessComparing(this.earlierName, result.assessment.date);
    return true;
  }

  /** A file's JSON, or REFUSED (the problem is shown): too large, unreadable, or not JSON. */
  private async readFile(file: Blob): Promise<unknown> {
    if (file.size > MAX_FILE_BYTES) return (this.refuse({ message: this.t.assessTooBig(1) }), REFUSED);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return (this.refuse({ message: this.t.assessUnreadable }), REFUSED);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      this.refuse({ message: this.t.assessNotJson(error instanceof Error ? error.message : String(error)) });
      return REFUSED;
    }
  }

  /**
   * `file` as the reader sees it: on the default scale, its levels in the reader's language
   * (same ids and order, so nothing else changes). A scale of the file's own is content, and
   * stays as written; files saved or exported keep the scale as it is in the assessment.
   */
  private shown(file: Assessment): Assessment {
    const words = this.t.assessDefaultScale;
    const onDefault = !file.scale || sameValue(file.scale, DEFAULT_SCALE);
    return onDefault && words !== DEFAULT_SCALE ? { ...file, scale: words } : file;
  }

  /** A file without its own scale is read on the element's scale. */
  private withScale(input: unknown): unknown {
    return this.scale && input && typeof input === 'object' && !('scale' in input)
      ? { ...input, scale: this.scale }
      : input;
  }

  /** Empties every rating, target, link and note (the scale stays). */
  clear(): void {
    this.clearAll('api');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycle;
    if (!cycle) return;
    const newCycle = cycle !== this.workFor;
    if (newCycle) {
      this.workFor = cycle;
      this.parts = ratedParts(cycle);
      this.work = this.blankFor(cycle);
    }
    if (this.assessment !== undefined && (newCycle || changed.has('assessment') || changed.has('scale')))
      this.adopt(this.assessment, undefined);
    else if (changed.has('scale') && !this.work?.items.some((i) => i.level || i.target))
      this.work = this.blankFor(cycle);
    const work = this.work!;
    const words = this.t.assessDefaultScale;
    if (work !== this.derivedFrom || words !== this.derivedScale) {
      this.derivedFrom = work;
      this.derivedScale = words;
      this.byId = new Map(work.items.map((item) => [item.id, item]));
      const file = this.shown(this.toFile()!);
      this.levelsTranslated = file.scale === words;
      this.summary = assessmentSummary(file, cycle);
      this.actions = actionList(file, cycle);
    }
    const earlier = this.earlier;
    if (!earlier) this.comparison = this.comparedFrom = undefined;
    else if (
      this.comparedFrom?.[0] !== earlier ||
      this.comparedFrom[1] !== work ||
      this.comparedFrom[2] !== words
    ) {
      this.comparedFrom = [earlier, work, words];
      this.comparison = compareAssessments(this.shown(earlier), this.shown(this.toFile()!), cycle);
    }
    this.changeOf = new Map(this.comparison?.items.map((c) => [c.part.id, c]));
    // The store shown gets the ratings, so a wheel that shares it draws them.
    const store = this.link.store;
    if (
      this.ratingsFor !== this.summary ||
      this.ratingsChanges !== this.comparison ||
      this.ratingsIn !== store
    ) {
      this.ratingsFor = this.summary;
      this.ratingsChanges = this.comparison;
      this.ratings = wheelRatings(this.summary!, this.comparison);
      if (this.ratingsIn !== store) this.ratingsIn?.setRatings(undefined, this);
      this.ratingsIn = store;
      store.setRatings(this.ratings, this);
    }
    this.fieldErrors = this.findErrors();
    this.errorAt = new Map(this.fieldErrors.map((e) => [e.id, e.message]));
    this.messageLang = /^en\b/i.test(this.language.lang) ? undefined : 'en';
    this.savedLine = this.savedAt
      ? this.t.assessSavedAt(
          new Intl.DateTimeFormat(this.language.lang, { dateStyle: 'long', timeStyle: 'short' }).format(
            new Date(this.savedAt),
          ),
        )
      : this.t.assessSaveOn;
    // Whether `assessment-src` is due is decided here, so the render that follows already says
    // "Loading…"; the fetch itself starts in updated(), which never runs on the server.
    const src = this.assessmentSrc;
    const [loadedSrc, loadedCycle] = this.srcLoadedFor ?? [];
    this.srcDue = !!src && this.assessment === undefined && (loadedSrc !== src || loadedCycle !== cycle);
    if (this.srcDue) this.srcLoading = true;
    else if (!src && this.srcLoad) {
      this.srcLoad.abort();
      this.srcLoad = undefined;
      this.srcLoading = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load stopped when the element left the page starts again on its return, and the
    // ratings go back to the store shown.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A wheel stops showing the ratings of an assessment that left the page.
    this.ratingsIn?.setRatings(undefined, this);
    this.ratingsIn = undefined;
    // A file that arrives for an element no one can see is dropped; it loads again on return.
    this.srcLoad?.abort();
    this.srcLoad = undefined;
    this.srcLoadedFor = undefined;
    this.srcLoading = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.srcDue) {
      this.srcDue = false;
      void this.loadSrc(this.assessmentSrc!, this.cycle!);
    }
    const cycle = this.cycle;
    if (this.save === 'local' && cycle) {
      if (this.restoredFor !== cycle) {
        this.restoredFor = cycle;
        if (this.assessment === undefined && !this.assessmentSrc) this.restore(cycle);
      } else if (this.unsaved) this.store(cycle);
    }
    if (this.reveal) {
      const part = this.renderRoot.querySelector(`#sa-${this.reveal}`);
      this.reveal = undefined;
      // Focus stays on the wheel's tab (the tabs pattern): the part comes into view beside it.
      part?.scrollIntoView({
        block: 'nearest',
        behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    }
    if (this.focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusNext}`);
      this.focusNext = undefined;
      target?.focus();
    }
  }

  protected override storeChanged(change?: SelectionChange): void {
    super.storeChanged(change);
    // A stage chosen on a linked wheel (or its guide) brings that part of the form into view.
    if (change && change.origin !== this && (change.trigger === 'pointer' || change.trigger === 'keyboard'))
      this.reveal = change.stageId;
  }

  /** Focus entering a part of the form selects it on the wheel (a hub element, the hub). */
  private onFocusIn(event: FocusEvent): void {
    const store = this.link.store;
    if (store === this.link.own) return;
    const part = (event.target as Element).closest<HTMLElement>('fieldset.item');
    const id = part?.dataset.part;
    if (!id) return;
    const kind = this.parts.find((p) => p.id === id)?.kind;
    store.select(kind === 'stage' ? id : HUB_ID, this.pointer ? 'pointer' : 'keyboard', this);
  }

  private storageKey(cycle: Cycle): string {
    return `engagement-cycle.assessment.${cycleFingerprint(cycle)}`;
  }

  /** Reads the copy saved in this browser, if any; a copy that cannot be read is reported, not used. */
  private restore(cycle: Cycle): void {
    let text: string | null;
    try {
      text = localStorage.getItem(this.storageKey(cycle));
    } catch {
      this.saveError = this.t.assessSaveFailed;
      return;
    }
    if (!text) return;
    try {
      const saved = JSON.parse(text) as { savedAt?: unknown; assessment?: unknown };
      if (this.adopt(saved.assessment, undefined) && typeof saved.savedAt === 'string')
        this.savedAt = saved.savedAt;
    } catch {
      this.refuse({ message: this.t.assessSavedUnreadable });
    }
  }

  /** Saves the assessment in this browser; a full or refused storage is said, never silent. */
  private store(cycle: Cycle): void {
    this.unsaved = false;
    const savedAt = new Date().toISOString();
    try {
      const assessment: unknown = JSON.parse(this.exportJson());
      localStorage.setItem(this.storageKey(cycle), JSON.stringify({ savedAt, assessment }));
      this.savedAt = savedAt;
      this.saveError = '';
    } catch {
      this.saveError = this.t.assessSaveFailed;
    }
  }

  /** Removes the copy saved in this browser; the form keeps what it shows. */
  private forget(): void {
    const cycle = this.cycle;
    if (!cycle) return;
    try {
      localStorage.removeItem(this.storageKey(cycle));
      this.savedAt = undefined;
      this.saveError = '';
      this.notice = this.t.assessForgotten;
    } catch {
      this.saveError = this.t.assessSaveFailed;
    }
  }

  /** Loads `assessment-src` by the rules `src` follows (timeout, distinct errors); a newer one aborts it. */
  private async loadSrc(src: string, cycle: Cycle): Promise<void> {
    this.srcLoad?.abort();
    const controller = new AbortController();
    this.srcLoad = controller;
    this.srcLoadedFor = [src, cycle];
    const done = loadJson(src, { signal: controller.signal });
    this.pending.add(done);
    const result = await done;
    this.pending.delete(done);
    if (controller !== this.srcLoad) return;
    this.srcLoad = undefined;
    this.srcLoading = false;
    if (result.ok) this.adopt(result.json, undefined);
    else this.refuse({ message: result.error.message, english: true });
  }

  /** A new, empty assessment of `cycle` on the element's scale (or the default one). */
  private blankFor(cycle: Cycle): Assessment {
    const empty = emptyAssessment(cycle);
    if (!this.scale) return empty;
    const checked = parseAssessment({ ...empty, scale: this.scale }, cycle);
    if (checked.ok) return checked.assessment;
    this.problem = { message: this.t.assessInvalid(checked.errors.length), errors: checked.errors };
    return empty;
  }

  /**
   * Checks `input` against the cycle and, if it is valid, shows it (firing a change event for
   * each field that changed when `trigger` is given). If not, shows why and keeps what was shown.
   */
  private adopt(input: unknown, trigger: AssessmentTrigger | undefined): boolean {
    const cycle = this.cycle;
    if (!cycle) return false;
    const result = parseAssessment(this.withScale(input), cycle);
    if (!result.ok) {
      const count = result.errors.length + (result.more ?? 0);
      return this.refuse({ message: this.t.assessInvalid(count), errors: result.errors, more: result.more });
    }
    const byId = new Map(result.assessment.items.map((item) => [item.id, item]));
    this.problem = undefined;
    this.warnings = result.warnings;
    this.checked = false;
    this.confirming = false;
    this.replace(
      { ...result.assessment, items: this.parts.map((p) => byId.get(p.id) ?? { id: p.id }) },
      trigger,
    );
    return true;
  }

  private refuse(problem: Problem): false {
    this.problem = problem;
    this.notice = '';
    // The file's problems are in the console too, all of them, for the page's author.
    console.warn(
      ['engagement-cycle: ' + problem.message, ...(problem.errors ?? []).map(formatCycleError)].join('\n  '),
    );
    return false;
  }

  /** Shows `next` and tells of every field that changed. */
  private replace(next: Assessment, trigger: AssessmentTrigger | undefined): void {
    const before = new Map((this.work?.items ?? []).map((item) => [item.id, item]));
    this.work = next;
    if (!trigger) return;
    this.unsaved = true;
    for (const item of next.items) {
      const old = before.get(item.id);
      for (const field of FIELDS)
        if (!sameValue(old?.[field], item[field]))
          this.fire(item.id, field, item[field], old?.[field], trigger);
    }
  }

  private fire(
    itemId: string,
    field: AssessmentField,
    value: AssessmentChangeDetail['value'],
    previousValue: AssessmentChangeDetail['value'],
    trigger: AssessmentTrigger,
  ): void {
    this.dispatchEvent(
      new CustomEvent<AssessmentChangeDetail>('ec-assessment-change', {
        detail: { itemId, field, value, previousValue, trigger },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Changes one field of one part, as the reader did. */
  private set(
    itemId: string,
    field: AssessmentField,
    value: AssessmentItem[AssessmentField],
    trigger: AssessmentTrigger,
  ): void {
    const work = this.work;
    if (!work) return;
    const old = this.current(itemId);
    const previous = old?.[field];
    if (sameValue(previous, value)) return;
    const item: AssessmentItem = { ...old, id: itemId, [field]: value };
    if (value === undefined) delete item[field];
    this.work = { ...work, date: today(), items: work.items.map((i) => (i.id === itemId ? item : i)) };
    this.notice = '';
    this.unsaved = true;
    this.fire(itemId, field, value, previous, trigger);
  }

  private clearAll(trigger: AssessmentTrigger): void {
    const cycle = this.cycle;
    if (!cycle || !this.work) return;
    const { scale } = this.work;
    this.replace({ ...emptyAssessment(cycle), ...(scale ? { scale } : {}) }, trigger);
    this.problem = undefined;
    this.warnings = [];
    this.checked = false;
    this.confirming = false;
    this.notice = this.t.assessCleared;
  }

  /**
   * The work as a valid file: links left blank are dropped, and so are links with an error
   * (the downloads check answers first, so a reader never loses one unknowingly); blank
   * notes are left out.
   */
  private toFile(): Assessment | undefined {
    const work = this.work;
    const cycle = this.cycle;
    if (!work || !cycle) return undefined;
    const items = work.items.map((item): AssessmentItem => {
      const evidence = (item.evidence ?? []).filter(
        (e) => !blank(e.label) && !blank(e.href) && isSafeUrl(e.href),
      );
      const { evidence: _e, note, ...rest } = item;
      return { ...rest, ...(evidence.length ? { evidence } : {}), ...(blank(note) ? {} : { note }) };
    });
    const scale = work.scale && !sameValue(work.scale, DEFAULT_SCALE) ? work.scale : undefined;
    return {
      ...(work.$schema ? { $schema: work.$schema } : {}),
      schemaVersion: 1,
      cycle: { title: cycle.title, fingerprint: cycleFingerprint(cycle) },
      ...(scale ? { scale } : {}),
      date: work.date ?? today(),
      ...(work.raters?.length ? { raters: work.raters } : {}),
      items,
    };
  }

  private findErrors(): FieldError[] {
    const t = this.t;
    const errors: FieldError[] = [];
    for (const part of this.parts) {
      const links = this.byId.get(part.id)?.evidence ?? [];
      links.forEach((link, i) => {
        if (blank(link.label) && blank(link.href)) return;
        const name = (field: 'label' | 'url') => t.assessFieldName(t.assessPartName(part), i + 1, field);
        if (this.checked && blank(link.label))
          errors.push({
            id: this.fieldId(part.id, i, 'label'),
            name: name('label'),
            message: t.assessErrNoLabel,
          });
        // An unsafe address is an error as soon as it is typed; a missing one only on checking.
        if (!blank(link.href) && !isSafeUrl(link.href))
          errors.push({
            id: this.fieldId(part.id, i, 'url'),
            name: name('url'),
            message: t.assessErrUnsafeUrl,
          });
        else if (this.checked && blank(link.href))
          errors.push({ id: this.fieldId(part.id, i, 'url'), name: name('url'), message: t.assessErrNoUrl });
      });
    }
    return errors;
  }

  private fieldId(partId: string, link: number, field: 'label' | 'url'): string {
    return `sa-${partId}-link-${link}-${field}`;
  }

  /** "Check answers": every error listed at the top, and focus moved there. */
  private check(): boolean {
    this.checked = true;
    this.fieldErrors = this.findErrors();
    if (this.fieldErrors.length) {
      this.notice = '';
      this.focusNext = 'sa-error-summary';
      return false;
    }
    this.notice = this.t.assessChecked;
    return true;
  }

  private download(kind: 'json' | 'csv'): void {
    if (!this.check()) return;
    this.notice = '';
    const text = kind === 'json' ? this.exportJson() : this.exportCsv();
    const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${slug(this.cycle!.title)}-self-assessment-${this.work?.date ?? today()}.${kind}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /**
   * A part as it is now, changes not yet drawn included (`byId` is the drawn one): two
   * changes made before the element updates must both be kept.
   */
  private current(id: string): AssessmentItem | undefined {
    return this.work?.items.find((i) => i.id === id);
  }

  private trigger(): AssessmentTrigger {
    return this.pointer ? 'pointer' : 'keyboard';
  }

  private editLink(part: RatedPart, index: number, field: keyof Evidence, value: string): void {
    const links = [...(this.current(part.id)?.evidence ?? [])];
    links[index] = { ...links[index]!, [field]: value };
    this.set(part.id, 'evidence', links, this.trigger());
  }

  private addLink(part: RatedPart, event: MouseEvent): void {
    const links = this.current(part.id)?.evidence ?? [];
    if (links.length >= MAX_LINKS) return;
    this.set(part.id, 'evidence', [...links, { label: '', href: '' }], triggerOf(event));
    this.focusNext = this.fieldId(part.id, links.length, 'label');
  }

  private removeLink(part: RatedPart, index: number, event: MouseEvent): void {
    const links = (this.current(part.id)?.evidence ?? []).filter((_, i) => i !== index);
    this.set(part.id, 'evidence', links.length ? links : undefined, triggerOf(event));
    // The button pressed is gone: focus goes to the link before it, or to "Add a link".
    this.focusNext = index > 0 ? this.fieldId(part.id, index - 1, 'label') : `sa-${part.id}-add`;
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importFile(file);
    // Lets the same file be chosen again after it was fixed.
    input.value = '';
  }

  private followLink(event: MouseEvent, id: string): void {
    // A fragment link cannot reach into a shadow root: move focus to the field ourselves.
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  protected override render(): TemplateResult {
    const state = this.renderState();
    if (state) return state;
    const cycle = this.cycle!;
    const t = this.t;
    const level = headingLevel(this.headingLevel);
    const h = heading(level);
    const summary = this.summary!;
    const hub = this.parts.filter((p) => p.kind !== 'stage');
    const stages = this.parts.filter((p) => p.kind === 'stage');
    const sub = heading(level + 1);
    return html`<div
      class="base"
      part="base"
      @pointerdown=${() => (this.pointer = true)}
      @keydown=${() => (this.pointer = false)}
      @focusin=${this.onFocusIn}
    >
      <${h} class="title" part="heading">${t.assessTitle}</${h}>
      <p class="intro">${t.assessIntro}</p>
      ${this.renderErrorSummary(level + 1)} ${this.renderProblem()}
      ${this.renderWarnings()}
      <p class="progress" part="progress" role="status">${t.assessProgress(summary.rated, summary.total)}</p>
      ${this.renderSaved()}
      ${this.srcLoading ? html`<p class="loading-file" role="status">${t.assessLoading}</p>` : nothing}
      <section class="group">
        <${sub} id="sa-hub-group">${t.assessHubGroup}</${sub}>
        ${hub.map((p) => this.renderPart(cycle, p, level + 2))}
      </section>
      <section class="group">
        <${sub} id="sa-stages-group">${t.assessStagesGroup}</${sub}>
        ${stages.map((p) => this.renderPart(cycle, p, level + 2))}
      </section>
      <div class="check">
        <button class="button" part="button" type="button" @click=${() => this.check()}>${t.assessCheck}</button>
        <p class="notice" role="status">${this.notice}</p>
      </div>
      ${this.renderSummary(level + 1)} ${this.renderFile(level + 1)} ${this.renderReport(cycle, level)}
      ${renderCredit(cycle, t, this.langs)}
    </div>`;
  }

  /**
   * The report printed instead of the form: what was assessed, when and by whom, the scale,
   * each part's level, target, change, evidence (addresses written out) and note, and what to
   * work on first. Not shown on screen, where the form says all of it.
   */
  private renderReport(cycle: Cycle, level: number) {
    const t = this.t;
    const h = heading(level);
    const sub = heading(level + 1);
    const part = heading(level + 2);
    const content = this.langs.content ?? nothing;
    const levels = this.levelsTranslated ? nothing : content;
    const summary = this.summary!;
    const work = this.work!;
    const date = work.date ?? today();
    const raters = work.raters?.map((r) => (r.name ? `${r.name} (${r.role})` : r.role)).join(', ');
    const row = (term: string, value: unknown, lang: string | typeof nothing = nothing) =>
      html`<dt>${term}</dt>
        <dd lang=${lang}>${value}</dd>`;
    return html`<div class="report" part="report">
      <${h}>${t.assessReport}: <span lang=${content}>${cycle.title}</span></${h}>
      <dl>
        ${row(t.assessCsvCycle, cycle.title, content)}
        ${row(t.assessCsvDate, new Intl.DateTimeFormat(this.language.lang, { dateStyle: 'long' }).format(new Date(date)))}
        ${raters ? row(t.assessCsvRaters, raters) : nothing}
      </dl>
      <p>${t.assessProgress(summary.rated, summary.total)}</p>
      <${sub}>${t.assessScale}</${sub}>
      <dl lang=${levels}>
        ${summary.scale.levels.map((l) => row(l.label, l.description))}
      </dl>
      <${sub}>${t.assessSummary}</${sub}>
      ${summary.items.map((s) => {
        const change = this.changeOf.get(s.part.id);
        const links = s.item?.evidence?.filter((e) => !blank(e.label) || !blank(e.href)) ?? [];
        return html`<section class="report-item">
          <${part} lang=${content}>${t.assessPartName(s.part)}</${part}>
          <dl>
            ${row(t.assessLevel, s.level?.label ?? t.assessNotRated, s.level ? levels : nothing)}
            ${row(t.assessTarget, s.target?.label ?? t.assessNoTarget, s.target ? levels : nothing)}
            ${change ? row(t.assessChangeColumn, t.assessChange(change.change, change.by, change.before?.label)) : nothing}
            ${row(
              t.assessEvidence,
              links.length
                ? html`<ul>
                    ${links.map((e) => html`<li>${e.label}: <span class="url">${e.href}</span></li>`)}
                  </ul>`
                : t.assessNoEvidence,
            )}
            ${blank(s.item?.note) ? nothing : row(t.note, s.item!.note)}
          </dl>
        </section>`;
      })}
      <${sub}>${t.assessActions}</${sub}>
      ${
        this.actions.length
          ? html`<ol>
              ${this.actions.map(
                (a) =>
                  html`<li>
                    ${t.assessAction(t.assessPartName(a.part), a.level?.label ?? t.assessNotRated, a.target!.label)}
                  </li>`,
              )}
            </ol>`
          : html`<p>${t.assessNoActions}</p>`
      }
    </div>`;
  }

  private renderSaved() {
    if (this.save !== 'local') return nothing;
    const t = this.t;
    return html`<div class="saved" part="saved">
      <p role="status">${this.savedLine}</p>
      ${this.saveError ? html`<p class="field-error" role="alert">${this.saveError}</p>` : nothing}
      ${
        this.savedAt
          ? html`<button class="button" part="button" type="button" @click=${() => this.forget()}>
              ${t.assessForget}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderErrorSummary(level: number) {
    if (!this.checked || !this.fieldErrors.length) return nothing;
    const h = heading(level);
    return html`<div
      class="error-summary"
      part="error-summary"
      id="sa-error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="sa-error-summary-title"
    >
      <${h} id="sa-error-summary-title">${this.t.assessErrorSummary}</${h}>
      <ul>
        ${this.fieldErrors.map(
          (e) =>
            html`<li>
              <a href="#${e.id}" @click=${(event: MouseEvent) => this.followLink(event, e.id)}
                >${e.name}: ${e.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderProblem() {
    const problem = this.problem;
    if (!problem) return nothing;
    const errors = problem.errors ?? [];
    const total = errors.length + (problem.more ?? 0);
    return html`<div class="error" part="problem" role="alert">
      <p class="error-title">${this.t.assessNotOpened}</p>
      <p lang=${(problem.english && this.messageLang) || nothing}>${problem.message}</p>
      ${
        errors.length
          ? html`<ul>
              ${errors.slice(0, LISTED_PROBLEMS).map((e) => {
                const [text, lang] = this.problemText(e);
                return html`<li lang=${lang ?? nothing}>
                  <code>${e.path || this.t.assessWholeFile}: ${text}</code>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${total > LISTED_PROBLEMS ? html`<p>${this.t.moreProblems(total - LISTED_PROBLEMS)}</p>` : nothing}
    </div>`;
  }

  /** A file's problem in the reader's language, or core's English (with its lang) where it has no words for it. */
  private problemText(problem: FileProblem): [text: string, lang: string | undefined] {
    const text = this.t.assessProblem(problem);
    return text === undefined ? [problem.message, this.messageLang] : [text, undefined];
  }

  private renderWarnings() {
    if (!this.warnings.length) return nothing;
    return html`<div class="warnings" part="warnings" role="status">
      <p class="error-title">${this.t.assessWarnings}</p>
      <ul>
        ${this.warnings.map((w) => {
          const [text, lang] = this.problemText(w);
          return html`<li lang=${lang ?? nothing}><code>${w.path}</code>: ${text}</li>`;
        })}
      </ul>
    </div>`;
  }

  /** The words a part is rated against: a stage's "things to think about" headings, or the hub's or element's own text. */
  private prompts(cycle: Cycle, part: RatedPart): string[] {
    if (part.kind === 'stage')
      return cycle.stages.find((s) => s.id === part.id)?.considerations.map((c) => c.title) ?? [];
    if (part.kind === 'hub') return [cycle.hub.purpose];
    const text = cycle.hub.elements.find((e) => e.id === part.id)?.text;
    return text ? [text] : [];
  }

  private renderPart(cycle: Cycle, part: RatedPart, level: number) {
    const t = this.t;
    const h = heading(level);
    const item = this.byId.get(part.id);
    const scale = this.summary!.scale;
    const prompts = this.prompts(cycle, part);
    const content = this.langs.content ?? nothing;
    const levels = this.levelsTranslated ? nothing : content;
    const id = `sa-${part.id}`;
    const links = item?.evidence ?? [];
    const levelOption = (
      value: string | undefined,
      label: string,
      hint: string,
      lang: string | typeof nothing,
    ) => {
      const optionId = `${id}-level-${value ?? 'none'}`;
      return html`<div class="radio">
        <input
          type="radio"
          id=${optionId}
          name="${id}-level"
          .value=${value ?? ''}
          .checked=${live(item?.level === value)}
          aria-describedby="${optionId}-hint"
          @change=${() => this.set(part.id, 'level', value, this.trigger())}
        />
        <label for=${optionId}>
          <span class="radio-label" lang=${lang}>${label}</span>
          <span class="hint" id="${optionId}-hint" lang=${lang}>${hint}</span>
        </label>
      </div>`;
    };
    const selected = this.link.store !== this.link.own && this.link.store.selected === part.id;
    const change = this.changeOf.get(part.id);
    return html`<fieldset class=${selected ? 'item current' : 'item'} part="item" id=${id} data-part=${part.id}>
      <legend><${h} class="item-title" lang=${content}>${t.assessPartName(part)}</${h}></legend>
      ${
        prompts.length
          ? html`<div class="prompts" part="prompts">
              <p class="prompts-title">${t.assessPrompts}</p>
              <ul lang=${content}>
                ${prompts.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        change
          ? html`<p class="change" part="change">
              <span class="change-label">${t.assessChangeColumn}:</span>
              ${t.assessChange(change.change, change.by, change.before?.label)}
            </p>`
          : nothing
      }
      <fieldset class="levels">
        <legend>${t.assessLevel}</legend>
        ${scale.levels.map((l) => levelOption(l.id, l.label, l.description, levels))}
        ${levelOption(undefined, t.assessNotRated, t.assessNotRatedHint, nothing)}
      </fieldset>
      <div class="field">
        <label for="${id}-target">${t.assessTarget}</label>
        <select
          id="${id}-target"
          @change=${(e: Event) => this.set(part.id, 'target', (e.target as HTMLSelectElement).value || undefined, this.trigger())}
        >
          <!-- The property, not the attribute: an option the reader picked ignores its attribute. -->
          <option value="" .selected=${live(!item?.target)}>${t.assessNoTarget}</option>
          ${scale.levels.map(
            (l) =>
              html`<option value=${l.id} .selected=${live(item?.target === l.id)} lang=${levels}>
                ${l.label}
              </option>`,
          )}
        </select>
      </div>
      <fieldset class="evidence">
        <legend>${t.assessEvidence}</legend>
        <p class="hint">${t.assessEvidenceHint(MAX_LINKS)}</p>
        ${links.map((link, i) => this.renderLink(part, link, i))}
        ${
          links.length < MAX_LINKS
            ? html`<button
                class="button"
                part="button"
                type="button"
                id="${id}-add"
                @click=${(e: MouseEvent) => this.addLink(part, e)}
              >
                ${t.assessAddLink}
              </button>`
            : nothing
        }
      </fieldset>
      <div class="field">
        <label for="${id}-note">${t.note}</label>
        <textarea
          id="${id}-note"
          rows="3"
          maxlength="1000"
          .value=${live(item?.note ?? '')}
          @input=${(e: Event) => this.set(part.id, 'note', (e.target as HTMLTextAreaElement).value || undefined, this.trigger())}
        ></textarea>
      </div>
    </fieldset>`;
  }

  private renderLink(part: RatedPart, link: Evidence, i: number) {
    const t = this.t;
    const field = (name: 'label' | 'url') => {
      const id = this.fieldId(part.id, i, name);
      const error = this.errorAt.get(id);
      const hint = name === 'url' ? `${id}-hint` : '';
      const describedBy = [hint, error ? `${id}-error` : ''].filter(Boolean).join(' ');
      return html`<div class="field ${error ? 'field-invalid' : ''}">
        <label for=${id}>${name === 'url' ? t.assessLinkUrl : t.assessLinkLabel}</label>
        ${name === 'url' ? html`<p class="hint" id=${hint}>${t.assessLinkUrlHint}</p>` : nothing}
        ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
        <input
          id=${id}
          type=${name === 'url' ? 'url' : 'text'}
          maxlength=${name === 'url' ? 2048 : 160}
          autocomplete="off"
          spellcheck=${name === 'url' ? 'false' : 'true'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${live(name === 'url' ? link.href : link.label)}
          @input=${(e: Event) =>
            this.editLink(part, i, name === 'url' ? 'href' : 'label', (e.target as HTMLInputElement).value)}
        />
      </div>`;
    };
    return html`<div class="link" role="group" aria-labelledby="sa-${part.id}-link-${i}">
      <p class="link-title" id="sa-${part.id}-link-${i}">${t.assessLink(i + 1)}</p>
      ${field('label')} ${field('url')}
      <button
        class="button"
        part="button"
        type="button"
        @click=${(e: MouseEvent) => this.removeLink(part, i, e)}
      >
        ${t.assessRemoveLink(i + 1)}
      </button>
    </div>`;
  }

  private renderSummary(level: number) {
    const t = this.t;
    const h = heading(level);
    const content = this.langs.content ?? nothing;
    const levels = this.levelsTranslated ? nothing : content;
    const summary = this.summary!;
    // The scrolling box is a named group, as in the guide, not a landmark: a page with two
    // assessments would otherwise have two "Summary" regions that a reader cannot tell apart.
    return html`<section class="section">
        <${h} id="sa-summary">${t.assessSummary}</${h}>
        <div class="table-scroll" role="group" aria-labelledby="sa-summary" tabindex="0">
          <table part="summary">
            <thead>
              <tr>
                <th scope="col">${t.assessPartColumn}</th>
                <th scope="col">${t.assessLevel}</th>
                <th scope="col">${t.assessTarget}</th>
                <th scope="col">${t.assessGapColumn}</th>
                ${this.comparison ? html`<th scope="col">${t.assessChangeColumn}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${summary.items.map(
                (s) =>
                  html`<tr>
                    <th scope="row" lang=${content}>${t.assessPartName(s.part)}</th>
                    <td lang=${s.level ? levels : nothing}>${s.level?.label ?? t.assessNotRated}</td>
                    <td lang=${s.target ? levels : nothing}>${s.target?.label ?? t.assessNoTarget}</td>
                    <td>${s.gap === undefined ? '' : t.assessGap(s.gap)}</td>
                    ${this.renderChangeCell(s.part.id)}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section class="section">
        <${h} id="sa-actions">${t.assessActions}</${h}>
        ${
          this.actions.length
            ? html`<p class="hint">${t.assessActionsHint}</p>
                <ol part="actions">
                  ${this.actions.map(
                    (a) =>
                      html`<li>
                        ${t.assessAction(t.assessPartName(a.part), a.level?.label ?? t.assessNotRated, a.target!.label)}
                      </li>`,
                  )}
                </ol>`
            : html`<p>${t.assessNoActions}</p>`
        }
      </section>`;
  }

  private renderChangeCell(id: string) {
    if (!this.comparison) return nothing;
    const change = this.changeOf.get(id);
    return html`<td>
      ${change ? this.t.assessChange(change.change, change.by, change.before?.label) : ''}
    </td>`;
  }

  private async onCompareFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.compareWith(file);
    input.value = '';
  }

  private renderFile(level: number) {
    const t = this.t;
    const h = heading(level);
    return html`<section class="section file" part="file">
      <${h} id="sa-file">${t.assessFile}</${h}>
      <p class="hint">${t.assessFileHint}</p>
      <div class="buttons">
        <button class="button" part="button" type="button" @click=${() => this.download('json')}>
          ${t.assessDownloadJson}
        </button>
        <button class="button" part="button" type="button" @click=${() => this.download('csv')}>
          ${t.assessDownloadCsv}
        </button>
      </div>
      <div class="field">
        <label for="sa-import">${t.assessImport}</label>
        <p class="hint" id="sa-import-hint">${t.assessImportHint}</p>
        <input
          id="sa-import"
          type="file"
          accept=".json,application/json"
          aria-describedby="sa-import-hint"
          @change=${this.onFile}
        />
      </div>
      <div class="field">
        <label for="sa-compare">${t.assessCompare}</label>
        <p class="hint" id="sa-compare-hint">${t.assessCompareHint}</p>
        <input
          id="sa-compare"
          type="file"
          accept=".json,application/json"
          aria-describedby="sa-compare-hint"
          @change=${this.onCompareFile}
        />
      </div>
      ${
        this.earlier
          ? html`<div class="buttons">
              <p class="comparing">${t.assessComparing(this.earlierName, this.earlier.date)}</p>
              <button
                class="button"
                part="button"
                type="button"
                id="sa-stop-compare"
                @click=${() => {
                  void this.compareWith(null);
                  this.focusNext = 'sa-compare';
                }}
              >
                ${t.assessStopCompare}
              </button>
            </div>`
          : nothing
      }
      ${
        this.confirming
          ? html`<div class="confirm">
              <p id="sa-clear-question" tabindex="-1">${t.assessClearQuestion}</p>
              <div class="buttons">
                <button
                  class="button danger"
                  part="button"
                  type="button"
                  id="sa-clear-yes"
                  @click=${(e: MouseEvent) => {
                    this.clearAll(triggerOf(e));
                    this.focusNext = 'sa-clear';
                  }}
                >
                  ${t.assessClearYes}
                </button>
                <button
                  class="button"
                  part="button"
                  type="button"
                  @click=${() => {
                    this.confirming = false;
                    this.focusNext = 'sa-clear';
                  }}
                >
                  ${t.assessClearNo}
                </button>
              </div>
            </div>`
          : html`<div class="buttons">
              <button
                class="button"
                part="button"
                type="button"
                id="sa-clear"
                @click=${() => {
                  this.confirming = true;
                  this.focusNext = 'sa-clear-question';
                }}
              >
                ${t.assessClear}
              </button>
            </div>`
      }
    </section>`;
  }
}
