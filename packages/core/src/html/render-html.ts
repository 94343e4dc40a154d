/**
 * The whole cycle as one self-contained HTML fragment, for pages that allow no scripts: a
 * CMS that strips `<script>`, an intranet that blocks it, paper, and the light-DOM fallback
 * an element shows until it has drawn itself.
 *
 * It holds the wheel as inline SVG (drawn by `renderWheelSvg`, each stage linking to its
 * section below), the text list of stages, every stage's and the hub's content as the guide
 * shows it, the who-does-what table, and the credit. Plain semantic HTML: no script, no event
 * handler, no `style` attribute. An optional `<style>` block makes it tidier; without it
 * (many CMSs strip it) the headings, lists and table still read well.
 *
 * Every string from the cycle is escaped. The cycle is one `parseCycle` returned, so its
 * links are already known to be safe; they are escaped all the same.
 */
import type { Consideration, Cycle, GlossaryTerm, LocalContent, Reference, Stage } from '../types.js';
import { HUB_ID } from '../constants.js';
import { HUB_HASH, stageHash } from '../deep-link.js';
import { termsIn, textsAt } from '../glossary.js';
import { whoDoesWhat, type Matrix, type MatrixSection } from '../matrix.js';
import { escapeXml, renderWheelSvg } from '../wheel/render-svg.js';
import { WHEEL_COLOURS } from '../wheel/palette.js';
import { HTML_STRINGS_EN, type HtmlStrings } from './strings.js';
import { HTML_STRINGS_CY } from './strings-cy.js';

/** The built-in languages of the export, by primary language subtag. */
export const HTML_STRINGS: Readonly<Record<string, HtmlStrings>> = {
  en: HTML_STRINGS_EN,
  cy: HTML_STRINGS_CY,
};

export interface HtmlOptions {
  /**
   * Which stages to write out in full, by id, in the cycle's order whatever order is given.
   * Default: every stage. The wheel and the list of stages always show the whole cycle; a
   * stage left out is not linked.
   */
  stages?: readonly string[];
  /** Write out the hub's content (and its column of the table). Default true. */
  hub?: boolean;
  /** Draw the wheel as inline SVG. Default true. */
  wheel?: boolean;
  /** Add the who-does-what table of every role at every stage written out. Default true. */
  table?: boolean;
  /**
   * The level of the fragment's main heading, 1 to 6 (default 2). Each stage's heading is
   * one level down, its sections two; levels past 6 stay at 6.
   */
  headingLevel?: number;
  /** The language of the interface words: `en` (default) or `cy`, or a tag such as `cy-GB`. */
  lang?: string;
  /** Words to use instead of the built-in ones, e.g. a page's own wording of a heading. */
  strings?: Partial<HtmlStrings>;
  /** Add a `<style>` block that tidies the fragment (it reads well without). Default true. */
  styles?: boolean;
}

/** The fragment's look. Class names only (no ids, no element selectors outside the fragment). */
const STYLE = `<style>
.ec-export{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:${WHEEL_COLOURS.text};max-width:48rem}
.ec-export svg{display:block;max-width:36rem;margin:0 auto 1rem}
.ec-export a{color:${WHEEL_COLOURS.link}}
.ec-export a:focus{outline:3px solid transparent;background:#ffeb3b;color:#212b32;box-shadow:0 -2px #ffeb3b,0 4px #212b32;text-decoration:none}
.ec-export .ec-stage{border-top:1px solid #d8dde0;margin-top:2rem;padding-top:1rem}
.ec-export .ec-mark,.ec-export .ec-note-label{font-weight:bold}
.ec-export .ec-small,.ec-export .ec-credit{font-size:.875rem;color:#4c6272}
.ec-export dt{font-weight:bold}
.ec-export dd{margin:0 0 .5rem 1rem}
.ec-export .ec-table{overflow-x:auto}
.ec-export .ec-table:focus{outline:3px solid #212b32;outline-offset:3px;box-shadow:0 0 0 6px #ffeb3b}
.ec-export table{border-collapse:collapse;font-size:.875rem}
.ec-export caption{text-align:left;font-weight:bold;padding:.5rem 0}
.ec-export th,.ec-export td{border:1px solid #d8dde0;padding:.25rem .5rem;text-align:left;vertical-align:top}
.ec-export thead th,.ec-export th[scope=rowgroup]{background:#f0f4f5}
@media print{.ec-export .ec-back{display:none}.ec-export .ec-stage{break-before:page;border:0}.ec-export a{color:inherit}.ec-export svg{max-width:14cm}}
@media (forced-colors:active){.ec-export a:focus{outline-color:Highlight}}
</style>`;

