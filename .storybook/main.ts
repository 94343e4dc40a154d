// Storybook configuration for the engagement-cycle docs site (web components, built by Vite).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
// The same name-to-source map that tsconfig "paths" and the test runner use, so stories import
// `@engagement-cycle/core` from its TypeScript source and changes show without a build.
import { viteAliases } from '../workspace-aliases.js';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../docs/**/*.mdx', '../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The logo, the favicon and the demo page, copied to the root of the built site, and the
  // single CDN file that the demo page loads from ./cdn/ (built by `npm run build:packages`,
  // which `npm start` and `npm run build:storybook` run first).
  staticDirs: ['./public', { from: '../packages/elements/dist/cdn', to: '/cdn' }],
  core: {
    disableTelemetry: true,
  },
  features: {
    // This is a public docs site, so hide Storybook's own "get started" checklist.
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  docs: {
    // Pages written in MDX keep their own titles; autodocs pages for elements are called "Docs".
    defaultName: 'Docs',
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: { alias: viteAliases },
      // Storybook's web-components renderer imports `lit/directive-helpers.js`, which the
      // dependency scan misses. Served unbundled, it pulls in a second copy of lit-html next
      // to the pre-bundled one ("Multiple versions of Lit loaded" on every story).
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    });
  },
};

export default config;
