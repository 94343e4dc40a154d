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
  // None yet means Storybook has not rendered the story (every story holds at least one).
  return (
    els.length > 0 && els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading:not([role])'))
  );
}