/** Escapes text for HTML content or a quoted attribute. */
const esc = escapeXml;

/**
 * Opens the box a wide table scrolls in on a narrow screen (with the styles). A box that
 * scrolls must be reachable by keyboard, so it is a named, focusable region.
 */
const scrollBox = (name: string) =>
  `<div class="ec-table" tabindex="0" role="region" aria-label="${esc(name)}">`;

/** The primary subtag of a language tag, lower case: `cy` for `cy-GB`. */
const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;

/**
 * Checks the options, so a mistake reads as a sentence rather than a fragment quietly missing
 * what was asked for.
 */
function check(cycle: Cycle, options: HtmlOptions): void {
  const level = options.headingLevel;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6))
    throw new RangeError(`headingLevel must be a whole number from 1 to 6, not ${String(level)}`);
  if (options.lang !== undefined && !HTML_STRINGS[primary(options.lang)])
    throw new RangeError(
      `lang "${options.lang}" has no built-in words; use one of: ${Object.keys(HTML_STRINGS).join(', ')} (or give strings)`,
    );
  const ids = new Set(cycle.stages.map((s) => s.id));
  const unknown = (options.stages ?? []).filter((id) => !ids.has(id));
  if (unknown.length)
    throw new RangeError(
      `stages: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a stage of this cycle; use some of: ${[...ids].join(', ')}`,
    );
}

/**
 * The cycle as one HTML fragment (a `<div class="ec-export">`), with no script, no event
 * handler and no `style` attribute. Throws a `RangeError` for options it cannot honour
 * (an unknown stage id, a heading level out of range, a language with no words).
 */
