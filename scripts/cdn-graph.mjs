// What a page using the CDN files downloads, read from the files as built: the import graph
// of `dist/cdn/loader.js` and its chunks (each file's static and dynamic imports, from
// es-module-lexer), and which source modules each file holds (from its source map). Used by
// `npm run size` and by the CDN test that checks a real browser asks for the same files.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const CDN = new URL('../packages/elements/dist/cdn/', import.meta.url);

/**
 * The source module that holds the code each thing on a page needs. An element's chunk is
 * the one holding its class; the loader imports it when the tag appears. The default
 * content and `sync-url` are loaded by that code once an element shows them.
 */
export const NEEDS = {
  'ec-engagement-cycle': 'src/engagement-cycle/engagement-cycle.ts',
  'ec-cycle-wheel': 'src/cycle-wheel/cycle-wheel.ts',
  'ec-stage-guide': 'src/stage-guide/stage-guide.ts',
  'ec-who-does-what': 'src/who-does-what/who-does-what.ts',
  'ec-self-assessment': 'src/self-assessment/self-assessment.ts',
  'default content': 'core/dist/default-cycle.js',
  'sync-url': 'src/shared/url-sync.ts',
};

/** The pages `npm run size` reports and the CDN test opens (`test/cdn/loader-*.html`). */
export const PAGES = {
  'wheel only': { needs: ['ec-cycle-wheel', 'default content', 'sync-url'], single: 'cycle-wheel.js' },
  composite: { needs: ['ec-engagement-cycle', 'default content', 'sync-url'], single: 'engagement-cycle.js' },
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every file of the loader build: name (relative to dist/cdn), sizes, imports, sources. */
export async function loaderGraph() {
  await init;
  const names = [
    'loader.js',
    ...(await readdir(new URL('chunks/', CDN))).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`),
  ];
  const files = new Map();
  for (const name of names) {
    const url = new URL(name, CDN);
    const code = await readFile(url);
    const [imports] = parse(code.toString());
    const resolveImport = (spec) => new URL(spec, url).href.slice(CDN.href.length);
    const map = JSON.parse(await readFile(new URL(`${name}.map`, CDN), 'utf8'));
    files.set(name, {
      name,
      raw: code.length,
      gzip: gz(code),
      // `d` is -1 for a static import, the position of `import(` for a dynamic one.
      static: imports.filter((i) => i.d === -1 && i.n).map((i) => resolveImport(i.n)),
      dynamic: imports.filter((i) => i.d > -1 && i.n).map((i) => resolveImport(i.n)),
      sources: map.sources.map((s) => s.replace(/^(\.\.\/)+/, '')),
    });
  }
  return files;
}

/** `from` and every file it imports statically, however deep. */
function closure(files, from) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of files.get(name)?.static ?? []) visit(next);
  };
  for (const name of from) visit(name);
  return seen;
}

/** The file that holds `module` (a path ending as in NEEDS). */
function holderOf(files, module) {
  const found = [...files.values()].filter((f) => f.sources.some((s) => s.endsWith(module)));
  if (found.length !== 1)
    throw new Error(`cdn-graph: ${module} is in ${found.length} files of the loader build`);
  return found[0].name;
}

/**
 * The files a page downloads with the loader: the loader and what it imports, then for each
 * thing the page needs, the file holding its code and what that imports. Sorted names, with
 * the gzip total.
 */
export async function loaderPage(needs, files) {
  files ??= await loaderGraph();
  const list = closure(files, ['loader.js', ...needs.map((n) => holderOf(files, NEEDS[n]))]);
  const names = [...list].sort();
  return { files: names, gzip: names.reduce((n, f) => n + files.get(f).gzip, 0) };
}

/** The same page with the one-file bundle: that file alone. */
export async function singlePage(file) {
  const code = await readFile(new URL(file, CDN));
  return { files: [file], raw: code.length, gzip: gz(code) };
}
