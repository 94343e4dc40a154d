import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { defaultCycle, type Cycle } from '@engagement-cycle/core';
import '../src/cycle-wheel.js';
import '../src/stage-guide.js';
import type { EcCycleWheel } from '../src/cycle-wheel.js';
import type { EcStageGuide } from '../src/stage-guide.js';
import {
  axTree,
  axTreeWhen,
  captureConsole,
  engine,
  clearAddress,
  clickCentre,
  expectEvent,
  lines,
  settled,
  type AxNode,
} from './support.js';

async function guide(template = html`<ec-stage-guide></ec-stage-guide>`): Promise<EcStageGuide> {
  const el = await fixture<EcStageGuide>(template);
  await settled(el);
  return el;
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shown = (el: Element) => q(el, '.screen')!;
const button = (el: Element, part: string) => q(el, `[part='${part}']`) as HTMLButtonElement;

describe('<ec-stage-guide>', () => {
  afterEach(() => {
    clearAddress();
  });

  describe('content', () => {
    it('shows the hub by default: its title, purpose and key elements', async () => {
      const el = await guide();
      const view = shown(el);
      expect(text(view.querySelector('.eyebrow'))).to.equal('The hub');
      expect(text(view.querySelector('h2 .title-text'))).to.equal(defaultCycle.hub.title);
      expect(text(view)).to.contain(defaultCycle.hub.purpose);
      expect([...view.querySelectorAll('.elements > li > strong')].map(text)).to.deep.equal(
        defaultCycle.hub.elements.map((e) => e.title),
      );
    });

    for (const stage of defaultCycle.stages) {
      it(`shows everything the dataset holds for ${stage.id}`, async () => {
        const el = await guide(html`<ec-stage-guide selected=${stage.id}></ec-stage-guide>`);
        const view = shown(el);
        expect(text(view.querySelector('.eyebrow'))).to.equal(`Stage ${stage.number} of 5`);
        expect(text(view.querySelector('h2 .title-text'))).to.equal(stage.title);
        expect(text(view.querySelector('.engages'))).to.equal(`Who is engaged: ${stage.engages}`);
        expect(text(view)).to.contain(stage.purpose);
        expect(
          [...view.querySelectorAll('summary')].map((s) =>
            text(s).replace(/ ?(Suggestion|Heading by this project).*$/, ''),
          ),
        ).to.deep.equal(stage.considerations.map((c) => c.title));
        // A heading this project wrote over published points says so, and only then.
        expect(
          [...view.querySelectorAll('summary')].map((s) => text(s).endsWith('Heading by this project')),
        ).to.deep.equal(stage.considerations.map((c) => c.titleBasis === 'suggested'));
        const points = stage.considerations.flatMap((c) => c.points);
        const listed = [...view.querySelectorAll('details li')].map(text);
        expect(listed).to.deep.equal(points);
        for (const item of [...stage.benefits, ...stage.methods]) expect(text(view)).to.contain(item);
        const duties = (defaultCycle.responsibilities ?? []).filter((r) => r.stage === stage.id);
        expect(view.querySelectorAll('.roles dd')).to.have.length(duties.length);
        for (const r of duties) expect(text(view)).to.contain(r.text);
        const suggested = duties.filter((r) => r.basis === 'suggested').length;
        expect(view.querySelectorAll('.roles .suggested')).to.have.length(suggested);
        expect(text(el.shadowRoot!.querySelector('.credit'))).to.contain('InHealth Associates');
      });
    }

    it('says in words, not colour, that a suggested item is a suggestion', async () => {
      const el = await guide(html`<ec-stage-guide selected="stage-1"></ec-stage-guide>`);
      const mark = q(el, '.screen .roles .suggested')!;
      expect(text(mark)).to.equal('Suggestion');
      // What the mark means is said once for the view, not after every item.
      expect(qa(el, '.screen .suggested-key')).to.have.length(1);
      expect(text(q(el, '.screen .suggested-key'))).to.equal(
        'Suggestion: suggested by this project; no published source states it.',
      );
    });

    it('shows the sources a stage rests on, as links', async () => {
      const el = await guide(html`<ec-stage-guide selected="stage-2"></ec-stage-guide>`);
      const links = [...shown(el).querySelectorAll('.sources a')] as HTMLAnchorElement[];
      expect(links.length).to.be.at.least(1);
      expect(links.every((a) => /^https?:/.test(a.href))).to.equal(true);
    });

    it('shows the links, case studies and contacts an organisation added', async () => {
      const cycle = structuredClone(defaultCycle) as Cycle;
      const stage = cycle.stages[2]!;
      stage.links = [{ label: 'Our plan', href: 'https://example.org/plan' }];
      stage.caseStudies = [
        { title: 'Better discharge', summary: 'Patients redesigned it.', organisation: 'Our trust' },
      ];
      stage.contacts = [{ name: 'Engagement team', email: 'engage@example.org', phone: '01234 567890' }];
      const el = await guide(html`<ec-stage-guide .data=${cycle} selected="stage-3"></ec-stage-guide>`);
      const view = shown(el);
      expect(
        view.querySelector<HTMLAnchorElement>('a[href="https://example.org/plan"]')!.textContent,
      ).to.equal('Our plan');
      expect(text(view)).to.contain('Better discharge (Our trust)');
      expect(view.querySelector<HTMLAnchorElement>('a[href="mailto:engage@example.org"]')).to.not.equal(null);
      expect(view.querySelector<HTMLAnchorElement>('a[href="tel:01234567890"]')).to.not.equal(null);
    });

    it('shows only the sections a stage or the hub has, and local content in its plainer forms', async () => {
      const cycle = structuredClone(defaultCycle) as Cycle;
      const stage = cycle.stages[0]!;
      stage.considerations = [];
      stage.benefits = [];
      stage.methods = [];
      delete stage.notes;
      for (const s of cycle.stages) delete s.version;
      delete cycle.glossary;
      stage.sources = [];
      stage.caseStudies = [{ title: 'Our redesign', href: 'https://example.org/redesign' }];
      stage.contacts = [{ name: 'Help desk', role: 'first contact', href: 'https://example.org/help' }];
      cycle.hub.elements = [];
      cycle.hub.sources = [];
      delete cycle.hub.notes;
      delete cycle.hub.version;
      for (const key of ['summary', 'purposes', 'reasons', 'framework', 'principles', 'versions'] as const)
        delete cycle[key];
      // One role outside any group, with a part at the first stage only.
      cycle.roles = [{ id: 'neighbour', name: 'Neighbours' }];
      cycle.responsibilities = [
        { role: 'neighbour', stage: stage.id, text: 'Say what matters.', basis: 'source' },
      ];
      const el = await guide(html`<ec-stage-guide .data=${cycle} selected=${stage.id}></ec-stage-guide>`);
      const sections = () => [...shown(el).querySelectorAll('section h3')].map(text);
      expect(sections()).to.deep.equal([
        'What it is for',
        'Who does what at this stage',
        'Case studies',
        'Contacts',
      ]);
      expect(text(shown(el).querySelector('.roles'))).to.equal('Neighbours Say what matters.');
      expect(shown(el).querySelectorAll('.roles + h4, section h4')).to.have.length(0);
      const study = shown(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/redesign"]')!;
      expect(text(study.closest('li'))).to.equal('Our redesign');
      const contact = shown(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/help"]')!;
      expect(text(contact.closest('li'))).to.equal('Help desk, first contact');
      el.select('hub');
      await el.updateComplete;
      // The hub with no key elements, no roles and no sources: its purpose alone.
      expect(sections()).to.deep.equal(['What it is for']);
    });

    it('uses heading-level for its title and the next level for its sections', async () => {
      const two = await guide(html`<ec-stage-guide selected="stage-1"></ec-stage-guide>`);
      expect(shown(two).querySelectorAll('h2')).to.have.length(1);
      expect(shown(two).querySelectorAll('h3').length).to.be.at.least(4);
      const four = await guide(html`<ec-stage-guide selected="stage-1" heading-level="4"></ec-stage-guide>`);
      expect(shown(four).querySelectorAll('h2, h3')).to.have.length(0);
      expect(text(shown(four).querySelector('h4 .title-text'))).to.equal(defaultCycle.stages[0]!.title);
      expect(text(shown(four).querySelector('h4 .eyebrow'))).to.equal('Stage 1 of 5');
      expect(shown(four).querySelectorAll('h5').length).to.be.at.least(4);
    });

    it('falls back to the hub for an unknown id, with one warning', async () => {
      const { warn } = await captureConsole(async () => {
        const el = await guide(html`<ec-stage-guide selected="stage-42"></ec-stage-guide>`);
        expect(text(shown(el).querySelector('.eyebrow'))).to.equal('The hub');
      });
      expect(lines(warn)).to.deep.equal([
        'engagement-cycle: there is no stage "stage-42"; showing the hub instead.',
      ]);
    });

    it('shows an error for invalid data and keeps the page working', async () => {
      const { result: el, error } = await captureConsole(() =>
        guide(html`<ec-stage-guide .data=${{ title: 'x' }}></ec-stage-guide>`),
      );
      expect(text(q(el, "[role='alert']"))).to.contain('stages: required');
      expect(lines(error)).to.have.length(1);
      expect(lines(error)[0]).to.match(/^engagement-cycle: The data is not a valid cycle/);
      expect(lines(error)[0]).to.contain('stages: required');
    });
  });

  describe('moving round the cycle', () => {
    it('goes forwards and backwards with wrap, naming the next stage on its button', async () => {
      const el = await guide();
      expect(text(button(el, 'next-button'))).to.equal('Next: 1. Needs and aspirations');
      expect(text(button(el, 'previous-button'))).to.equal('Previous: 5. Monitor services');
      const seen = await expectEvent(el, 'ec-stage-select', async () => {
        for (let i = 0; i < 6; i++) {
          button(el, 'next-button').click();
          await el.updateComplete;
        }
      });
      expect(seen.map((e) => e.detail.stageId)).to.deep.equal([
        'stage-1',
        'stage-2',
        'stage-3',
        'stage-4',
        'stage-5',
        'stage-1',
      ]);
      button(el, 'previous-button').click();
      await el.updateComplete;
      expect(el.selected).to.equal('stage-5');
      expect(text(button(el, 'next-button'))).to.equal('Next: 1. Needs and aspirations');
    });

    it('keeps focus on the button that was pressed, and goes back to the hub', async () => {
      const el = await guide(html`<ec-stage-guide selected="stage-2"></ec-stage-guide>`);
      button(el, 'next-button').focus();
      const [event] = await expectEvent(el, 'ec-stage-select', () => sendKeys({ press: 'Enter' }));
      expect(event!.detail.trigger).to.equal('keyboard');
      await el.updateComplete;
      expect(el.selected).to.equal('stage-3');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'next-button'));
      button(el, 'hub-button').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal('hub');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'hub-button'));
      expect(button(el, 'hub-button').getAttribute('aria-disabled')).to.equal('true');
    });

    it('announces nothing when it first opens on a given stage', async () => {
      const el = await guide(
        html`<ec-stage-guide
          src="/packages/core/src/data/engagement-cycle.en.json"
          selected="stage-3"
        ></ec-stage-guide>`,
      );
      await waitUntil(() => text(q(el, '.screen h2 .title-text')) === defaultCycle.stages[2]!.title);
      expect(text(q(el, "[aria-live='polite']"))).to.equal('');
    });

    it('announces the stage it now shows, once, politely; nothing on first load', async () => {
      const el = await guide();
      const live = q(el, "[aria-live='polite']")!;
      expect(text(live)).to.equal('');
      button(el, 'next-button').click();
      await el.updateComplete;
      expect(text(live)).to.equal(
        'Now showing Stage 1 of 5: Community engagement to identify needs and aspirations',
      );
      expect(qa(el, '[aria-live]')).to.have.length(1);
    });
  });

  describe('following a wheel with for=', () => {
    it('shows what the wheel selects, and the wheel follows the guide', async () => {
      const host = await fixture(
        html`<div>
          <ec-cycle-wheel id="w1"></ec-cycle-wheel>
          <ec-stage-guide for="w1"></ec-stage-guide>
        </div>`,
      );
      await settled(host);
      const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      wheel.select('stage-4');
      await el.updateComplete;
      expect(text(shown(el).querySelector('h2 .title-text'))).to.equal(defaultCycle.stages[3]!.title);
      const events = await expectEvent(el, 'ec-stage-select', () => clickCentre(button(el, 'next-button')));
      expect(events.map((e) => e.detail)).to.deep.equal([
        { stageId: 'stage-5', previousStageId: 'stage-4', trigger: 'pointer' },
      ]);
      await wheel.updateComplete;
      expect(wheel.selected).to.equal('stage-5');
      expect(wheel.shadowRoot!.querySelector("[data-id='stage-5']")!.getAttribute('aria-selected')).to.equal(
        'true',
      );
    });

    it('waits for a wheel whose definition loads later', async () => {
      const host = await fixture(
        html`<div>
          <ec-late-wheel id="late" selected="stage-4"></ec-late-wheel>
          <ec-stage-guide for="late"></ec-stage-guide>
        </div>`,
      );
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      await settled(el);
      expect(text(q(el, '.screen .eyebrow'))).to.equal('The hub');
      const { EcCycleWheel } = await import('../src/cycle-wheel.js');
      customElements.define('ec-late-wheel', class extends EcCycleWheel {});
      await waitUntil(
        () => text(q(el, '.screen h2 .title-text')) === defaultCycle.stages[3]!.title,
        'never followed the late wheel',
      );
    });

    it('stands alone, with a warning, when for= names an element that is not one of the family', async () => {
      const { warn, result: el } = await captureConsole(async () => {
        const host = await fixture(
          html`<div>
            <p id="not-a-wheel">Text</p>
            <ec-stage-guide for="not-a-wheel"></ec-stage-guide>
          </div>`,
        );
        await settled(host);
        return host.querySelector<EcStageGuide>('ec-stage-guide')!;
      });
      expect(lines(warn)).to.deep.equal([
        'engagement-cycle: #not-a-wheel is not an engagement-cycle element; <ec-stage-guide> stands alone.',
      ]);
      button(el, 'next-button').click();
      await el.updateComplete;
      expect(el.selected).to.equal('stage-1');
    });

    it('finds a wheel that comes after it in the page', async () => {
      const host = await fixture(html`<div><ec-stage-guide for="later"></ec-stage-guide></div>`);
      const wheel = document.createElement('ec-cycle-wheel');
      wheel.id = 'later';
      wheel.setAttribute('selected', 'stage-2');
      host.append(wheel);
      await settled(host);
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      await waitUntil(() => text(q(el, '.screen h2 .title-text')) === defaultCycle.stages[1]!.title);
    });

    it('is the panel the wheel’s tabs control (aria-controls), and passes axe', async () => {
      const host = await fixture(
        html`<div>
          <ec-cycle-wheel id="w2" selected="stage-3"></ec-cycle-wheel>
          <ec-stage-guide for="w2"></ec-stage-guide>
        </div>`,
      );
      await settled(host);
      const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      await wheel.updateComplete;
      for (const tab of wheel.shadowRoot!.querySelectorAll("[role='tab']"))
        expect((tab as Element & { ariaControlsElements?: Element[] }).ariaControlsElements).to.deep.equal([
          el,
        ]);
      await expect(host).to.be.accessible();
    });

    it('is a tab panel named like the selected tab, renamed as the selection moves (Chromium)', async function () {
      const host = await fixture(
        html`<div>
          <ec-cycle-wheel id="w4" selected="stage-3"></ec-cycle-wheel>
          <ec-stage-guide for="w4"></ec-stage-guide>
        </div>`,
      );
      await settled(host);
      const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      const roles = ['tab', 'tabpanel', 'region'];
      const panelOf = (tree: AxNode[]) => tree.filter((n) => n.role !== 'tab');
      const selectedTab = (tree: AxNode[]) => tree.filter((n) => n.role === 'tab' && n.selected);
      const tree = await axTree(roles);
      if (!tree) this.skip(); // Firefox, driven through WebDriver BiDi, has no DevTools protocol.
      // As the wheel's tab panel, the guide has the tab's own name.
      const stage3 = `Stage 3: ${defaultCycle.stages[2]!.title}`;
      expect(panelOf(tree!).map((n) => [n.role, n.name])).to.deep.equal([['tabpanel', stage3]]);
      expect(selectedTab(tree!).map((n) => n.name)).to.deep.equal([stage3]);
      // Every tab says it controls that panel.
      for (const tab of tree!.filter((n) => n.role === 'tab'))
        expect(tab.controls).to.deep.equal([{ role: 'tabpanel', name: stage3 }]);
      // A selection from the wheel, then one from the guide: the panel takes the new tab's name.
      wheel.select('hub');
      await axTreeWhen(roles, (t) =>
        expect(panelOf(t).map((n) => [n.role, n.name])).to.deep.equal([
          ['tabpanel', `Hub: ${defaultCycle.hub.title}`],
        ]),
      );
      button(el, 'previous-button').click();
      const stage5 = `Stage 5: ${defaultCycle.stages[4]!.title}`;
      await axTreeWhen(roles, (t) => {
        expect(panelOf(t).map((n) => n.name)).to.deep.equal([stage5]);
        expect(selectedTab(t).map((n) => n.name)).to.deep.equal([stage5]);
      });
    });

    it('becomes a region of its own again when it stops following (Chromium)', async function () {
      const host = await fixture(
        html`<div>
          <ec-cycle-wheel id="w5" selected="stage-2"></ec-cycle-wheel>
          <ec-stage-guide for="w5"></ec-stage-guide>
        </div>`,
      );
      await settled(host);
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      if (!(await axTree(['tabpanel']))) this.skip(); // Firefox: no DevTools protocol.
      el.removeAttribute('for');
      await settled(host);
      // On its own it shows its own selection (the hub) and the tabs no longer point at it.
      await axTreeWhen(['tab', 'tabpanel', 'region'], (t) => {
        expect(t.filter((n) => n.role !== 'tab').map((n) => [n.role, n.name])).to.deep.equal([
          ['region', `Hub: ${defaultCycle.hub.title}`],
        ]);
        expect(t.filter((n) => n.role === 'tab').every((n) => !n.controls?.length)).to.equal(true);
      });
      expect(text(shown(el).querySelector('h2 .title-text'))).to.equal(defaultCycle.hub.title);
    });

    it('keeps keyboard focus on the wheel when the wheel selects', async () => {
      const host = await fixture(
        html`<div>
          <ec-cycle-wheel id="w3"></ec-cycle-wheel>
          <ec-stage-guide for="w3"></ec-stage-guide>
        </div>`,
      );
      await settled(host);
      const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      const el = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      (wheel.shadowRoot!.querySelector("[data-id='hub']") as SVGGElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(shown(el).querySelector('h2 .title-text'))).to.equal(defaultCycle.stages[0]!.title);
      expect(document.activeElement).to.equal(wheel);
    });
  });

  describe('on its own (the accessibility tree, Chromium)', () => {
    it('is a region named like the stage it shows, renamed as it moves (Chromium)', async function () {
      const el = await guide(html`<ec-stage-guide selected="stage-1"></ec-stage-guide>`);
      const tree = await axTree(['region', 'tabpanel', 'navigation', 'heading']);
      if (!tree) this.skip(); // Firefox, driven through WebDriver BiDi, has no DevTools protocol.
      const [region, ...inside] = tree!;
      expect([region!.role, region!.name]).to.deep.equal([
        'region',
        `Stage 1 of 5: ${defaultCycle.stages[0]!.title}`,
      ]);
      // Its title, section headings and the navigation are inside the region.
      expect(inside.every((n) => n.parent === region!.id || inside.some((m) => m.id === n.parent))).to.equal(
        true,
      );
      // "Stage 1 of 5" is part of the heading, so heading navigation says where the stage sits.
      expect(inside.find((n) => n.role === 'heading')).to.deep.include({
        name: `Stage 1 of 5 ${defaultCycle.stages[0]!.title}`,
        level: 2,
      });
      expect(inside.filter((n) => n.role === 'navigation').map((n) => n.name)).to.deep.equal([
        `Move round the cycle: 1. ${defaultCycle.stages[0]!.shortTitle}`,
      ]);
      button(el, 'next-button').click();
      await axTreeWhen(['region'], (t) =>
        expect(t.map((n) => n.name)).to.deep.equal([`Stage 2 of 5: ${defaultCycle.stages[1]!.title}`]),
      );
    });
  });

  describe('print', () => {
    it('prints the shown stage without buttons, with every group open', async function () {
      const el = await guide(html`<ec-stage-guide selected="stage-3"></ec-stage-guide>`);
      if (engine === 'webkit') this.skip(); // WebKit through WebDriver classic cannot emulate print media.
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox through WebDriver BiDi cannot emulate print media.
      }
      try {
        expect(getComputedStyle(q(el, '.nav')!).display).to.equal('none');
        expect(getComputedStyle(q(el, '.screen')!).display).to.equal('none');
        const printed = q(el, '.print')!;
        expect(getComputedStyle(printed).display).to.equal('block');
        expect(printed.querySelectorAll('details')).to.have.length(0);
        expect(printed.querySelectorAll('.stage')).to.have.length(1);
        const points = defaultCycle.stages[2]!.considerations.flatMap((c) => c.points).length;
        expect(printed.querySelectorAll('.consideration li')).to.have.length(points);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('prints the hub and every stage with print-all', async () => {
      const el = await guide(html`<ec-stage-guide print-all></ec-stage-guide>`);
      const printed = q(el, '.print')!;
      expect([...printed.querySelectorAll('.stage')].map((s) => s.getAttribute('data-id'))).to.deep.equal([
        'hub',
        'stage-1',
        'stage-2',
        'stage-3',
        'stage-4',
        'stage-5',
      ]);
      expect(getComputedStyle(printed).display).to.equal('none');
    });
  });

  describe('accessibility (axe) in every state', () => {
    // Each state with the error it logs, if any (the rest log nothing): the page author sees that too.
    const states: [string, () => ReturnType<typeof html>, RegExp?][] = [
      ['hub', () => html`<ec-stage-guide></ec-stage-guide>`],
      ...defaultCycle.stages.map(
        (s) =>
          [s.id, () => html`<ec-stage-guide selected=${s.id}></ec-stage-guide>`] as [
            string,
            () => ReturnType<typeof html>,
          ],
      ),
      ['heading level 4', () => html`<ec-stage-guide heading-level="4" selected="stage-2"></ec-stage-guide>`],
      [
        'dark',
        () =>
          html`<div style="background:#1d2429">
            <ec-stage-guide theme="dark" selected="stage-2"></ec-stage-guide>
          </div>`,
      ],
      ['Welsh', () => html`<div lang="cy"><ec-stage-guide selected="stage-3"></ec-stage-guide></div>`],
      ['print-all', () => html`<ec-stage-guide print-all></ec-stage-guide>`],
      [
        'loading',
        () =>
          html`<ec-stage-guide
            src="/__fixtures__/later?delay=5000&to=/packages/core/src/data/engagement-cycle.en.json"
          ></ec-stage-guide>`,
      ],
      [
        'invalid data',
        () => html`<ec-stage-guide .data=${{ title: 'x' }}></ec-stage-guide>`,
        /^engagement-cycle: The data is not a valid cycle/,
      ],
    ];
    for (const [name, template, logged] of states) {
      it(`has no violations: ${name}`, async () => {
        const { warn, error } = await captureConsole(async () => {
          const el = await fixture(template());
          await settled(el);
          await expect(el).to.be.accessible();
        });
        expect(lines(warn)).to.deep.equal([]);
        expect(lines(error)).to.have.length(logged ? 1 : 0);
        if (logged) expect(lines(error)[0]).to.match(logged);
      });
    }

    it('has no violations with every group opened', async () => {
      const el = await guide(html`<ec-stage-guide selected="stage-3"></ec-stage-guide>`);
      const groups = qa(el, 'details') as HTMLDetailsElement[];
      const toggled = groups.map(
        (d) => new Promise((done) => d.addEventListener('toggle', done, { once: true })),
      );
      for (const d of groups) d.open = true;
      await Promise.all(toggled);
      expect(groups.every((d) => d.open)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks English content as English and Welsh interface words as Welsh on a Welsh page', async () => {
      const host = await fixture(
        html`<div lang="cy"><ec-stage-guide selected="stage-2"></ec-stage-guide></div>`,
      );
      await settled(host);
      const el = host.querySelector('ec-stage-guide')!;
      expect(q(el, '.screen article')!.getAttribute('lang')).to.equal('en-GB');
      expect(q(el, '.screen .eyebrow')!.getAttribute('lang')).to.equal('cy');
      expect(q(el, '.screen .section h3')!.getAttribute('lang')).to.equal('cy');
      const english = await guide(html`<ec-stage-guide selected="stage-2"></ec-stage-guide>`);
      expect(q(english, '.screen article')!.hasAttribute('lang')).to.equal(false);
    });

    it('speaks Welsh interface words inside lang="cy"', async () => {
      const host = await fixture(
        html`<div lang="cy"><ec-stage-guide selected="stage-2"></ec-stage-guide></div>`,
      );
      await settled(host);
      const el = host.querySelector('ec-stage-guide')!;
      expect(text(q(el, '.screen .eyebrow'))).to.equal('Cam 2 o 5');
      expect(text(button(el, 'next-button'))).to.match(/^Nesaf: 3\./);
    });
  });
});