export function cycleToHtml(cycle: Cycle, options: HtmlOptions = {}): string {
  check(cycle, options);
  const uiLang = options.lang ?? 'en';
  const t: HtmlStrings = { ...(HTML_STRINGS[primary(uiLang)] ?? HTML_STRINGS_EN), ...options.strings };
  const total = cycle.stages.length;
  const chosen = new Set(options.stages ?? cycle.stages.map((s) => s.id));
  const stages = cycle.stages.filter((s) => chosen.has(s.id));
  const withHub = options.hub !== false;
  const top = options.headingLevel ?? 2;
  const h = (offset: number, body: string, attrs = '') => {
    const tag = `h${Math.min(6, top + offset)}`;
    return `<${tag}${attrs}>${body}</${tag}>`;
  };

  // The interface's words and the content may be in different languages (Welsh words round
  // the English default content): each is marked with its own, so a screen reader voices both
  // right (WCAG 3.1.2). The fragment itself carries the content's language.
  const contentLang = cycle.lang ?? 'en';
  const differs = primary(contentLang) !== primary(uiLang);
  const ui = (words: string) => (differs ? `<span lang="${esc(uiLang)}">${esc(words)}</span>` : esc(words));
  /** Interface words with content inside ("Stage 2 of 5: …"), each part in its language. */
  const mixed = (words: (content: string) => string, content: string) => {
    if (!differs) return esc(words(content));
    const SLOT = '\u{E000}';
    const parts = words(SLOT).split(SLOT);
    return parts
      .map((part, i) => (part ? ui(part) : '') + (i < parts.length - 1 ? esc(content) : ''))
      .join('');
  };

  const anchorOf = (stage: Stage) => stageHash(stage.number).slice(1);
  const HUB_ANCHOR = HUB_HASH.slice(1);
  const LIST_ANCHOR = 'ec-stages';

  const mark = (basis: string | undefined) =>
    basis === 'suggested' ? ` <span class="ec-mark">(${ui(t.suggested)})</span>` : '';
  const list = (items: readonly string[] | undefined) =>
    items?.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';
  const link = (href: string | undefined, text: string) =>
    href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text);
  const section = (title: string, body: string, offset: number) =>
    body ? `${h(offset, ui(title))}${body}` : '';

  const matrix = whoDoesWhat(cycle);
  const suggestedAt = new Set([
    ...(cycle.responsibilities ?? []).filter((r) => r.basis === 'suggested').map((r) => r.stage),
    ...cycle.stages.filter((s) => s.considerations.some((c) => c.basis === 'suggested')).map((s) => s.id),
    ...(cycle.hub.elements.some((e) => e.basis === 'suggested') ? [HUB_ID] : []),
  ]);

  /** Who does what at one stage or the hub, in role groups, as the guide lists it. */
  const rolesAt = (id: string, offset: number) => {
    const column = matrix.columns.findIndex((c) => c.id === id);
    const sections: MatrixSection[] = matrix.sections
      .map((s) => ({ ...s, rows: s.rows.filter((row) => row.cells[column]!.text) }))
      .filter((s) => s.rows.length);
    const body = sections
      .map(
        (s) =>
          (s.group ? h(offset + 1, esc(s.group.name)) : '') +
          `<dl>${s.rows
            .map((row) => {
              const cell = row.cells[column]!;
              return `<dt>${esc(row.role.name)}</dt><dd>${esc(cell.text!)}${mark(cell.basis)}</dd>`;
            })
            .join('')}</dl>`,
      )
      .join('');
    return section(t.whoDoesWhat, body, offset);
  };

  const notes = (items: readonly string[] | undefined) =>
    (items ?? [])
      .map((n) => `<p><span class="ec-note-label">${ui(`${t.note}:`)}</span> ${esc(n)}</p>`)
      .join('');

  const local = (content: LocalContent, offset: number) =>
    section(
      t.links,
      content.links?.length
        ? `<ul>${content.links.map((l) => `<li>${link(l.href, l.label)}</li>`).join('')}</ul>`
        : '',
      offset,
    ) +
    section(
      t.caseStudies,
      content.caseStudies?.length
        ? `<ul>${content.caseStudies
            .map(
              (c) =>
                `<li>${c.href ? link(c.href, c.title) : `<strong>${esc(c.title)}</strong>`}${
                  c.organisation ? ` (${esc(c.organisation)})` : ''
                }${c.summary ? `<br>${esc(c.summary)}` : ''}</li>`,
            )
            .join('')}</ul>`
        : '',
      offset,
    ) +
    section(
      t.contacts,
      content.contacts?.length
        ? `<ul>${content.contacts
            .map(
              (c) =>
                `<li>${c.href ? link(c.href, c.name) : esc(c.name)}${c.role ? `, ${esc(c.role)}` : ''}${
                  c.email ? `<br>${ui(t.email)}: ${link(`mailto:${c.email}`, c.email)}` : ''
                }${c.phone ? `<br>${ui(t.phone)}: ${link(`tel:${c.phone.replace(/[^0-9+]/g, '')}`, c.phone)}` : ''}</li>`,
            )
            .join('')}</ul>`
        : '',
      offset,
    );

  const key = (id: string) =>
    suggestedAt.has(id) ? `<p class="ec-small">${ui(`(${t.suggested}): ${t.suggestedExplained}.`)}</p>` : '';

  const terms = (id: string, offset: number) => {
    const found: GlossaryTerm[] = termsIn(cycle.glossary, textsAt(cycle, id));
    return found.length
      ? section(
          t.glossaryHeading,
          `<p class="ec-small">${ui(t.glossaryNote)}</p><dl>${found
            .map((g) => `<dt>${esc(g.term)}</dt><dd>${esc(g.definition)}</dd>`)
            .join('')}</dl>`,
          offset,
        )
      : '';
  };

  const sources = (part: { sources?: string[]; version?: string }, offset: number) => {
    const refs = (part.sources ?? [])
      .map((id) => cycle.references?.find((r) => r.id === id))
      .filter((r): r is Reference => r !== undefined);
    const version = cycle.versions?.find((v) => v.id === part.version);
    return section(
      t.sources,
      (version
        ? `<p>${ui(t.follows(version.period ? `${version.title} (${version.period})` : version.title))}</p>`
        : '') +
        (refs.length ? `<ul>${refs.map((r) => `<li>${link(r.url, r.title)}</li>`).join('')}</ul>` : ''),
      offset,
    );
  };

  const back = `<p class="ec-back"><a href="#${LIST_ANCHOR}">${ui(t.backToStages)}</a></p>`;

  const consideration = (c: Consideration, offset: number) => {
    const byProject =
      c.basis === 'source' && c.titleBasis === 'suggested'
        ? ` <span class="ec-mark">(${ui(t.headingByProject)})</span>`
        : mark(c.basis);
    return h(offset, esc(c.title) + byProject) + list(c.points);
  };

  const stageHtml = (stage: Stage) => {
    const id = anchorOf(stage);
    return `<section class="ec-stage" id="${id}" aria-labelledby="${id}-title">${h(
      1,
      mixed((title) => t.stageName(stage.number, total, title), stage.title),
      ` id="${id}-title"`,
    )}<p><strong>${ui(`${t.engages}:`)}</strong> ${esc(stage.engages)}</p>${section(
      t.purpose,
      `<p>${esc(stage.purpose)}</p>`,
      2,
    )}${section(t.considerations, stage.considerations.map((c) => consideration(c, 3)).join(''), 2)}${section(
      t.benefits,
      list(stage.benefits),
      2,
    )}${section(t.methods, list(stage.methods), 2)}${rolesAt(stage.id, 2)}${local(stage, 2)}${section(
      t.notes,
      list(stage.notes),
      2,
    )}${key(stage.id)}${terms(stage.id, 2)}${sources(stage, 2)}${back}</section>`;
  };

  const about = () => {
    const framework = cycle.framework;
    const cellOf = (level: string, kind: string) =>
      framework?.cells.find((c) => c.level === level && c.kind === kind)?.text;
    return (
      section(
        t.modelPurposes,
        (cycle.summary ? `<p>${esc(cycle.summary)}</p>` : '') + list(cycle.purposes?.map((p) => p.text)),
        2,
      ) +
      section(
        t.reasons,
        cycle.reasons?.length
          ? `<dl>${cycle.reasons.map((r) => `<dt>${esc(r.title)}</dt><dd>${esc(r.text)}${notes(r.notes)}</dd>`).join('')}</dl>`
          : '',
        2,
      ) +
      (framework
        ? h(2, esc(framework.title)) +
          `${scrollBox(framework.title)}<table><thead><tr><th scope="col">${ui(t.frameworkLevel)}</th>${framework.kinds
            .map((k) => `<th scope="col">${esc(k.name)}</th>`)
            .join('')}</tr></thead><tbody>${framework.levels
            .map(
              (l) =>
                `<tr><th scope="row">${esc(l.name)}</th>${framework.kinds
                  .map((k) => `<td>${esc(cellOf(l.id, k.id) ?? '–')}</td>`)
                  .join('')}</tr>`,
            )
            .join('')}</tbody></table></div><dl>${framework.levels
            .map((l) => `<dt>${esc(l.name)}</dt><dd>${esc(l.description)}</dd>`)
            .join('')}</dl>${framework.outcome ? `<p>${esc(framework.outcome)}</p>` : ''}`
        : '') +
      (cycle.principles ?? [])
        .map((p) => h(2, esc(p.title)) + `<p>${esc(p.text)}</p>${p.credit ? `<p>${esc(p.credit)}</p>` : ''}`)
        .join('') +
      section(
        t.versions,
        (cycle.versions ?? [])
          .map((v) => h(3, esc(v.title) + (v.period ? ` (${esc(v.period)})` : '')) + `<p>${esc(v.text)}</p>`)
          .join(''),
        2,
      )
    );
  };

  const hubHtml = () => {
    const hub = cycle.hub;
    return `<section class="ec-stage" id="${HUB_ANCHOR}" aria-labelledby="${HUB_ANCHOR}-title">${h(
      1,
      mixed(t.hubName, hub.title),
      ` id="${HUB_ANCHOR}-title"`,
    )}${section(t.purpose, `<p>${esc(hub.purpose)}</p>`, 2)}${section(
      t.keyElements,
      hub.elements.length
        ? `<ol>${hub.elements
            .map(
              (e) =>
                `<li><strong>${esc(e.title)}</strong>${mark(e.basis)}${e.text ? `<br>${esc(e.text)}` : ''}${notes(e.notes)}</li>`,
            )
            .join('')}</ol>`
        : '',
      2,
    )}${section(t.notes, list(hub.notes), 2)}${rolesAt(HUB_ID, 2)}${about()}${local(hub, 2)}${key(HUB_ID)}${terms(
      HUB_ID,
      2,
    )}${sources(hub, 2)}${back}</section>`;
  };

  const segmentOf = new Map<string, { title: string; suggested: boolean }>();
  for (const seg of cycle.segments ?? [])
    for (const id of seg.stages)
      segmentOf.set(id, { title: seg.title, suggested: seg.basis === 'suggested' });
  const anySuggestedSegment = (cycle.segments ?? []).some((s) => s.basis === 'suggested');

  const stageList = `<nav id="${LIST_ANCHOR}" aria-labelledby="${LIST_ANCHOR}-title">${h(
    1,
    ui(t.stageListLabel),
    ` id="${LIST_ANCHOR}-title"`,
  )}<ol>${cycle.stages
    .map((s) => {
      const segment = segmentOf.get(s.id);
      const title = chosen.has(s.id) ? `<a href="#${anchorOf(s)}">${esc(s.title)}</a>` : esc(s.title);
      const part = segment ? ` (${mixed((x) => t.inSegment(x, segment.suggested), segment.title)})` : '';
      return `<li>${title}${part}</li>`;
    })
    .join(
      '',
    )}</ol><p>${withHub ? `<a href="#${HUB_ANCHOR}">${mixed(t.hubItem, cycle.hub.title)}</a>` : mixed(t.hubItem, cycle.hub.title)}</p>${
    anySuggestedSegment ? `<p class="ec-small">${ui(t.ringNote)}</p>` : ''
  }</nav>`;

  const wheel =
    options.wheel === false
      ? ''
      : renderWheelSvg(cycle, {
          fluid: true,
          credit: false,
          strings: t,
          href: (s) => (chosen.has(s.id) ? stageHash(s.number) : `#${LIST_ANCHOR}`),
          hubHref: withHub ? HUB_HASH : `#${LIST_ANCHOR}`,
        }).replace(/\n/g, '');

  const table = options.table === false ? '' : matrixTable(matrix, chosen, withHub, t, esc, ui, mark);

  const { source } = cycle;
  const credit = `<p class="ec-credit">${esc(source.credit)} ${ui(`${t.creditSource}:`)} ${link(source.url, source.name)}${
    source.url ? ` (${esc(source.url)})` : ''
  }. ${ui(`${t.creditLicence}:`)} ${link(source.licence.url, source.licence.name)}${
    source.licence.url ? ` (${esc(source.licence.url)})` : ''
  }.</p>`;

  return [
    `<div class="ec-export" lang="${esc(contentLang)}">`,
    options.styles === false ? '' : STYLE,
    h(0, esc(cycle.title)),
    cycle.summary ? `<p>${esc(cycle.summary)}</p>` : '',
    wheel,
    stageList,
    withHub ? hubHtml() : '',
    ...stages.map(stageHtml),
    table,
    credit,
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Who does what as a real table: a caption, a header row of columns (`scope="col"`), a row
 * group per role group (`scope="rowgroup"`) and each role's name as the header of its row.
 */
function matrixTable(
  matrix: Matrix,
  chosen: ReadonlySet<string>,
  withHub: boolean,
  t: HtmlStrings,
  esc: (s: string) => string,
  ui: (s: string) => string,
  mark: (basis: string | undefined) => string,
): string {
  if (!matrix.rows.length) return '';
  const shown = matrix.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => (c.id === HUB_ID ? withHub : chosen.has(c.id)));
  if (!shown.length) return '';
  const width = shown.length + 1;
  const head = shown
    .map(({ c }) =>
      c.number === undefined ? t.hubColumn(c.shortTitle) : t.stageColumn(c.number, c.shortTitle),
    )
    .map((name) => `<th scope="col">${esc(name)}</th>`)
    .join('');
  const body = matrix.sections
    .map(
      (s) =>
        `<tbody>${s.group ? `<tr><th scope="rowgroup" colspan="${width}">${esc(s.group.name)}</th></tr>` : ''}${s.rows
          .map(
            (row) =>
              `<tr><th scope="row">${esc(row.role.name)}${mark(row.role.basis)}</th>${shown
                .map(({ i }) => {
                  const cell = row.cells[i]!;
                  return `<td>${cell.text ? esc(cell.text) + mark(cell.basis) : ui(t.noPart)}</td>`;
                })
                .join('')}</tr>`,
          )
          .join('')}</tbody>`,
    )
    .join('');
  return `${scrollBox(t.matrixCaption)}<table><caption>${ui(t.matrixCaption)}</caption><thead><tr><th scope="col">${ui(
    t.roleColumn,
  )}</th>${head}</tr></thead>${body}</table></div>`;
}
