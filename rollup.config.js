// Builds each package's dist/ as ES modules with declarations, then the CDN files.
// npm builds keep one file per source module (preserveModules) and leave dependencies as
// imports, so bundlers can share Lit with the host app and drop what a site does not use.
// CDN builds are single minified files with everything inside, for a plain <script> tag.
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync, rmSync } from 'node:fs';
import { minifyTemplates } from './scripts/minify-templates.js';
import { legalCommentsOnce, thirdPartyNotices } from './scripts/third-party-notices.js';

const elementsVersion = JSON.parse(readFileSync('packages/elements/package.json', 'utf8')).version;

/**
 * Opens each CDN file. A `/*!` comment is a legal comment: terser keeps it (and every
 * bundled package's own `@license` comment) while it drops all others. A CDN file carries the
 * default dataset, so it names both licences, the credit and where the full texts are.
 */
const cdnBanner =
  `/*! @engagement-cycle/elements ${elementsVersion} | code: MIT | default content: ` +
  `based on The Engagement Cycle by InHealth Associates (engagementcycle.org), ` +
  `CC BY-NC-SA 2.0 UK: England & Wales, https://creativecommons.org/licenses/by-nc-sa/2.0/uk/ | ` +
  `bundles Lit (BSD-3-Clause): see THIRD-PARTY-NOTICES.md */`;

/** One instance for both CDN files, so the notices list what either bundle holds. */
const notices = thirdPartyNotices({
  fileName: 'THIRD-PARTY-NOTICES.md',
  title:
    'The CDN files in this folder (`engagement-cycle.js`, `cycle-wheel.js`, and `loader.js` with its ' +
    '`chunks/`) bundle these packages.',
});

/**
 * The short line that opens each of the loader's chunks that has no default content in it
 * (the licence of the code, and where the rest is), so every hosted file says what it is.
 */
const chunkBanner = `/*! @engagement-cycle/elements ${elementsVersion} | MIT | see THIRD-PARTY-NOTICES.md */`;

/**
 * Writes into `shared/define.ts` which build a file belongs to ("npm 0.1.0", "CDN 0.1.0"), so
 * two different copies on one page can say so once in the console. Runs after TypeScript.
 */
const buildId = (kind) => ({
  name: 'build-id',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('elements/src/shared/define.ts')) return null;
    if (!code.includes("'__EC_BUILD__'")) this.error('define.ts lost its __EC_BUILD__ placeholder');
    return { code: code.replace("'__EC_BUILD__'", JSON.stringify(`${kind} ${elementsVersion}`)), map: null };
  },
});

/** Everything a package depends on stays an import in the npm builds. */
const external = (id) => /^(@engagement-cycle\/|lit|@lit\/|@lit-labs\/|react|tslib)/.test(id);

const npmPackages = {
  core: ['index'],
  elements: [
    'index',
    'cycle-wheel',
    'stage-guide',
    'who-does-what',
    'engagement-cycle',
    'self-assessment',
    'ssr',
  ],
  react: ['index', 'cycle-wheel', 'stage-guide', 'who-does-what', 'engagement-cycle'],
};

// Each build starts from an empty dist/, so a module that was renamed or removed in the
// sources cannot linger in the packages.
for (const name of Object.keys(npmPackages))
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });

const npmBuilds = Object.entries(npmPackages).map(([name, entries]) => ({
  input: Object.fromEntries(entries.map((e) => [e, `packages/${name}/src/${e}.ts`])),
  external,
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    // No source maps in the npm builds: each file is one source module, unminified, so the
    // shipped JavaScript reads as the source does, and a site's bundler makes its own maps
    // from it. (Maps pointing at src/*.ts, which is not shipped, resolved to nothing.)
    sourcemap: false,
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    json({ preferConst: true }),
    typescript({ tsconfig: `packages/${name}/tsconfig.build.json`, outputToFilesystem: true }),
    buildId('npm'),
    minifyTemplates(),
  ],
}));

/**
 * The CDN files, each one self-contained module: every element with the default dataset
 * (engagement-cycle.js), and the wheel alone (cycle-wheel.js), which is also what the size
 * budget of the wheel entry measures.
 */
const cdnPlugins = () => [
  resolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  typescript({ tsconfig: 'packages/elements/tsconfig.cdn.json', outputToFilesystem: true }),
  buildId('CDN'),
  minifyTemplates(),
  legalCommentsOnce(),
  terser({ ecma: 2022, module: true, format: { comments: 'some' } }),
  notices,
];

const cdnBuild = (name, input) => ({
  input,
  output: {
    file: `packages/elements/dist/cdn/${name}.js`,
    format: 'es',
    banner: cdnBanner,
    // The CDN files are minified, so they keep maps, with every source's text inside
    // (`sourcesContent`), so a browser's devtools show the code with nothing else hosted.
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: cdnPlugins(),
});

/**
 * The CDN loader: `dist/cdn/loader.js` and the chunks it loads, split by rollup so each
 * element's code and the default content are files of their own, and what elements share
 * (Lit, the store, the words) is one file that every element's chunk imports. A page
 * downloads the chunks of the tags it has, each once.
 */
const loaderBuild = {
  input: { loader: 'packages/elements/src/loader.ts' },
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Named for what they hold, with a hash, so a host may cache them for ever.
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) =>
      chunk.isEntry || chunk.moduleIds.some((id) => /core\/(src|dist)\/data\//.test(id))
        ? cdnBanner
        : chunkBanner,
    sourcemap: true,
  },
  plugins: cdnPlugins(),
};

/** Copies files that need no build (the embed's page and its styles) next to the output. */
const copyFiles = (files) => ({
  name: 'copy-files',
  buildStart() {
    for (const file of files) this.addWatchFile(file);
  },
  generateBundle() {
    for (const file of files)
      this.emitFile({ type: 'asset', fileName: file.split('/').pop(), source: readFileSync(file) });
  },
});

/**
 * The iframe embed (dist/embed/): `embed.html` with its own stylesheet and script (every
 * element and the default dataset, like the full CDN file), and `embed-host.js`, the tiny
 * script a host page adds so each embed frame takes the height of its content. No inline
 * script or style anywhere, so both work under a strict Content Security Policy.
 */
const embedBuild = (name, input, { assets = [], banner = cdnBanner, format = 'es' } = {}) => ({
  input,
  output: {
    file: `packages/elements/dist/embed/${name}.js`,
    format,
    banner,
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    resolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    typescript({
      tsconfig: 'packages/elements/tsconfig.cdn.json',
      outDir: 'packages/elements/dist/embed',
      outputToFilesystem: true,
    }),
    minifyTemplates(),
    legalCommentsOnce(),
    terser({ ecma: 2022, module: format === 'es', format: { comments: 'some' } }),
    copyFiles(assets),
  ],
});

export default [
  ...npmBuilds,
  cdnBuild('engagement-cycle', 'packages/elements/src/index.ts'),
  cdnBuild('cycle-wheel', 'packages/elements/src/cycle-wheel.ts'),
  loaderBuild,
  embedBuild('embed', 'packages/elements/src/embed/embed.ts', {
    assets: ['packages/elements/src/embed/embed.html', 'packages/elements/src/embed/embed.css'],
  }),
  // A classic script, not a module: the host page loads it from the embed's site, and a
  // module from another origin would need CORS headers that many static hosts do not send.
  embedBuild('embed-host', 'packages/elements/src/embed/host.ts', {
    banner: `/*! @engagement-cycle/elements ${elementsVersion} embed host | MIT */`,
    format: 'iife',
  }),
];
