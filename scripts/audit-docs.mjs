// npm run audit:docs: Lighthouse (Debian Chromium) on the built docs site, served on 127.0.0.1:
// the demo page and the Introduction, each with the mobile and the desktop profile. Prints the
// four scores and the layout shift of each, writes reports/lighthouse/*.json, and exits 1 if the
// demo page misses its goals on mobile (accessibility and best practices 100, performance and
// SEO at least 95, cumulative layout shift 0).
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/browsers.js';
import { serveStatic } from '../test/support/static-site.js';

const PAGES = [
  ['demo page', '/demo.html'],
  // The docs page itself, as the manager's frame loads it.
  ['Introduction', '/iframe.html?id=introduction--docs&viewMode=docs'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const reports = new URL('../reports/lighthouse/', import.meta.url).pathname;

const site = await serveStatic();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
await mkdir(reports, { recursive: true });
const rows = [];
try {
  for (const [name, path] of PAGES) {
    for (const profile of ['mobile', 'desktop']) {
      const result = await lighthouse(
        `${site.base}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        profile === 'desktop' ? desktopConfig : undefined,
      );
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      const failed = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        )
        .filter((a) => !['metric'].includes(a.details?.type))
        .map((a) => a.id);
      rows.push({
        page: name,
        profile,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        lcp: `${Math.round(audits['largest-contentful-paint'].numericValue)} ms`,
        'below 1': failed.join(' ') || '-',
      });
      await writeFile(`${reports}${name.replace(/\W+/g, '-').toLowerCase()}-${profile}.json`, result.report);
    }
  }
} finally {
  await chrome.kill();
  await site.close();
}
console.table(rows);
const demo = rows.find((r) => r.page === 'demo page' && r.profile === 'mobile');
const misses = [
  demo.accessibility < 100 && `accessibility ${demo.accessibility} < 100`,
  demo['best-practices'] < 100 && `best practices ${demo['best-practices']} < 100`,
  demo.performance < 95 && `performance ${demo.performance} < 95`,
  demo.seo < 95 && `SEO ${demo.seo} < 95`,
  demo.cls > 0 && `CLS ${demo.cls} > 0`,
].filter(Boolean);
if (misses.length) {
  console.error(`The demo page misses its goals on mobile: ${misses.join(', ')}`);
  process.exitCode = 1;
} else {
  console.log('The demo page meets its goals on mobile.');
}
