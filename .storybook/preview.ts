// Settings for every story and docs page in the preview frame.
import type { Preview } from '@storybook/web-components-vite';

// The content is in British English. Elements follow the nearest `lang`, and axe checks that
// the page declares one, so set it on the preview's own <html>.
document.documentElement.lang = 'en-GB';

// setCustomElementsManifest() from '@storybook/web-components' will be called here when the
// first element and its generated packages/elements/custom-elements.json land; it feeds the
// controls and the autodocs tables from the elements' JSDoc.

const preview: Preview = {
  parameters: {
    // Plain padding round each story, no backdrop or theme: elements must look right on the
    // host page they are dropped into, not on a Storybook-specific canvas.
    layout: 'padded',
    a11y: {
      // An axe violation fails the story's test instead of only showing in the panel.
      test: 'error',
    },
    docs: {
      // Storybook marks the docs content lang="en" unless told otherwise.
      lang: 'en-GB',
      // A contents list beside long MDX pages, built from their section headings.
      toc: { headingSelector: 'h2, h3' },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Data format', '*'],
      },
    },
  },
};

export default preview;
