// The three ways into a CMS (docs/embedding-in-a-cms.mdx) as real pages on real servers:
// the script tag with the static fragment inside the element, the iframe embed with and
// without its host script, and the static export alone. The pages are the docs' own
// snippets (docs/snippets/), with their example addresses pointed at these servers, so the
// tests and the screenshots check exactly what the docs tell people to paste.
//
// Two servers on 127.0.0.1, on two ports, are two origins: `host` plays the CMS's site,
// `frame` the site that hosts the embed (and a third, `other`, a stranger). Every page is
// sent with a strict Content Security Policy.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

export const snippet = (name) => readFile(join(root, 'docs/snippets', name), 'utf8');

/** The example addresses in the snippets. */
export const EXAMPLE_EMBED = 'https://cycle.example.nhs.uk/embed/';
export const EXAMPLE_SCRIPT = '/assets/engagement-cycle.js';

const page = (title, body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
  </head>
  <body>
    <main>
      <h1>How we involve people</h1>
      <p>Our commissioning follows The Engagement Cycle.</p>
${body}
      <p id="after">The page goes on after the cycle.</p>
    </main>
  </body>
</html>`;

/**
 * Starts the servers. `fragment` is the static export (cycleToHtml's output); `pages` maps a
 * path on the host to the body of a page, given the frame server's address.
 */
export async function startCmsServers({ fragment }) {
  const servers = {};
  const listen = async (name, handler) => {
    const server = createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers[name] = { server, url: `http://127.0.0.1:${server.address().port}` };
  };
  const csp = (frameOrigins, styles = "'self'") =>
    [
      "default-src 'none'",
      `script-src 'self' ${frameOrigins}`,
      `style-src ${styles}`,
      "img-src 'self'",
      "connect-src 'self'",
      `frame-src ${frameOrigins}`,
      "base-uri 'none'",
      "form-action 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ].join('; ');

  const send = (res, status, ext, body, policy) => {
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (ext === '.html') headers['content-security-policy'] = policy;
    res.writeHead(status, headers);
    res.end(body);
  };

  /** Files of the repository under these folders only. */
  const serveFile = (res, pathname, policy) => {
    const path = normalize(join(root, decodeURIComponent(pathname)));
    if (!path.startsWith(root) || !/^\/(packages\/elements\/dist\/(cdn|embed)|test\/embed)\//.test(pathname))
      return send(res, 404, '.html', 'not found', policy);
    readFile(path).then(
      (body) => send(res, 200, extname(path), body, policy),
      () => send(res, 404, '.html', 'not found', policy),
    );
  };

  await listen('frame', (req, res) => {
    const url = new URL(req.url, 'http://x');
    // A frame that says it is ours but is sent elsewhere: its src keeps this origin.
    if (url.pathname === '/redirect-away') {
      res.writeHead(302, { location: `${servers.other.url}/test/embed/impostor.html` });
      return res.end();
    }
    serveFile(res, url.pathname, csp("'self'"));
  });
  await listen('other', (req, res) => serveFile(res, new URL(req.url, 'http://x').pathname, csp("'self'")));

  const embedBase = () => `${servers.frame.url}/packages/elements/dist/embed/`;
  const frames = () => `${servers.frame.url} ${servers.other.url}`;
  const withFrame = (html) => html.replaceAll(EXAMPLE_EMBED, embedBase());
  const pages = {
    '/script.html': async () =>
      page(
        'A CMS that allows scripts',
        (await snippet('cms-script.html'))
          .replace(EXAMPLE_SCRIPT, '/packages/elements/dist/cdn/engagement-cycle.js')
          .replace(/<!--[\s\S]*?-->/, fragment),
      ),
    '/iframe.html': async () =>
      page('A CMS that allows iframes', withFrame(await snippet('cms-iframe.html'))),
    '/iframe-plain.html': async () =>
      page('A CMS that allows iframes, no script', withFrame(await snippet('cms-iframe-plain.html'))),
    '/static.html': async () => page('A CMS that allows neither', fragment),
    // The host script with frames that must not resize: wrong shapes, and a stranger.
    '/iframe-hostile.html': async () =>
      page(
        'Frames that must not resize',
        `<iframe data-engagement-cycle id="shapes" title="Wrong shapes" height="200" src="${servers.frame.url}/test/embed/wrong-shape.html"></iframe>
<iframe data-engagement-cycle id="impostor" title="Impostor" height="200" src="${servers.frame.url}/redirect-away"></iframe>
<script src="${embedBase()}embed-host.js" defer></script>`,
      ),
  };

  await listen('host', (req, res) => {
    const url = new URL(req.url, 'http://x');
    const make = pages[url.pathname];
    // The static fragment's <style> block is inline: the pages it is pasted into allow inline
    // styles (a strict style-src blocks the block, and the fragment reads as plain HTML).
    // Scripts are strict everywhere; the iframe pages are strict in full.
    const styles = ['/static.html', '/script.html'].includes(url.pathname)
      ? "'self' 'unsafe-inline'"
      : "'self'";
    if (make) return make().then((body) => send(res, 200, '.html', body, csp(frames(), styles)));
    serveFile(res, url.pathname, csp(frames()));
  });

  return {
    host: servers.host.url,
    frame: servers.frame.url,
    other: servers.other.url,
    embed: embedBase(),
    close: () => Promise.all(Object.values(servers).map(({ server }) => new Promise((r) => server.close(r)))),
  };
}
