/**
 * The page inside the iframe embed (`embed.html`): reads what to show from its query
 * (`?stage=stage-2&theme=dark&lang=cy&parts=wheel,guide`), draws it with the elements, and
 * tells its parent how tall it is whenever that changes.
 *
 * Every value from the query is checked against a fixed list or pattern and set as an
 * attribute; nothing from it is ever written as HTML. A value that is not understood is
 * ignored with a warning in the console, and the embed shows its default instead.
 */
import '../index.js';
import { ASK_MESSAGE, HEIGHT_MESSAGE, type HeightMessage } from './messages.js';

const PARTS = ['wheel', 'guide', 'matrix'] as const;
type Part = (typeof PARTS)[number];
const THEMES = ['light', 'dark', 'auto'];
const LANGS: Record<string, string> = { en: 'en-GB', cy: 'cy' };
/** A stage id as the data format allows them, or `hub`; the store itself warns of an unknown one. */
const STAGE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const warn = (name: string, value: string, expected: string) =>
  console.warn(`engagement-cycle embed: ignored ${name}="${value.slice(0, 80)}"; expected ${expected}.`);

export interface EmbedOptions {
  stage?: string;
  theme?: string;
  lang?: string;
  parts: Part[];
}

/** What the query asks for, with anything not understood left out (and warned of). */
export function readQuery(search: string): EmbedOptions {
  const query = new URLSearchParams(search);
  const options: EmbedOptions = { parts: [...PARTS] };
  const stage = query.get('stage');
  if (stage !== null) {
    if (STAGE_ID.test(stage)) options.stage = stage;
    else warn('stage', stage, 'a stage id such as stage-2, or hub');
  }
  const theme = query.get('theme');
  if (theme !== null) {
    if (THEMES.includes(theme)) options.theme = theme;
    else warn('theme', theme, THEMES.join(', '));
  }
  const lang = query.get('lang');
  if (lang !== null) {
    if (LANGS[lang]) options.lang = LANGS[lang];
    else warn('lang', lang, Object.keys(LANGS).join(', '));
  }
  const parts = query.get('parts');
  if (parts !== null) {
    const asked = parts.split(',').map((p) => p.trim());
    const known = asked.filter((p): p is Part => (PARTS as readonly string[]).includes(p));
    for (const p of asked) if (!known.includes(p as Part)) warn('parts', p, PARTS.join(', '));
    if (known.length) options.parts = PARTS.filter((p) => known.includes(p));
  }
  return options;
}

/** The elements for the parts asked for: the composite when it fits, else linked elements. */
function build(options: EmbedOptions): HTMLElement[] {
  const set = (el: HTMLElement, name: string, value: string | undefined) => {
    if (value !== undefined) el.setAttribute(name, value);
    return el;
  };
  const { parts } = options;
  if (parts.includes('wheel') && parts.includes('guide')) {
    const composite = document.createElement('ec-engagement-cycle');
    set(composite, 'selected', options.stage);
    set(composite, 'theme', options.theme);
    if (!parts.includes('matrix')) composite.setAttribute('hide-matrix', '');
    return [composite];
  }
  const tags = { wheel: 'ec-cycle-wheel', guide: 'ec-stage-guide', matrix: 'ec-who-does-what' };
  return parts.map((part) => {
    const el = document.createElement(tags[part]);
    set(el, 'theme', options.theme);
    if (part === 'wheel') set(set(el, 'id', 'wheel'), 'selected', options.stage);
    else if (parts.includes('wheel')) el.setAttribute('for', 'wheel');
    else set(el, 'selected', options.stage);
    return el;
  });
}

/** Says the content's height to `parent` whenever it changes, and again when asked. */
function reportHeight(content: HTMLElement, parent: Window): void {
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // The height is no secret and the page that embeds us is not known in advance, so any
    // parent may hear it; the host script checks that it came from this frame's origin.
    parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post()).observe(content);
  window.addEventListener('message', (event) => {
    if (event.source === parent && (event.data as { type?: unknown } | null)?.type === ASK_MESSAGE)
      post(true);
  });
}

/**
 * Draws what `search` asks for into `content` and, inside a frame, tells `parent` its height.
 * @returns the options read from the query
 */
export function startEmbed(content: HTMLElement, search: string, parent: Window | null): EmbedOptions {
  const options = readQuery(search);
  if (options.lang) document.documentElement.lang = options.lang;
  content.replaceChildren(...build(options));
  if (parent) reportHeight(content, parent);
  return options;
}

const content = document.getElementById('embed');
if (content) startEmbed(content, location.search, window.parent === window ? null : window.parent);
