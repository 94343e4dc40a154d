// Eleventy 3: a static site whose pages are server-rendered with @lit-labs/ssr at build time.
//
//   npm install @11ty/eleventy @engagement-cycle/elements @lit-labs/ssr @lit-labs/ssr-client
//   npx @11ty/eleventy            (in the project's folder, beside node_modules)
//
// The pages (index.11ty.js) read in full with no script; the modules copied from
// node_modules let them hydrate in the browser through the import map, with no bundler.
import { packages, servedFolder } from '../import-map.mjs';

export default function (eleventyConfig) {
  for (const name of Object.keys(packages)) {
    const folder = `${name}/${servedFolder(name)}`;
    eleventyConfig.addPassthroughCopy({ [`node_modules/${folder}`]: `modules/${folder}` });
  }
}
