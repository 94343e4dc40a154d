// Debian's Chromium through puppeteer-core, for the consumer apps.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browsers.js';

export const launch = () =>
  puppeteer.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/** Opens `url` and collects the page's errors and console errors. */
export async function open(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** The accessible names of the wheel's tabs, once all six (the hub and five stages) are drawn. */
export async function wheelTabs(page, selector = 'ec-cycle-wheel') {
  await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelectorAll("[role='tab']").length === 6,
    { timeout: 15000 },
    selector,
  );
  return page.evaluate(
    (s) =>
      [...document.querySelector(s).shadowRoot.querySelectorAll("[role='tab']")].map((t) =>
        t.getAttribute('aria-label'),
      ),
    selector,
  );
}

/** Clicks a stage of the wheel the way a reader does. */
export async function clickStage(page, stageId, selector = 'ec-cycle-wheel') {
  const handle = await page.evaluateHandle(
    (s, id) => document.querySelector(s).shadowRoot.querySelector(`[role='tab'][data-id='${id}']`),
    selector,
    stageId,
  );
  await handle.click();
}
