// During development and tests the packages import each other's TypeScript sources, so a
// change in core shows at once in the elements without a build. Published packages resolve to
// dist/ through their package.json exports instead. tsconfig.json's "paths" mirrors this map.
import { fileURLToPath } from 'node:url';

const packages = {
  '@engagement-cycle/core': 'packages/core/src/',
  '@engagement-cycle/elements': 'packages/elements/src/',
};

/**
 * The source file (relative to the repository) for a workspace import such as
 * `@engagement-cycle/core` or `@engagement-cycle/core/load.js`, or undefined.
 */
export function workspaceSource(specifier) {
  for (const [name, dir] of Object.entries(packages)) {
    if (specifier === name) return `${dir}index.ts`;
    if (specifier.startsWith(`${name}/`) && specifier.endsWith('.js')) {
      return `${dir}${specifier.slice(name.length + 1, -3)}.ts`;
    }
  }
  return undefined;
}

/** The same map for Vite (Storybook): absolute paths, subpaths by pattern. */
export const viteAliases = Object.entries(packages).flatMap(([name, dir]) => {
  const abs = fileURLToPath(new URL(dir, import.meta.url));
  const escaped = name.replace(/[/]/g, '\\/');
  return [
    { find: new RegExp(`^${escaped}$`), replacement: `${abs}index.ts` },
    { find: new RegExp(`^${escaped}\\/(.+)\\.js$`), replacement: `${abs}$1.ts` },
  ];
});
