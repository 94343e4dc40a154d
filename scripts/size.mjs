// The size check (`npm run size`): bundles what a site downloads, minifies it as the CDN build
// does, and compares gzip sizes with the budgets. Run after `npm run build:packages`.
//
// - The wheel entry: `@engagement-cycle/elements/cycle-wheel.js` from the built package, with
//   Lit and @lit/context, as a bundler would ship it. The default dataset and the
//   validator load later, in their own chunks, only when a page uses them; they are reported
//   apart and, together with the entry, make the "wheel with default content" total.
// - The CDN files, each self-contained: `dist/cdn/cycle-wheel.js` (the wheel and the dataset:
//   the file the 30 KB budget was set for) and `dist/cdn/engagement-cycle.js` (every element
//   and the dataset; its budget grows as elements are added, and says so in the notes).
// - The self-assessment: the chunks a site that bundles the main entry downloads only when
//   `<ec-self-assessment>` appears, reported without a budget.
// - The CDN loader (`dist/cdn/loader.js` and its chunks): what a wheel-only page and a
//   composite page download with it, beside the one file each would use instead. The files a
//   page asks for are read from the build's import graph (scripts/cdn-graph.mjs); the CDN test
//   (test/node/cdn.test.mjs) checks a real browser asks for exactly those files.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { PAGES, loaderGraph, loaderPage, singlePage } from './cdn-graph.mjs';

const KB = 1024;
// The CDN files carry the default dataset. Its text grew from 6.9 to 10.4 KB (gzip) in December
// 2026, when the content gained what a reader was not told (glossary, versions, purposes, notes,
// role descriptions), with the code that shows it; their budgets grew from 30 and 36 KB to
// keep about the margin they had. The wheel entry, which has no dataset, kept its budget.
// In December 2026 the self-assessment joined the CDN file of every element (about 8 KB with
// the core's assessment code and its Welsh words): that budget grew from 43 to 53 KB. Its
// Welsh words are in the one Welsh module, which the wheel's CDN file inlines too (+1 KB); with
// the language-of-parts and screen-reader changes that file passed 34 KB, and its budget is 35
// KB until the Welsh module is split per element (then the wheel's file can go back under 34).
// The loader's budgets (December 2026) keep a wheel-only page under the wheel's single file
// (34.2 KB then; the page with the loader came to 31.0 KB), and a composite page near the full
// file, which also holds the self-assessment a composite page does not fetch.
// The light-DOM fallback (issue 11: content given as an element's children shows until it has
// drawn, and again under an error) is in every element's base class: +0.12 KB gzip to the
// wheel entry, which was 0.04 KB under 16 KB, so its budget grew to 16.25 KB (December 2026).
// Later in December 2026 three things joined every element's base class or the wheel: the
// server-rendered first update that waits to hydrate (+0.12 KB), the self-assessment's
// ratings on the wheel (the hook; the drawing, 1.3 KB, loads on use) and the two-builds
// warning. The wheel entry came to 16.49 KB: budget 16.75 KB. The wheel's single file carries
// all of it inlined (35.33 KB, with the Welsh now split per element): budget 36 KB. The full
// file gained the assessment on the wheel, comparison and the printed report (the
// assessment's chunk went from 10.45 to 12.41 KB) besides: 59.50 KB; then the Welsh scale and
// the Welsh wording of a file's problems (every problem now carries its values): 61.00 KB,
// budget 62 KB. The loader's pages kept their budgets.
const BUDGETS = {
  wheelEntry: 16.75 * KB,
  cdnWheel: 36 * KB,
  cdnAll: 62 * KB,
  loaderWheelPage: 33 * KB,
  loaderCompositePage: 47 * KB,
};
/** What each chunk loaded on use is, in words for the docs page. */
const LAZY = {
  'default-cycle': 'the default dataset',
  load: 'the data checker and loader',
  hydration: 'the wait before hydrating server HTML',
  'url-sync': 'deep links',
  wheel: "the wheel's Welsh words",
  'wheel-marks': "a self-assessment's ratings on the wheel",
  freeze: 'small helpers the dataset and the checker share',
};
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

async function chunksOf(input) {
  const dir = await mkdtemp(join(tmpdir(), 'ec-size-'));
  const bundle = await rollup({
    input,
    // Bundled as a site's app would bundle it: nothing imports the entry's exports, so rollup
    // may merge it with the chunk the lazy parts share instead of adding a stub file.
    preserveEntrySignatures: false,
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.write({
    dir,
    format: 'es',
    entryFileNames: 'entry.js',
    chunkFileNames: '[name].js',
  });
  await bundle.close();
  const chunks = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const code = await readFile(join(dir, chunk.fileName));
    chunks.push({
      name: chunk.fileName,
      isEntry: chunk.isEntry,
      imports: chunk.imports,
      raw: code.length,
      gzip: gz(code),
      modules: Object.keys(chunk.modules).map((m) =>
        m.replace(/.*node_modules\//, '').replace(process.cwd() + '/', ''),
      ),
    });
  }
  await rm(dir, { recursive: true, force: true });
  return chunks;
}

/** The names of `from` and every chunk it imports statically, however deep. */
function staticGraph(chunks, from) {
  const seen = new Set(from);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of chunks) {
      if (!seen.has(c.name)) continue;
      for (const i of c.imports) {
        if (!seen.has(i)) {
          seen.add(i);
          grew = true;
        }
      }
    }
  }
  return seen;
}

