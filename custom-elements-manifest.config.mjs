// Generates packages/elements/custom-elements.json from the elements' JSDoc (`npm run build:manifest`).
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.stories.ts', 'packages/elements/src/stories/**'],
  outdir: 'packages/elements',
  litelement: true,
  // The elements package names its manifest itself; leave the root package.json alone.
  packagejson: false,
};
