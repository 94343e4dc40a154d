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

const tables = new Map<string, UiStrings>([
  ['en', en],
  ['cy', cy],
]);

/** Adds or replaces the strings of a language for every element on the page. */
export function registerStrings(lang: string, strings: Partial<UiStrings>): void {
  const key = lang.toLowerCase();
  tables.set(key, { ...(tables.get(key) ?? en), ...strings });
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

/** The strings for `lang` ("cy-GB" uses "cy"), with an element's own overrides on top. */
export function stringsFor(lang: string, overrides?: Partial<UiStrings>): UiStrings {
  const key = lang.toLowerCase();
  const base = tables.get(key) ?? tables.get(key.split('-')[0]!) ?? en;
  return overrides ? { ...base, ...overrides } : base;
}
