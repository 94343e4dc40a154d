// Runs inside a page (passed to page.waitForFunction): true once Storybook has rendered the
// story and every element in it, at any depth of shadow roots, has left its loading state.
// The axe sweep and the screenshot test wait on the same rule.
export function settledInPage() {
  const tags = 'ec-cycle-wheel, ec-stage-guide, ec-who-does-what, ec-engagement-cycle, ec-self-assessment';
  const all = (root) => {
    const found = [...root.querySelectorAll(tags)];
    for (const el of [...found]) if (el.shadowRoot) found.push(...all(el.shadowRoot));
    return found;
  };
  const els = all(document);
  // A story's play function (the interactions it tries) has run to its end: Storybook marks
  // each render "completed", then "finished", after it, so a screenshot or an axe check sees
  // the final state.
  const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
  if (renders.some((render) => !['completed', 'finished'].includes(render.phase))) return false;
  // None yet means Storybook has not rendered the story (every story holds at least one).
  return (
    els.length > 0 && els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading:not([role])'))
  );
}

// Runs inside a page: true once a docs page (viewMode=docs) has rendered its content, and every
// element on it (there may be none) has left its loading state, as settledInPage checks.
export function settledDocsInPage() {
  const content = document.querySelector('#storybook-docs .sbdocs-content');
  if (!content || !content.querySelector('h1')) return false;
  const tags = 'ec-cycle-wheel, ec-stage-guide, ec-who-does-what, ec-engagement-cycle, ec-self-assessment';
  const all = (root) => {
    const found = [...root.querySelectorAll(tags)];
    for (const el of [...found]) if (el.shadowRoot) found.push(...all(el.shadowRoot));
    return found;
  };
  return all(document).every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading:not([role])'));
}
