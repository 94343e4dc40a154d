/**
 * Words of the interface (not content), in English and Welsh, overridable per element.
 *
 * Each element speaks the language of its nearest `lang` attribute, so a bilingual page can
 * hold an English and a Welsh wheel side by side. @lit/localize keeps one locale for the
 * whole page, which cannot do that, so this small table is used instead.
 */
import { WHEEL_STRINGS_EN, type WheelStrings } from '@engagement-cycle/core';

export interface UiStrings extends WheelStrings {
  loading: string;
  errorTitle: string;
  /** Shown when more problems exist than the error box lists. */
  moreProblems(count: number): string;
  retry: string;
  /** Accessible name of the list that repeats the stages in text. */
  stageListLabel: string;
  /** Heading for the hub in that list. */
  hubItem(title: string): string;
  /** Says which commissioning segment a stage belongs to. */
  inSegment(title: string): string;
}

const en: UiStrings = {
  ...WHEEL_STRINGS_EN,
  loading: 'Loading the engagement cycle…',
  errorTitle: 'The engagement cycle cannot be shown',
  moreProblems: (count) =>
    `And ${count} more problem${count === 1 ? '' : 's'}. The browser console lists them all.`,
  retry: 'Try again',
  stageListLabel: 'Stages of the cycle',
  hubItem: (title) => `Hub: ${title}`,
  inSegment: (title) => `Part of: ${title}`,
};

// Welsh wording by the project; to be checked by a Welsh speaker before a Welsh release.
const cy: UiStrings = {
  stageName: (number, total, title) => `Cam ${number} o ${total}: ${title}`,
  hubName: (title) => `Canolbwynt: ${title}`,
  selectedSuffix: ' (wedi’i ddewis)',
  loading: 'Yn llwytho’r cylch ymgysylltu…',
  errorTitle: 'Does dim modd dangos y cylch ymgysylltu',
  moreProblems: (count) => `A ${count} problem arall. Mae consol y porwr yn eu rhestru i gyd.`,
  retry: 'Rhowch gynnig arall arni',
  stageListLabel: 'Camau’r cylch',
  hubItem: (title) => `Canolbwynt: ${title}`,
  inSegment: (title) => `Rhan o: ${title}`,
};

// One table per language. Element modules add their own words with extendStrings(), so the
// wheel does not carry the guide's words and every element still reads one table.
const tables = new Map<string, Partial<UiStrings>>([
  ['en', en],
  ['cy', cy],
]);

/** Adds or replaces the strings of a language for every element on the page. */
export function registerStrings(lang: string, strings: Partial<UiStrings> & Record<string, unknown>): void {
  const key = lang.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
}

/** Adds an element's own words, in English and Welsh (and any other language it has). */
export function extendStrings(byLang: Record<string, object>): void {
  for (const [lang, strings] of Object.entries(byLang))
    registerStrings(lang, strings as Record<string, unknown>);
}

/** The `lang` that applies to `el`: its own or its nearest ancestor's, across shadow roots. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/**
 * The strings for `lang`, most specific last: English (so nothing is ever missing), the
 * language ("cy" for "cy-GB"), the exact tag, then an element's own overrides.
 */
export function stringsFor(lang: string, overrides?: Partial<UiStrings>): UiStrings {
  const key = lang.toLowerCase();
  const primary = key.split('-')[0]!;
  return { ...tables.get('en'), ...tables.get(primary), ...tables.get(key), ...overrides } as UiStrings;
}
