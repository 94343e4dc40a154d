// The packages a server-rendered page loads in the browser, without a bundler: each one's
// folder in node_modules, and the import map that lets the browser find them by name. Both
// recipes (node-http.mjs, eleventy/) use it. A site with a bundler needs none of this.

/** Each package, and its main module inside its folder. */
export const packages = {
  lit: 'index.js',
  'lit-html': 'lit-html.js',
  'lit-element': 'index.js',
  '@lit/reactive-element': 'reactive-element.js',
  '@lit/context': 'index.js',
  '@lit-labs/ssr-client': 'index.js',
  // Ours keep their modules in dist/, and their exports name them so.
  '@engagement-cycle/core': 'dist/index.js',
  '@engagement-cycle/elements': 'dist/index.js',
};

/** The folder of `name` that the browser needs, inside the package. */
export const servedFolder = (name) => (name.startsWith('@engagement-cycle/') ? 'dist/' : '');

/** The `<script type="importmap">` for packages served under `base` (e.g. `/modules/`). */
export function importMap(base = '/modules/') {
  const imports = {};
  for (const [name, main] of Object.entries(packages)) {
    imports[name] = `${base}${name}/${main}`;
    imports[`${name}/`] = `${base}${name}/${servedFolder(name)}`;
  }
  return `<script type="importmap">${JSON.stringify({ imports })}</script>`;
}

/**
 * The page's one script. The hydration support must run before Lit does, so it comes first;
 * then the elements, which hydrate the server's HTML.
 */
export const hydrateScript = `<script type="module">
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import '@engagement-cycle/elements';
</script>`;
