/**
 * What a reader is told about the content: the linked credit in every element, the hub's
 * account of the model (what it is for, why engage, the framework), where the content is
 * partial, which version it follows, and what its words mean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { defaultCycle, type Cycle } from '@engagement-cycle/core';
import '../src/engagement-cycle.js';
import { clickCentre, settled } from './support.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount<T extends HTMLElement>(template: TemplateResult | HTMLElement): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

const SOURCE = 'http://engagementcycle.org/';
const LICENCE = 'https://creativecommons.org/licenses/by-nc-sa/2.0/uk/';

describe('content and credit', () => {
  describe('the credit line links the source and the licence deed', () => {
    const tags = ['ec-cycle-wheel', 'ec-stage-guide', 'ec-who-does-what', 'ec-engagement-cycle'];
    for (const tag of tags) {
      it(`in <${tag}>`, async () => {
        const made = document.createElement(tag);
        made.style.width = '900px';
        const host = await mount<HTMLElement>(made);
        const credit = host.shadowRoot!.querySelector("[part='credit']")!;
        // Visible (not hidden by the composite's own rule), and its links by address.
        expect(getComputedStyle(credit).display).to.not.equal('none');
        expect(text(credit)).to.contain('InHealth Associates');
        const links = [...credit.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([SOURCE, LICENCE]);
        expect(links.map(text)).to.deep.equal([
          'The Engagement Cycle',
          'CC BY-NC-SA 2.0 UK: England & Wales',
        ]);
        expect(links.every((a) => a.getAttribute('part') === 'credit-link')).to.equal(true);
      });
    }

    it('prints the addresses, since paper cannot follow a link', async function () {
      const el = await mount<HTMLElement>(html`<ec-stage-guide></ec-stage-guide>`);
      const link = el.shadowRoot!.querySelector("[part='credit-link']")!;
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox through WebDriver BiDi cannot emulate print media.
      }
      try {
        expect(getComputedStyle(link, '::after').content).to.equal(`" (${SOURCE})"`);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(link, '::after').content).to.equal('none');
    });

    it('names a source without an address, and a licence without a deed, as plain text', async () => {
      const cycle = structuredClone(defaultCycle) as Cycle;
      delete cycle.source.url;
      delete cycle.source.licence.url;
      const el = await mount<HTMLElement>(html`<ec-cycle-wheel .data=${cycle}></ec-cycle-wheel>`);
      const credit = el.shadowRoot!.querySelector("[part='credit']")!;
      expect(credit.querySelectorAll('a')).to.have.length(0);
      expect(text(credit)).to.contain('Source: The Engagement Cycle. Licence: CC BY-NC-SA 2.0 UK');
    });

    it('keeps a hostile source address out of the page', async () => {
      const cycle = structuredClone(defaultCycle) as unknown as { source: { url: string } };
      cycle.source.url = 'javascript:alert(1)';
      const el = await mount<HTMLElement>(html`<ec-cycle-wheel .data=${cycle}></ec-cycle-wheel>`);
      // The data is refused with a readable error; no link to the script is drawn.
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector("[part='error']"))).to.contain('source.url');
    });
  });

  describe('the hub view tells what the model is, and where it is partial', () => {
    it('says the list of key elements is partial, near the list', async () => {
      const el = await mount<HTMLElement>(html`<ec-stage-guide></ec-stage-guide>`);
      const view = el.shadowRoot!.querySelector('.screen')!;
      const headings = [...view.querySelectorAll('section > h3')].map(text);
      expect(headings.indexOf('About this content')).to.equal(headings.indexOf('Key elements') + 1);
      expect(text(view)).to.contain(defaultCycle.hub.notes![0]!);
      // Element 4's published title is kept, with the reason in a note under it.
      const fourth = view.querySelectorAll('.elements > li')[3]!;
      expect(text(fourth.querySelector('strong'))).to.equal('Embed engagement in government arrangements');
      expect(text(fourth.querySelector('.note'))).to.match(/^Note: The published title says/);
    });

    it('shows what the model is for, the reasons, the framework, the relationships emphasis and the versions', async () => {
      const el = await mount<HTMLElement>(html`<ec-stage-guide></ec-stage-guide>`);
      const view = el.shadowRoot!.querySelector('.screen')!;
      const headings = [...view.querySelectorAll('section > h3')].map(text);
      expect(headings).to.include.members([
        'What the model is for',
        'Why engage people',
        'Patient and public engagement framework',
        'Equal partnership and good relationships',
        'Versions of the model',
        'Words used here',
      ]);
      for (const p of defaultCycle.purposes!) expect(text(view)).to.contain(p.text);
      for (const r of defaultCycle.reasons!) expect(text(view)).to.contain(r.text);
      expect(text(view)).to.contain('integrated care boards (ICBs)');
      expect(text(view)).to.contain('Mark Doughty');
      for (const v of defaultCycle.versions!) expect(text(view)).to.contain(v.title);
    });

    it('draws the framework as a table with column and row headers', async () => {
      const el = await mount<HTMLElement>(html`<ec-stage-guide></ec-stage-guide>`);
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('table.framework')!;
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols.map(text)).to.deep.equal(['Level', 'Information', 'Feedback', 'Influence']);
      expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rows = [...table.tBodies[0]!.rows];
      expect(rows.map((r) => r.querySelector("th[scope='row']")).map(text)).to.deep.equal([
        'Individual',
        'Collective',
      ]);
      const cell = (level: string, kind: string) =>
        defaultCycle.framework!.cells.find((c) => c.level === level && c.kind === kind)!.text;
      expect(text(rows[1]!.cells[3])).to.equal(cell('collective', 'influence'));
      // Its scroll box can be reached and named, for a narrow screen where the table scrolls.
      const box = table.parentElement!;
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(box.getAttribute('aria-label')).to.equal('Patient and public engagement framework');
      await expect(el).to.be.accessible();
    });

    it('shows the same in the composite, whose hub view is its guide’s', async () => {
      const el = await mount<HTMLElement>(
        html`<ec-engagement-cycle style="width:1000px"></ec-engagement-cycle>`,
      );
      const guide = el.shadowRoot!.querySelector('ec-stage-guide')!;
      await settled(guide);
      const view = guide.shadowRoot!.querySelector('.screen')!;
      expect(view.querySelector('table.framework')).to.not.equal(null);
      expect(text(view)).to.contain(defaultCycle.summary!);
      expect(text(view)).to.contain(defaultCycle.principles![0]!.text);
      await expect(el).to.be.accessible();
    });

    it('says which version each stage follows', async () => {
      const el = await mount<HTMLElement>(html`<ec-stage-guide selected="stage-1"></ec-stage-guide>`);
      expect(text(el.shadowRoot!.querySelector('.screen .follows'))).to.equal(
        'Version of the model: The NHS Institute version (about 2011 to 2013, estimated by this project).',
      );
    });
  });

  describe('the words are explained where they are used', () => {
    it('lists the terms a stage uses, as a definition list, not a tooltip', async () => {
      const el = await mount<HTMLElement>(html`<ec-stage-guide selected="stage-5"></ec-stage-guide>`);
      const list = el.shadowRoot!.querySelector('.screen .glossary')!;
      expect(list.tagName).to.equal('DL');
      const terms = [...list.querySelectorAll('dt')].map(text);
      expect(terms).to.include.members([
        'Patient-reported outcome measures (PROMs)',
        'Mystery shopping',
        'User-focused monitoring',
        'Routine activity data',
        'Healthwatch',
      ]);
      expect(terms).to.not.include('Participatory budgeting');
    });

    it('explains the terms the matrix’s shown rows use, and each role in one line', async () => {
      const el = await mount<HTMLElement>(html`<ec-who-does-what style="width:1000px"></ec-who-does-what>`);
      const terms = [...el.shadowRoot!.querySelectorAll('.terms dt')].map(text);
      expect(terms).to.include.members([
        'Lay member',
        'Health and Wellbeing Board',
        'Overview and Scrutiny Committee',
      ]);
      const descriptions = [...el.shadowRoot!.querySelectorAll('tbody .role-description')];
      expect(descriptions).to.have.length(defaultCycle.roles!.length);
      await expect(el).to.be.accessible();
    });

    it('marks the role no source names as a suggestion', async () => {
      const el = await mount<HTMLElement>(html`<ec-who-does-what style="width:1000px"></ec-who-does-what>`);
      const th = el.shadowRoot!.querySelector("th[abbr='Public health']")!;
      expect(text(th.querySelector('.role-title .suggested'))).to.match(/^Suggestion/);
    });
  });

  describe('language of parts on a Welsh page (WCAG 3.1.2)', () => {
    it('marks the content inside the wheel list’s Welsh words as English, and the words as Welsh', async () => {
      const holder = await mount<HTMLElement>(html`<div lang="cy"><ec-cycle-wheel></ec-cycle-wheel></div>`);
      const el = holder.querySelector('ec-cycle-wheel')!;
      await settled(el);
      const hub = el.shadowRoot!.querySelector('.hub-item')!;
      expect([...hub.querySelectorAll('span')].map((s) => [s.lang, text(s)])).to.deep.equal([
        ['cy', 'Canolbwynt:'],
        ['en-GB', defaultCycle.hub.title],
      ]);
      const part = el.shadowRoot!.querySelector('ol li .in-segment')!;
      expect([...part.querySelectorAll('span')].map((s) => [s.lang, text(s)])).to.deep.equal([
        ['cy', 'Rhan o:'],
        ['en-GB', 'Analyse & plan'],
      ]);
      const credit = el.shadowRoot!.querySelector("[part='credit']") as HTMLElement;
      expect(credit.lang).to.equal('en-GB');
      expect([...credit.querySelectorAll(':scope > span')].map((s) => (s as HTMLElement).lang)).to.deep.equal(
        ['cy', 'cy'],
      );
      await expect(el).to.be.accessible();
    });

    it('marks the stage names inside the guide’s Previous and Next buttons as English', async () => {
      const holder = await mount<HTMLElement>(html`<div lang="cy"><ec-stage-guide></ec-stage-guide></div>`);
      const el = holder.querySelector('ec-stage-guide')!;
      await settled(el);
      const next = el.shadowRoot!.querySelector("[part='next-button']")!;
      expect([...next.querySelectorAll('span')].map((s) => [s.lang, text(s)])).to.deep.equal([
        ['cy', 'Nesaf:'],
        ['en-GB', '1. Needs and aspirations'],
      ]);
    });

    it('marks the matrix’s short titles and role groups as English inside its Welsh words', async () => {
      const holder = await mount<HTMLElement>(
        html`<div lang="cy"><ec-who-does-what style="width:1000px"></ec-who-does-what></div>`,
      );
      const el = holder.querySelector('ec-who-does-what')!;
      await settled(el);
      const hub = el.shadowRoot!.querySelector("[part='column-button']")!;
      expect([...hub.querySelectorAll('span')].map((s) => [s.lang, text(s)])).to.deep.equal([
        ['cy', 'Canolbwynt:'],
        ['en-GB', 'Strategy, culture and systems'],
      ]);
      const options = [...el.shadowRoot!.querySelectorAll('option')];
      expect(options.map((o) => o.lang)).to.deep.equal(['', ...defaultCycle.roleGroups!.map(() => 'en-GB')]);
      await expect(el).to.be.accessible();
    });

    it('adds no language marks where the page and the content share a language', async () => {
      const el = await mount<HTMLElement>(html`<ec-cycle-wheel></ec-cycle-wheel>`);
      expect(el.shadowRoot!.querySelectorAll('.hub-item span, .in-segment span')).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('.hub-item'))).to.equal(`Hub: ${defaultCycle.hub.title}`);
    });
  });

  describe('what a screen reader hears once, not again (issue 14 #8)', () => {
    it('the guide does not repeat a change made on the wheel it follows, only its own', async () => {
      const holder = await mount<HTMLElement>(
        html`<div><ec-cycle-wheel id="w"></ec-cycle-wheel><ec-stage-guide for="w"></ec-stage-guide></div>`,
      );
      const wheel = holder.querySelector('ec-cycle-wheel')!;
      const guide = holder.querySelector('ec-stage-guide')!;
      await settled(holder);
      const live = guide.shadowRoot!.querySelector("[aria-live='polite']")!;
      await clickCentre(wheel.shadowRoot!.querySelector("[role='tab'][data-id='stage-3']")!);
      await settled(holder);
      expect(text(guide.shadowRoot!.querySelector('.screen h2 .title-text'))).to.equal(
        defaultCycle.stages[2]!.title,
      );
      expect(text(live)).to.equal('');
      (guide.shadowRoot!.querySelector("[part='next-button']") as HTMLButtonElement).click();
      await settled(holder);
      expect(text(live)).to.equal(`Now showing Stage 4 of 5: ${defaultCycle.stages[3]!.title}`);
    });

    it('the matrix says what "Suggestion" means once, and marks each cell with the word alone', async () => {
      const el = await mount<HTMLElement>(html`<ec-who-does-what style="width:1000px"></ec-who-does-what>`);
      expect(el.shadowRoot!.querySelectorAll('.suggested-key')).to.have.length(1);
      const marks = [...el.shadowRoot!.querySelectorAll('td .suggested')];
      expect(marks.length).to.be.above(3);
      expect(marks.every((m) => text(m) === 'Suggestion')).to.equal(true);
    });
  });

  describe('the wheel says its outer ring is a suggestion', () => {
    it('under the wheel, only while the ring is drawn', async () => {
      const el = await mount<HTMLElement>(html`<ec-cycle-wheel></ec-cycle-wheel>`);
      expect(text(el.shadowRoot!.querySelector("[part='ring-note']"))).to.match(/suggestion by this project/);
      el.setAttribute('show-segments', 'false');
      await settled(el);
      expect(el.shadowRoot!.querySelector("[part='ring-note']")).to.equal(null);
    });
  });
});
