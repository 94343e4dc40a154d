// Takes the screenshots of docs/embedding-in-a-cms.mdx from the real pages: the docs' own
// snippets served as a CMS would serve them (test/support/cms-pages.js), in Debian's
// Chromium. Run after `npm run build:packages`: `npm run docs:screenshots`.
// Small on purpose (640 px wide, the top of each page), so the docs stay light.
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/browsers.js';
import { startCmsServers } from '../test/support/cms-pages.js';

const { cycleToHtml, defaultCycle } = await import('@engagement-cycle/core');
const servers = await startCmsServers({ fragment: cycleToHtml(defaultCycle) });
const browser = await puppeteer.launch({
  headless: true,
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

const shots = [
  { file: 'cms-script.png', path: '/script.html', ready: () => customElements.get('ec-engagement-cycle') },
  {
    file: 'cms-iframe.png',
    path: '/iframe.html',
    ready: () => document.querySelector('iframe').style.height !== '',
  },
  { file: 'cms-static.png', path: '/static.html', javaScript: false },
];

try {
  for (const { file, path, ready, javaScript = true } of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: 640, height: 760, deviceScaleFactor: 1 });
    await page.setJavaScriptEnabled(javaScript);
    await page.goto(`${servers.host}${path}`, { waitUntil: 'load' });
    if (ready) await page.waitForFunction(ready, { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 800)); // fonts and the last frame
    const out = new URL(`../docs/assets/${file}`, import.meta.url);
    await writeFile(out, await page.screenshot({ type: 'png' }));
    console.log(`wrote docs/assets/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await servers.close();
}
