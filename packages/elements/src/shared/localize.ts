/**
 * Words of the interface (not content), in English and Welsh, overridable per page and per
 * element.
 *
 * Each element speaks the language of its nearest `lang` attribute, so a bilingual page can
 * hold an English and a Welsh wheel side by side. @lit/localize keeps one locale for the
 * whole page, which cannot do that, so this small scheme is used instead:
 * - each element has its English words as a typed object (so nothing is ever missing);
 * - every other language has one module per element in ../locales/ (Welsh: ../locales/cy/),
 *   loaded the first time that element speaks it, so English pages never download Welsh and
 *   a Welsh wheel never downloads the words of the self-assessment;
 * - a page adds or changes words with registerStrings(), an element with its `strings`.
 * Nothing here runs on import, so modules have no side effects and bundlers may drop what a
 * page does not use.
 */
import { SUGGESTED_WORDS_EN, WHEEL_STRINGS_EN, type SuggestedWords } from '@engagement-cycle/core';

/** Words every element can show: loading and error states. */
export interface StateStrings {
  loading: string;
  errorTitle: string;
  /** Shown when more problems exist than the error box lists. */
  moreProblems(count: number): string;
  retry: string;
}

/** How a suggestion is marked, in words, wherever content is shown (guide and matrix); from core. */
export type SuggestedStrings = SuggestedWords;

export const stateStrings: StateStrings = {
  loading: 'Loading the engagement cycle…',
  errorTitle: 'The engagement cycle cannot be shown',
  moreProblems: (count) =>
    `And ${count} more problem${count === 1 ? '' : 's'}. The browser console lists them all.`,
  retry: 'Try again',
};

/** The names of stages and the hub, which the wheel, the guide and the static SVG share. */
export const nameStrings: typeof WHEEL_STRINGS_EN = WHEEL_STRINGS_EN;

export const suggestedStrings: SuggestedStrings = SUGGESTED_WORDS_EN;

/**
 * The page's own words, set with registerStrings(). Kept on a global symbol, so a page that
 * loads two copies of the elements (the CDN file and an npm build) still has one table.
 */
const PAGE_KEY = Symbol.for('engagement-cycle.strings');
interface PageStrings {
  tables: Map<string, Record<string, unknown>>;
  /** Told when the tables change, so elements already drawn can redraw in the new words. */
  listeners: Set<() => void>;
}
const holder = globalThis as { [PAGE_KEY]?: PageStrings };
const page: PageStrings = (holder[PAGE_KEY] ??= { tables: new Map(), listeners: new Set() });

/**
 * Adds or replaces interface words of `lang` for every element on the page, e.g.
 * `registerStrings('cy', { retry: '…' })`. Elements already drawn redraw.
 */
export function registerStrings(lang: string, strings: Record<string, unknown>): void {
  const key = lang.toLowerCase();
  page.tables.set(key, { ...page.tables.get(key), ...strings });
  for (const listener of page.listeners) listener();
}

/** Calls `listener` whenever registerStrings() changes the page's words; returns a stop function. */
export function onStringsRegistered(listener: () => void): () => void {
  page.listeners.add(listener);
  return () => page.listeners.delete(listener);
}

/**
 * The strings for `lang`, most specific last: the element's English, the language's module
 * (once loaded), the page's words for the language ("cy" for "cy-GB") and for the exact tag,
 * then the element's own `strings` property.
 */
export function stringsFor<S>(lang: string, english: S, overrides?: Partial<S>, locales?: Locales): S {
  const key = lang.toLowerCase();
  const primary = key.split('-')[0]!;
  const load = locales?.[primary];
  return {
    ...english,
    ...((load && loaded.get(load)) as Partial<S> | undefined),
    ...(page.tables.get(primary) as Partial<S> | undefined),
    ...(page.tables.get(key) as Partial<S> | undefined),
    ...overrides,
  } as S;
}

/**
 * An element's built-in languages besides English: for each, a function that loads its
 * words (one module per element and language, e.g. `../locales/cy/wheel.js`).
 */
export type Locales = Readonly<Record<string, () => Promise<{ default: object }>>>;
/** The words loaded, by the function that loaded them. */
const loaded = new Map<() => Promise<{ default: object }>, object>();
const loading = new Map<() => Promise<{ default: object }>, Promise<void>>();

/**
/**
 * Hands over an element's words of a built-in language at once, so no element waits for
 * them: the server entry (`../ssr.ts`) gives every element's words of every language it has.
 * `load` is the element's loader of that language (its `locales[lang]`).
 * @internal
 */
export function provideLocale(load: () => Promise<{ default: object }>, words: object): void {
  loaded.set(load, words);
}

/**
 * Loads an element's built-in words of `lang` if it has any that are not loaded yet;
 * undefined when there is nothing to wait for.
 */
export function loadLocale(lang: string, locales: Locales): Promise<void> | undefined {
  const load = locales[lang.toLowerCase().split('-')[0]!];
  if (!load || loaded.has(load)) return undefined;
  let promise = loading.get(load);
  if (!promise) {
    promise = load().then(
      (module) => void loaded.set(load, module.default),
      // A chunk that cannot be fetched leaves the interface in English, never broken.
      () => void loaded.set(load, {}),
    );
    loading.set(load, promise);
  }
  return promise;
}
