// Runs after the analyzer (`npm run build:manifest`): makes the editor and framework files of
// the elements package from custom-elements.json with the maintained readers of the manifest,
// so no per-element type is ever written by hand:
//   dist/types/jsx.d.ts          JSX prop types of every tag (custom-element-jsx-integration)
//   dist/types/react-jsx.d.ts    puts them into React's JSX.IntrinsicElements
//   dist/types/vue.d.ts          Vue GlobalComponents (custom-element-vuejs-integration)
//   dist/vscode.*-custom-data.json  VS Code HTML and CSS completion (custom-element-vs-code-integration)
//   dist/web-types.json          JetBrains completion (custom-element-jet-brains-integration)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const pkgDir = new URL('../packages/elements/', import.meta.url);
const dist = new URL('dist/', pkgDir);
const types = new URL('types/', dist);
await mkdir(types, { recursive: true });
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', pkgDir), 'utf8'));
const { name, version } = JSON.parse(await readFile(new URL('package.json', pkgDir), 'utf8'));

// The manifest types an event as what is dispatched (`CustomEvent<StageSelectDetail>`); these
// readers take an event's type to be its `detail` and wrap it in CustomEvent themselves.
const detailTypes = new Set();
const forReaders = structuredClone(manifest);
for (const mod of forReaders.modules)
  for (const d of mod.declarations ?? [])
    for (const e of d.events ?? []) {
      const m = /^CustomEvent<(.+)>$/.exec(e.type?.text ?? '');
      if (!m) continue;
      e.type.text = m[1];
      detailTypes.add(m[1]);
    }

const quiet = { hideLogs: true, descriptionSrc: 'summary' };
generateJsxTypes(forReaders, {
  ...quiet,
  outdir: types.pathname,
  fileName: 'jsx.d.ts',
  globalTypePath: name,
});
generateVuejsTypes(forReaders, {
  ...quiet,
  outdir: types.pathname,
  fileName: 'vue.d.ts',
  globalTypePath: name,
});
generateVsCodeCustomElementData(forReaders, { ...quiet, outdir: dist.pathname });
generateJetBrainsWebTypes(forReaders, { ...quiet, outdir: dist.pathname, packageJson: false });

// Each generated file imports the types it names from the package: each name once (the JSX
// reader repeats a detail type once per element), with any detail type it left out.
for (const [file, what] of [
  ['jsx.d.ts', 'custom-element-jsx-integration'],
  ['vue.d.ts', 'custom-element-vuejs-integration'],
]) {
  const url = new URL(file, types);
  const code = await readFile(url, 'utf8');
  const from = new RegExp(`import type \\{([^}]*)\\} from ["']${name}["'];?\\n`);
  const listed =
    from
      .exec(code)?.[1]
      .split(',')
      .map((n) => n.trim()) ?? [];
  const names = [...new Set([...listed, ...detailTypes].filter(Boolean))].sort();
  await writeFile(
    url,
    `// Generated from custom-elements.json by scripts/manifest-integrations.mjs (${what}); do not edit.\n` +
      `import type { ${names.join(', ')} } from '${name}';\n` +
      code.replace(from, ''),
  );
}
await writeFile(
  new URL('react-jsx.d.ts', types),
  `// The tags in React's JSX (React 18 and 19): \`import type {} from '${name}/react-jsx';\`.\n` +
    `// Event props take the element's own spelling, all lower case: \`onec-stage-select\`.\n` +
    `import type { CustomElements } from './jsx.js';\n\n` +
    `declare module 'react' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n` +
    `    // eslint-disable-next-line @typescript-eslint/no-empty-object-type\n` +
    `    interface IntrinsicElements extends CustomElements {}\n  }\n}\n\nexport type { CustomElements };\n`,
);
// web-types name the package they describe.
const webTypes = new URL('web-types.json', dist);
const wt = JSON.parse(await readFile(webTypes, 'utf8'));
await writeFile(webTypes, `${JSON.stringify({ ...wt, name, version }, null, 2)}\n`);
console.log(
  'elements: wrote dist/types/{jsx,react-jsx,vue}.d.ts, dist/vscode.*-custom-data.json, dist/web-types.json',
);
