/**
 * Registers a custom element unless a tag of that name already exists. A CMS page can easily
 * load the bundle twice (a template and a widget both adding the script); a second
 * `customElements.define` would throw and stop the rest of that script.
 *
 * Each copy of the code also signs in on a global symbol with the build it comes from
 * ("CDN 0.1.0", "npm 0.1.0", written in by rollup). When two different builds meet on one
 * page (the CDN file and a site's npm bundle, or two versions), the console says so once,
 * naming both and which one owns the tags; the page goes on working with the elements of the
 * copy that defined each tag first. Files of the same build loaded together (the CDN loader's
 * chunks, the CDN's wheel file and its full file, one file loaded twice) stay silent: they
 * are one release, hosted together, and behave the same.
 */

/** Replaced at build time by rollup (`rollup.config.js`); left as it is in the sources. */
const BUILD_ID = '__EC_BUILD__' as string;
const build: string = BUILD_ID.startsWith('__') ? 'source' : BUILD_ID;

const KEY = Symbol.for('engagement-cycle.builds');
/** Every build seen on the page, in the order they signed in, and the tags each defined. */
type Builds = Map<string, string[]>;
const holder = globalThis as { [KEY]?: Builds };

/**
 * Notes this copy's build on the page, and warns (once per page) when it is the second
 * different one. Called by the first `defineElement` of a copy, and by the CDN loader.
 */
export function signIn(): string[] {
  const builds: Builds = (holder[KEY] ??= new Map());
  let mine = builds.get(build);
  if (mine) return mine;
  builds.set(build, (mine = []));
  if (builds.size === 2) {
    const [first, tags] = [...builds][0]!;
    console.warn(
      `engagement-cycle: two copies on one page, ${first} (loaded first) and ${build}. ` +
        `Each tag stays with the copy that defined it first${tags.length ? ` (${first}: <${tags.join('>, <')}>)` : ''}. ` +
        `Lit and the elements download twice: load only one copy.`,
    );
  }
  return mine;
}

let mine: string[] | undefined;

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  mine ??= signIn();
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
  mine.push(tag);
}
