// Builds each package's dist/ as ES modules with declarations, then the CDN files.
// npm builds keep one file per source module (preserveModules) and leave dependencies as
// imports, so bundlers can share Lit with the host app and drop what a site does not use.
// CDN builds are single minified files with everything inside, for a plain <script> tag.
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rmSync } from 'node:fs';
import { minifyTemplates } from './scripts/minify-templates.js';

/** Everything a package depends on stays an import in the npm builds. */
const external = (id) => /^(@engagement-cycle\/|lit|@lit\/|@lit-labs\/|react|tslib)/.test(id);

const npmPackages = {
  core: ['index'],
  elements: ['index', 'cycle-wheel', 'stage-guide', 'who-does-what', 'engagement-cycle', 'self-assessment'],
  react: ['index'],
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
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    json({ preferConst: true }),
    typescript({ tsconfig: `packages/${name}/tsconfig.build.json`, outputToFilesystem: true }),
    minifyTemplates(),
  ],
}));

/**
 * The CDN files, each one self-contained module: every element with the default dataset
 * (engagement-cycle.js), and the wheel alone (cycle-wheel.js), which is also what the size
 * budget of the wheel entry measures.
 */
const cdnBuild = (name, input) => ({
  input,
  output: {
    file: `packages/elements/dist/cdn/${name}.js`,
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    resolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: 'packages/elements/tsconfig.cdn.json', outputToFilesystem: true }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});

export default [
  ...npmBuilds,
  cdnBuild('engagement-cycle', 'packages/elements/src/index.ts'),
  cdnBuild('cycle-wheel', 'packages/elements/src/cycle-wheel.ts'),
];
