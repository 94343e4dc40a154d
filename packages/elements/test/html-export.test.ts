// The static HTML export (core's cycleToHtml) in a real page: it passes axe, prints every
// stage, and works as the light-DOM fallback of each element: shown while the element loads,
// hidden (not removed) once it has drawn, shown again under the error box if the load fails.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cycleToHtml, defaultCycle } from '@engagement-cycle/core';
import '../src/index.js';
import { settled } from './support.js';

const DATASET = '/packages/core/src/data/engagement-cycle.en.json';

/** The fragment as nodes, parsed as a page's HTML would be (no script in it to run). */
function fragment(options: Parameters<typeof cycleToHtml>[1] = {}): DocumentFragment {
  return document.createRange().createContextualFragment(cycleToHtml(defaultCycle, options));
}

const slotOf = (el: Element) => el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement | null;
const visible = (el: Element) => el.getBoundingClientRect().height > 0;

describe('the HTML export', () => {
  // One test per variant: axe over the whole fragment takes seconds on a loaded machine.
  for (const options of [{}, { styles: false }, { lang: 'cy' }, { headingLevel: 1, stages: ['stage-3'] }]) {
    it(`passes axe: ${JSON.stringify(options)}`, async function () {
      this.timeout(30000);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(fragment(options));
      await expect(host).to.be.accessible();
    });
  }

  it('reads as headings, lists and a table when a CMS strips its <style>', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(fragment({ styles: false }));
    expect(host.querySelector('style')).to.equal(null);
    expect(host.querySelector('[style]')).to.equal(null);
    const headings = [...host.querySelectorAll('h3')].map((h) => h.textContent);
    for (const stage of defaultCycle.stages)
      expect(headings).to.include(`Stage ${stage.number} of 5: ${stage.title}`);
    const table = host.querySelector('table:has(caption)')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Who does what at each stage');
    expect(table.querySelectorAll('thead th[scope=col]').length).to.equal(7);
    expect(table.querySelectorAll('tbody th[scope=row]').length).to.equal(defaultCycle.roles!.length);
    // Without styles the wheel still fits a phone: it has no fixed width, only a viewBox.
    const svg = host.querySelector('svg')!;
    expect(svg.hasAttribute('width')).to.equal(false);
    expect(svg.getBoundingClientRect().width).to.be.at.most(host.getBoundingClientRect().width + 0.5);
  });

  it('each stage of the wheel links to its section, and each section back to the list', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(fragment());
    const links = [...host.querySelectorAll('svg a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      '#ec-stage-1',
      '#ec-stage-2',
      '#ec-stage-3',
      '#ec-stage-4',
      '#ec-stage-5',
      '#ec-hub',
    ]);
    for (const href of links) expect(host.querySelector(href!), href!).to.not.equal(null);
    expect(host.querySelectorAll('a[href="#ec-stages"]').length).to.equal(6);
  });

  it('prints every stage, the table and the credit with the licence address (PDF)', async function () {
    this.timeout(30000);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(fragment());
    const pages = await executeServerCommand<{ text: string }[][] | false, undefined>('print-pdf');
    if (!pages) this.skip(); // only browsers driven by Puppeteer print to PDF here
    const all = pages!
      .flat()
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const stage of defaultCycle.stages) expect(all, stage.title).to.include(stage.title);
    expect(all).to.include('Who does what at each stage');
    // A long address may break across lines on paper.
    expect(all.replace(/\s/g, '')).to.include(defaultCycle.source.licence.url!);
    expect(all).to.include(defaultCycle.source.credit.split(' ').slice(0, 4).join(' '));
    // The links back to the list are for the screen, not for paper.
    expect(all).to.not.include('Back to the list of stages');
  });
});

describe('the light-DOM fallback', () => {
  for (const tag of ['ec-cycle-wheel', 'ec-stage-guide', 'ec-who-does-what', 'ec-engagement-cycle']) {
    it(`<${tag}> shows the fallback while it loads, then hides it but keeps it`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('src', `/__fixtures__/later?delay=1500&to=${DATASET}`);
      el.append(fragment());
      wrapper.append(el);
      const content = el.querySelector('.ec-export')!;
      await waitUntil(() => slotOf(el) !== null, 'no slot while loading');
      expect(slotOf(el)!.assignedNodes().includes(content), 'the fallback is in the slot').to.equal(true);
      expect(visible(content), 'the fallback shows while loading').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part=loading]'), 'no empty loading box as well').to.equal(null);
      await settled(el);
      await waitUntil(() => slotOf(el) === null, 'the slot stayed after the element drew', { timeout: 8000 });
      expect(el.querySelector('.ec-export'), 'the fallback is kept in the page').to.equal(content);
      expect(visible(content), 'the fallback is hidden once drawn').to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the fallback again, under the error box, when the data cannot be loaded', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('ec-stage-guide');
    el.setAttribute('src', '/__fixtures__/echo?status=404&type=text/plain&body=gone');
    el.append(fragment());
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part=error]'), 'no error box');
    const content = el.querySelector('.ec-export')!;
    expect(slotOf(el)!.assignedNodes().includes(content)).to.equal(true);
    expect(visible(content)).to.equal(true);
    const error = el.shadowRoot!.querySelector('[part=error]')!;
    expect(error.getBoundingClientRect().bottom).to.be.at.most(content.getBoundingClientRect().top + 0.5);
    await expect(el).to.be.accessible();
  });

  it('an element with no fallback keeps its loading box, and named-slot content is not a fallback', async () => {
    const el = await fixture<HTMLElement>(
      html`<ec-engagement-cycle src=${`/__fixtures__/later?delay=1500&to=${DATASET}`}
        ><p slot="after">After</p></ec-engagement-cycle
      >`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part=loading]'), 'no loading box');
    expect(slotOf(el)).to.equal(null);
    await settled(el);
  });
});
