/**
 * Which glossary terms a piece of content uses, so that the guide and the matrix can explain
 * the words they show, and only those, in a list that screen readers and paper both get.
 */
import type { Cycle, GlossaryTerm, StageRef } from './types.js';
import { HUB_ID } from './constants.js';

type Finder = { term: GlossaryTerm; patterns: RegExp[] };

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
      // Short forms in capitals (PROMs, CCG) match only as written, so "proms" is not PROMs;
      // other forms in any case. Two patterns, not one with an inline (?-i:) group, which
      // Node 20 and older browsers cannot compile.
      const short = forms.filter((f) => /^[A-Z]{2,}s?$/.test(f));
      const words = forms.filter((f) => !short.includes(f));
      // Whole words only, with an optional plural "s".
      const whole = (list: string[], flags: string) =>
        new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})s?(?![\\p{L}\\p{N}])`, flags);
      const patterns: RegExp[] = [];
      if (words.length) patterns.push(whole(words, 'iu'));
      if (short.length) patterns.push(whole(short, 'u'));
      return { term, patterns };
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
    .filter((f) => f.patterns.some((p) => p.test(all)))
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
