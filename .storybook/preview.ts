// Settings for every story and docs page in the preview frame.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run build:manifest` (git-ignored, never edited by
// hand). The npm scripts that start or build Storybook generate it first.
import manifest from '../packages/elements/custom-elements.json';
import { theme } from './theme';
import { DocsPage } from './docs-page';

// The content is in British English. Elements follow the nearest `lang`, and axe checks that
// the page declares one, so set it on the preview's own <html>.
document.documentElement.lang = 'en-GB';

/** The parts of the manifest (schema 2.x) that are read here; the rest passes through. */
interface Member {
  name: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
}
interface Declaration {
  summary?: string;
  description?: string;
  members?: Member[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/**
 * The manifest as readers of the docs should see it. The analyzer lists every class member,
 * private helpers included, and Storybook would turn each into a row and a control; only the
 * public API belongs in the docs. An element with a `@summary` and no longer description gets
 * the summary as its description, which the autodocs page shows at the top.
 */
function publicApi(source: Manifest): Manifest {
  const isPublic = (member: Member) => !member.static && (member.privacy ?? 'public') === 'public';
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        description: declaration.description || declaration.summary || '',
        ...(declaration.members ? { members: declaration.members.filter(isPublic) } : {}),
      })),
    })),
  };
}

// Feeds the controls and the autodocs tables (attributes, properties, events, CSS parts and
// custom properties) from the elements' JSDoc, so the docs cannot drift from the code.
setCustomElementsManifest(publicApi(manifest as Manifest));

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
      // The project's theme (NHS colours) on docs pages too, not only in the manager.
      theme,
      page: DocsPage,
      // Storybook marks the docs content lang="en" unless told otherwise.
      lang: 'en-GB',
      // A contents list beside long MDX pages, built from their section headings.
      toc: { headingSelector: 'h2, h3' },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Getting started', 'Data format', 'Guides', 'Elements', '*', 'Changelog'],
      },
    },
  },
};

export default preview;
