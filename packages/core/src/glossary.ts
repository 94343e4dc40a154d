/**
 * Which glossary terms a piece of content uses, so that the guide and the matrix can explain
 * the words they show, and only those, in a list that screen readers and paper both get.
 */
import type { Cycle, GlossaryTerm, StageRef } from './types.js';
import { HUB_ID } from './constants.js';

type Finder = { term: GlossaryTerm; pattern: RegExp };

// Compiled once per glossary: a cycle's data is frozen, so its glossary list is a stable key.
const compiled = new WeakMap<readonly GlossaryTerm[], Finder[]>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Patient-reported outcome measures (PROMs)" is looked for as its words before the brackets. */
const plain = (term: string) => term.replace(/\s*\([^)]*\)\s*$/, '');

function finders(glossary: readonly GlossaryTerm[]): Finder[] {
  let list = compiled.get(glossary);
  if (!list) {
    list = glossary.map((term) => {
      const forms = [plain(term.term), ...(term.matches ?? [])].filter((f) => f.trim());
      // Whole words only ("silo" must not match "silos" by accident of a prefix, but a plural
      // "s" is allowed), and short forms in capitals (PROMs, CCG) match only as written.
      const alternatives = forms.map((f) => (/^[A-Z]{2,}s?$/.test(f) ? `(?-i:${escape(f)})` : escape(f)));
      return {
        term,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'iu'),
      };
    });
    compiled.set(glossary, list);
  }
  return list;
}

/** The glossary terms that appear in any of `texts`, in the glossary's order. */
export function termsIn(
  glossary: readonly GlossaryTerm[] | undefined,
  texts: readonly string[],
): GlossaryTerm[] {
  if (!glossary?.length || !texts.length) return [];
  const all = texts.join('\n');
  return finders(glossary)
    .filter((f) => f.pattern.test(all))
    .map((f) => f.term);
}

/** Every text the guide shows for one stage or the hub, for `termsIn`. */
export function textsAt(cycle: Cycle, id: StageRef): string[] {
  const roles = new Map((cycle.roles ?? []).map((r) => [r.id, r]));
  const cells = (cycle.responsibilities ?? [])
    .filter((r) => r.stage === id)
    .flatMap((r) => [r.text, roles.get(r.role)?.name ?? '']);
  if (id === HUB_ID) {
    const hub = cycle.hub;
    return [
      hub.title,
      hub.purpose,
      ...hub.elements.flatMap((e) => [e.title, e.text ?? '', ...(e.notes ?? [])]),
      ...(hub.notes ?? []),
      ...cells,
      cycle.summary ?? '',
      ...(cycle.purposes ?? []).map((p) => p.text),
      ...(cycle.reasons ?? []).flatMap((r) => [r.title, r.text, ...(r.notes ?? [])]),
      ...(cycle.principles ?? []).map((p) => p.text),
      ...(cycle.framework?.cells ?? []).map((c) => c.text),
      ...(cycle.framework?.levels ?? []).map((l) => l.description),
    ];
  }
  const stage = cycle.stages.find((s) => s.id === id);
  if (!stage) return [];
  return [
    stage.title,
    stage.engages,
    stage.purpose,
    ...stage.considerations.flatMap((c) => [c.title, ...c.points]),
    ...stage.benefits,
    ...stage.methods,
    ...(stage.notes ?? []),
    ...cells,
  ];
}
