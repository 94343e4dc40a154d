// Server rendering with Node's own http module and @lit-labs/ssr: a page with the engagement
// cycle that reads in full before any script runs, then hydrates in the browser.
//
//   npm install @engagement-cycle/elements @lit-labs/ssr @lit-labs/ssr-client
//   node node-http.mjs            (then open http://127.0.0.1:8080/)
//
// No bundler: the browser loads the packages' own modules from node_modules through an
// import map. A site with a bundler serves its bundle instead and keeps the same page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// @lit-labs/ssr first: it sets up the small DOM that the elements need on a server.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
// The server entry: every element, with the default content and the words ready at once.
import '@engagement-cycle/elements/ssr.js';
import { hydrateScript, importMap, packages, servedFolder } from './import-map.mjs';

const nodeModules = join(process.cwd(), 'node_modules');

/** The whole page. `content` is a Lit template; `lang` is the page's language. */
export async function renderPage(content, { title = 'The Engagement Cycle', lang = 'en' } = {}) {
  const body = await collectResult(render(content));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${importMap('/modules/')}
${hydrateScript}
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

/**
 * The address's hash never reaches a server, but a query does: `/?stage=3` renders stage 3
 * selected. Anything else shows the hub, and `sync-url` moves to a `#ec-stage-N` on hydration.
 */
function pageFor(url) {
  const n = Number(url.searchParams.get('stage'));
  const selected = Number.isInteger(n) && n > 0 ? `stage-${n}` : 'hub';
  return html`<ec-engagement-cycle sync-url heading-level="2" selected=${selected}></ec-engagement-cycle>`;
}

/** Sends a module from one of the packages in the import map, or returns false. */
export async function serveModule(url, res) {
  if (!url.pathname.startsWith('/modules/')) return false;
  const rest = decodeURIComponent(url.pathname.slice('/modules/'.length));
  const name = Object.keys(packages).find((p) => rest.startsWith(`${p}/`));
  const path = normalize(join(nodeModules, rest));
  const folder = name && join(nodeModules, name, servedFolder(name), '.') + sep;
  if (!name || !path.startsWith(folder) || !path.endsWith('.js')) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return true;
  }
  try {
    const code = await readFile(path);
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
  return true;
}

/** The site: one page, and the modules it loads. */
export async function handler(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (await serveModule(url, res)) return;
  if (url.pathname !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const page = await renderPage(pageFor(url));
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createServer(handler).listen(8080, '127.0.0.1', () => console.log('http://127.0.0.1:8080/'));
}
