// Builds each package's dist/ as ES modules with declarations. Modules are kept one file per
// source module (preserveModules) so that bundlers can drop what a site does not use.
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

const packages = ['core', 'elements', 'react'];

/** Everything a package depends on stays an import: the consumer's bundler de-duplicates it. */
const external = (id) => /^(@engagement-cycle\/|lit|@lit\/|@lit-labs\/|d3-|react)/.test(id);

export default packages.map((name) => ({
  input: `packages/${name}/src/index.ts`,
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
    typescript({
      tsconfig: `packages/${name}/tsconfig.build.json`,
      outputToFilesystem: true,
    }),
  ],
}));
