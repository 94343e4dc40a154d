// Runs every package's tests in real browsers from Debian: Chromium, Firefox ESR and WebKitGTK
// (its MiniBrowser through WebKitWebDriver under a virtual display; test/support/webkit.js
// starts and stops both). BROWSERS=chromium,firefox,webkit picks some of them for a local run;
// CI runs all three.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { fixtureServer } from './test/support/fixture-server.js';
import { countReporter } from './test/support/count-reporter.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FIREFOX_PATH } from './test/support/browsers.js';
import { forcedColorsPlugin } from './test/support/forced-colors.js';
import { axTreePlugin } from './test/support/ax-tree.js';
import { printPdfPlugin } from './test/support/print-pdf.js';
import { heapPlugin } from './test/support/heap.js';
import { webdriverPlugin, webkitLauncher } from './test/support/webkit.js';
import { workspaceSource } from './workspace-aliases.js';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
      },
    }),
  webkit: () => webkitLauncher(),
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());
for (const name of wanted)
  if (!launchers[name]) throw new Error(`BROWSERS: unknown browser "${name}" (chromium, firefox, webkit)`);
const browsers = wanted.map((name) => launchers[name]());

/** Lets tests import the workspace packages by name, straight from their TypeScript sources. */
const workspacePackages = {
  name: 'workspace-packages',
  resolveImport({ source }) {
    const path = workspaceSource(source);
    return path ? `/${path}` : undefined;
  },
};

export default {
  files: ['packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  coverage: true,
  // Coverage of each package's sources, from Chromium (Firefox reports none). wtr's own
  // threshold would be one number across all files, so it is not set: scripts/coverage-floor.mjs
  // reads the json-summary and holds each package to its own floor (npm run test:browsers
  // runs it after the tests). lcov is for reading which lines a test never reached.
  coverageConfig: {
    include: ['packages/core/src/**/*.ts', 'packages/elements/src/**/*.ts'],
    exclude: ['**/node_modules/**/*', '**/*.stories.ts', 'packages/elements/src/stories/**'],
    report: true,
    reportDir: 'reports/coverage',
    reporters: ['lcov', 'json-summary'],
  },
  // Lit's dev build (chosen on purpose in tests, for its extra checks) announces itself in
  // every file; hide that one line so real warnings stand out.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [fixtureServer],
  plugins: [
    workspacePackages,
    forcedColorsPlugin(),
    axTreePlugin(),
    printPdfPlugin(),
    heapPlugin(),
    webdriverPlugin(),
    // esbuild reads the file as it is (no "extends"), so give it the base config that holds the
    // decorator settings.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'esnext' }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
