// Story tests: every story of the docs site rendered in Debian's Chromium by Vitest's browser
// mode (through playwright-core, which downloads nothing), with its play function run and the
// accessibility addon's axe check, which fails the story on any violation (a11y.test: 'error').
// Run with `npm run test:stories`.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/support/browsers.js';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    include: [],
    setupFiles: ['.storybook/vitest.setup.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
