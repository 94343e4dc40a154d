// One page for the hub and one per stage (/stage-1/ …): a static site knows each page's
// stage when it builds, so each is drawn with it selected, and a link to a stage needs no
// hash. @lit-labs/ssr renders the elements to HTML with declarative shadow DOM.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
// The server entry: every element, with the default content and the words ready at once.
import { defaultCycle } from '@engagement-cycle/elements/ssr.js';
import { hydrateScript, importMap } from '../import-map.mjs';

const views = [
  { id: 'hub', title: defaultCycle.hub.title, url: '/' },
  ...defaultCycle.stages.map((stage) => ({ id: stage.id, title: stage.title, url: `/${stage.id}/` })),
];

export const data = {
  pagination: { data: 'views', size: 1, alias: 'view' },
  views,
  permalink: ({ view }) => `${view.url}index.html`,
};

export default async function ({ view }) {
  const body = await collectResult(
    render(html`<ec-engagement-cycle selected=${view.id} heading-level="2"></ec-engagement-cycle>`),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}: The Engagement Cycle</title>
${importMap('/modules/')}
${hydrateScript}
</head>
<body>
<main>
<h1>The Engagement Cycle</h1>
<nav aria-label="Stages">
  ${views.map((v) => `<a href="${v.url}"${v.id === view.id ? ' aria-current="page"' : ''}>${v.id === 'hub' ? 'Hub' : v.id.replace('stage-', 'Stage ')}</a>`).join(' ')}
</nav>
${body}
</main>
</body>
</html>`;
}
