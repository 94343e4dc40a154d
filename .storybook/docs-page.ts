// The page every element's autodocs uses: Storybook's own blocks, in its own order, except that
// the primary story is not shown a second time in the list of stories under it. Two copies of a
// story on one page gave two landmarks with the same name, and twice the work for the browser.
import { createElement as h } from 'react';
import { Controls, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';

export function DocsPage() {
  return h(
    'div',
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h(Controls),
    h(Stories, { includePrimary: false }),
  );
}
