// A static file server on 127.0.0.1 for a built folder (the docs site, storybook-static/) and a
// headless Debian Chromium to open it: the start-up that the axe sweep, the screenshot test and
// the Lighthouse audit share.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browsers.js';

/** The built docs site. */
export const SITE = new URL('../../storybook-static/', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 at a free port. Files are sent compressed when the browser asks
 * and cached for a year (Storybook's asset names carry a hash), as a real host would serve them.
 * `files` maps more addresses to files outside `root`. Resolves to `{ base, close }`.
 */
export async function serveStatic(root = SITE, { port = 0, files = {} } = {}) {
  const { gzipSync } = await import('node:zlib');
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // `files` maps an address to a file elsewhere, such as a built bundle to /assets/.
    const path = files[pathname] ?? normalize(join(root, pathname));
    if (!files[pathname] && !path.startsWith(root)) return res.writeHead(404).end();
    try {
      const file = path.endsWith('/') ? join(path, 'index.html') : path;
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'public, max-age=31536000' };
      if (
        /^(text|application\/json|image\/svg)/.test(type) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      ) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Starts headless Debian Chromium with the quiet flags and any `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    headless: true,
  });
}

/** The entries of the built site's index (stories and docs pages), read from index.json. */
export async function siteEntries(root = SITE) {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  return Object.values(index.entries);
}
