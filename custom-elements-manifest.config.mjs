// Generates packages/elements/custom-elements.json from the elements' JSDoc (`npm run build:manifest`),
// describing the package as it ships: module paths are the dist/ files, each tag has its
// `custom-element-definition` export, and members marked `@internal` are left out. The editor
// and framework files (JSX, Vue, VS Code, JetBrains) are generated from it afterwards by
// scripts/manifest-integrations.mjs.
import { posix } from 'node:path';

const SRC = 'packages/elements/src/';

/**
 * `packages/elements/src/shared/store.ts` → `dist/shared/store.js`. The analyzer writes some
 * references from the file system root (`/packages/…`) or with the `.js` of the import.
 */
const shipped = (path) => {
  const p = path.replace(/^\//, '');
  return p.startsWith(SRC) ? `dist/${p.slice(SRC.length).replace(/\.(ts|js)$/, '.js')}` : path;
};

/**
 * Rewrites every `path` and `module` in the manifest to the file that ships. A reference
 * written as an import specifier (`./engagement-cycle.js` in a re-export) is resolved
 * against the module it appears in, since the schema wants paths from the package root.
 */
function distPaths() {
  const walk = (value, from) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, from));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof v === 'string') {
          const resolved = v.startsWith('.') ? posix.join(posix.dirname(from), v) : v;
          value[key] = shipped(resolved);
        } else walk(v, from);
      }
    }
  };
  return {
    name: 'dist-paths',
    packageLinkPhase: ({ customElementsManifest }) =>
      customElementsManifest.modules.forEach((m) => walk(m, m.path)),
  };
}

/**
 * The elements are registered through `defineElement(tag, Class)` (which skips a tag already
 * taken), which the analyzer does not read as `customElements.define`: this adds the
 * `custom-element-definition` export for each such call, in the module that makes it.
 */
function defineElementCalls() {
  const calls = []; // { modulePath, tag, className }
  return {
    name: 'define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor))
        calls.push({ modulePath: moduleDoc.path, tag: tag.text, className: ctor.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      const home = new Map();
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) if (d.customElement) home.set(d.name, mod.path);
      // The analyzer reads the `customElements.define(tag, ctor)` inside defineElement itself
      // as a definition of a tag named `tag`: that is not one.
      for (const mod of customElementsManifest.modules)
        if (mod.exports)
          mod.exports = mod.exports.filter(
            (e) => e.kind !== 'custom-element-definition' || home.has(e.declaration.name),
          );
      for (const { modulePath, tag, className } of calls) {
        const mod = customElementsManifest.modules.find((m) => m.path === modulePath);
        if (!mod || !home.has(className)) continue;
        mod.exports ??= [];
        mod.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: home.get(className) },
        });
      }
    },
  };
}

/** Leaves out class members whose JSDoc says `@internal` (also where a subclass inherits them). */
function internalMembers() {
  const internal = new Set(); // `Class.member`
  return {
    name: 'internal-members',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const tags = ts.getJSDocTags(member).map((t) => t.tagName.text);
        if (member.name && tags.includes('internal'))
          internal.add(`${node.name.text}.${member.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) {
          if (!d.members) continue;
          d.members = d.members.filter((m) => !internal.has(`${m.inheritedFrom?.name ?? d.name}.${m.name}`));
        }
    },
  };
}

/**
 * Events keep the type their `@event {Type} name` tag gives (`CustomEvent<StageSelectDetail>`);
 * the analyzer otherwise reports the bare `CustomEvent` it sees dispatched. An event name
 * means one event across the elements, so the type applies wherever the name is listed.
 */
function typedEvents() {
  const types = new Map(); // event name → type text
  return {
    name: 'typed-events',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const tag of ts.getJSDocTags(node)) {
        if (!['event', 'fires'].includes(tag.tagName.text)) continue;
        const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
        const m = /^\{(.+?)\}\s+([\w-]+)/.exec(text ?? '');
        if (m) types.set(m[2], m[1]);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? [])
          for (const e of d.events ?? []) if (types.has(e.name)) e.type = { text: types.get(e.name) };
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  // The CDN loader is built into dist/cdn/ only (no npm module of its own), and the embed's
  // page scripts into dist/embed/; neither declares an element.
  exclude: [
    'packages/elements/src/**/*.stories.ts',
    'packages/elements/src/stories/**',
    'packages/elements/src/loader.ts',
    // The iframe embed's page scripts define no element; they are built apart (dist/embed/).
    'packages/elements/src/embed/**',
  ],
  outdir: 'packages/elements',
  litelement: true,
  // The elements package names its manifest itself; leave the root package.json alone.
  packagejson: false,
  plugins: [internalMembers(), defineElementCalls(), typedEvents(), distPaths()],
};