const chunks = await chunksOf('packages/elements/dist/cycle-wheel.js');
// What the page downloads before the wheel can draw: the entry and everything it imports
// statically. The rest arrives through dynamic import(), only when it is used.
const first = staticGraph(chunks, ['entry.js']);
const initial = chunks.filter((c) => first.has(c.name));
const entry = { raw: initial.reduce((n, c) => n + c.raw, 0), gzip: initial.reduce((n, c) => n + c.gzip, 0) };
const lazy = chunks.filter((c) => !first.has(c.name));
const sizeOf = async (file) => {
  const code = await readFile(`packages/elements/dist/cdn/${file}`);
  return { raw: code.length, gzip: gz(code) };
};
// The main entry as a site bundles it: what arrives only once a self-assessment is on the page
// is its own chunk and what that imports beyond the entry's.
const main = await chunksOf('packages/elements/dist/index.js');
const mainFirst = staticGraph(main, ['entry.js']);
const assessmentChunk = main.find((c) =>
  c.modules.some((m) => m.endsWith('self-assessment/self-assessment.js')),
);
const assessmentOnly = [...staticGraph(main, [assessmentChunk.name])]
  .filter((name) => !mainFirst.has(name))
  .map((name) => main.find((c) => c.name === name));
// The validator's chunk is shared with loading a cycle, which a page with the default content
// loads anyway; it is reported apart.
const shared = assessmentOnly.filter((c) => c !== assessmentChunk);
const sum = (list, key) => list.reduce((n, c) => n + c[key], 0);
const cdnWheel = await sizeOf('cycle-wheel.js');
const cdn = await sizeOf('engagement-cycle.js');

const rows = [
  [
    'wheel entry (Lit and the wheel, no dataset)',
    entry.raw,
    entry.gzip,
    BUDGETS.wheelEntry,
    'The wheel from npm: Lit and the wheel, without the data',
  ],
  ...lazy.map((c) => [
    `  loaded on use: ${c.name}`,
    c.raw,
    c.gzip,
    undefined,
    `Loaded on use: ${LAZY[c.name.replace(/\.js$/, '')] ?? 'a part'} (\`${c.name}\`)`,
  ]),
  [
    'wheel with default content (all chunks)',
    chunks.reduce((n, c) => n + c.raw, 0),
    chunks.reduce((n, c) => n + c.gzip, 0),
    undefined,
    'The wheel from npm, every part above',
  ],
  [
    'self-assessment: its own chunk, loaded on use',
    assessmentChunk.raw,
    assessmentChunk.gzip,
    undefined,
    "The self-assessment from npm's main entry: its own file, loaded on use",
  ],
  [
    `  + shared with loading a cycle: ${shared.map((c) => c.name).join(', ')}`,
    sum(shared, 'raw'),
    sum(shared, 'gzip'),
    undefined,
    'With it, the files it shares with loading a cycle',
  ],
  [
    'CDN cycle-wheel.js (wheel + dataset)',
    cdnWheel.raw,
    cdnWheel.gzip,
    BUDGETS.cdnWheel,
    'The single file `cycle-wheel.js`: the wheel and the default dataset',
  ],
  [
    'CDN engagement-cycle.js (all elements + dataset)',
    cdn.raw,
    cdn.gzip,
    BUDGETS.cdnAll,
    'The single file `engagement-cycle.js`: every element and the default dataset',
  ],
];

// What a page downloads through the CDN: with the loader (the files the page asks for) and
// with the one file it would use instead.
const graph = await loaderGraph();
const pages = {};
for (const [name, { needs, single }] of Object.entries(PAGES)) {
  const loader = await loaderPage(needs, graph);
  pages[name] = { needs, loader, single: await singlePage(single) };
  const raw = loader.files.reduce((n, f) => n + graph.get(f).raw, 0);
  const budget = name === 'wheel only' ? BUDGETS.loaderWheelPage : BUDGETS.loaderCompositePage;
  rows.push([
    `CDN loader, ${name} page (${loader.files.length} files)`,
    raw,
    loader.gzip,
    budget,
    `The CDN loader, a page with ${name === 'wheel only' ? 'only the wheel' : '`<ec-engagement-cycle>`'} (\`sync-url\`, default content): \`loader.js\` and ${loader.files.length - 1} chunks`,
  ]);
  rows.push([
    `  the same page with ${single} alone`,
    pages[name].single.raw,
    pages[name].single.gzip,
    undefined,
    `The same page with the single file \`${single}\``,
  ]);
}
let over = false;
for (const [name, raw, gzip, budget] of rows) {
  const verdict =
    budget === undefined ? '' : gzip <= budget ? `ok (budget ${kb(budget)})` : `OVER budget ${kb(budget)}`;
  if (budget !== undefined && gzip > budget) over = true;
  console.log(`${name.padEnd(50)} ${kb(raw).padStart(10)} min ${kb(gzip).padStart(10)} gzip  ${verdict}`);
}
for (const [name, { loader }] of Object.entries(pages))
  console.log(`  ${name} page with the loader: ${loader.files.join(', ')}`);
// The Performance docs page shows this table from the file, so it is always the last run's.
await writeFile(
  'bench/sizes.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      rows: rows.map(([name, raw, gzip, budget, label]) => ({
        name: name.trim(),
        label,
        raw,
        gzip,
        budget: budget ?? null,
      })),
      passed: !over,
    },
    null,
    2,
  ) + '\n',
);
if (process.argv.includes('--json')) console.log(JSON.stringify({ chunks, cdn, pages }, null, 2));
if (over) {
  console.error('size: over budget');
  process.exit(1);
}
