// During development and tests the packages import each other's TypeScript sources, so a
// change in core shows at once in the elements without a build. Published packages resolve to
// dist/ through their package.json exports instead. tsconfig.json's "paths" mirrors this map.
import { fileURLToPath } from 'node:url';

export const workspaceAliases = {
  '@engagement-cycle/core': 'packages/core/src/index.ts',
  '@engagement-cycle/elements': 'packages/elements/src/index.ts',
};

export const absoluteAliases = Object.fromEntries(
  Object.entries(workspaceAliases).map(([name, path]) => [
    name,
    fileURLToPath(new URL(path, import.meta.url)),
  ]),
);
