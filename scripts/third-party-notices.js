// A rollup plugin for the CDN builds: lists every package from node_modules that ends up
// inside a bundle, with its licence text, in a THIRD-PARTY-NOTICES.md written beside the
// bundle. Terser keeps each package's own `@license` comment in the code as well; this file
// carries the full licence texts those comments point to, so a site that hosts the CDN files
// can meet the licences (BSD-3-Clause asks that the notice travels with binary forms too).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MagicString from 'magic-string';

/** The package.json above a module file inside node_modules, or undefined. */
function packageOf(id) {
  if (!id.includes('/node_modules/')) return undefined;
  for (let dir = dirname(id); dir.includes('/node_modules/'); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.name && pkg.version) return { dir, pkg };
  }
  return undefined;
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/** @param {{ fileName: string, title: string }} options */
export function thirdPartyNotices({ fileName, title }) {
  const found = new Map();
  return {
    name: 'third-party-notices',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const owner = packageOf(id);
          if (owner && !found.has(owner.pkg.name)) found.set(owner.pkg.name, owner);
        }
      }
      const sections = [...found.values()]
        .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name))
        .map(({ dir, pkg }) => {
          const text = licenceText(dir);
          if (!text) this.error(`${pkg.name} has no licence file to copy into the notices`);
          return `## ${pkg.name} ${pkg.version} (${pkg.license})\n\n${pkg.homepage ?? ''}\n\n\`\`\`text\n${text}\n\`\`\`\n`;
        });
      this.emitFile({
        type: 'asset',
        fileName,
        source:
          `# Third-party notices\n\n${title}\n\n` +
          `The code of engagement-cycle itself is MIT (see LICENSE); the default content it embeds is ` +
          `CC BY-NC-SA 2.0 UK: England & Wales (see LICENSE-DATA.md).\n\n${sections.join('\n')}`,
      });
    },
  };
}

/**
 * Before terser (which then keeps legal comments: `/*!`, `@license`, `@preserve`), drops
 * repeats of a licence comment, keeping each distinct one once per file. Lit repeats one header in each of its modules; once is the
 * notice, the repeats are only bytes.
 */
export function legalCommentsOnce() {
  return {
    name: 'legal-comments-once',
    renderChunk(code) {
      const seen = new Set();
      const out = new MagicString(code);
      for (const m of code.matchAll(/\/\*[\s*]*(?:@license|@preserve)[\s\S]*?\*\/\n?/g)) {
        const text = m[0].replace(/\s+/g, ' ').trim();
        if (seen.has(text)) out.remove(m.index, m.index + m[0].length);
        else seen.add(text);
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
