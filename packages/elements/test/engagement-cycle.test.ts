import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { defaultCycle } from '@engagement-cycle/core';
import '../src/engagement-cycle.js';
import type { EcEngagementCycle } from '../src/engagement-cycle.js';
import type { EcCycleWheel } from '../src/cycle-wheel.js';
import type { EcStageGuide } from '../src/stage-guide.js';
import {
  axTree,
  axTreeWhen,
  captureConsole,
  engine,
  clearAddress,
  clickCentre,
  countListeners,
  expectEvent,
  lines,
  mountMany,
  settled,
  setViewport,
} from './support.js';

const DATASET = '/packages/core/src/data/engagement-cycle.en.json';

async function composite(
  template = html`<ec-engagement-cycle></ec-engagement-cycle>`,
): Promise<EcEngagementCycle> {
  const el = await fixture<EcEngagementCycle>(template);
  await settled(el);
  return el;
}

const partsOf = (el: EcEngagementCycle) => ({
  wheel: el.shadowRoot!.querySelector<EcCycleWheel>('ec-cycle-wheel')!,
  guide: el.shadowRoot!.querySelector<EcStageGuide>('ec-stage-guide')!,
});
const title = (guide: EcStageGuide) =>
  guide.shadowRoot!.querySelector('.screen h2, .screen h3, .screen h4')?.textContent?.trim();

describe('<ec-engagement-cycle>', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
  });

  afterEach(() => {
    clearAddress();
  });

  it('holds a wheel and a guide that share one selection', async () => {
    const el = await composite();
    const { wheel, guide } = partsOf(el);
    const events = await expectEvent(el, 'ec-stage-select', async () => {
      wheel.select('stage-2');
      await guide.updateComplete;
      expect(title(guide)).to.equal(defaultCycle.stages[1]!.title);
      expect(el.selected).to.equal('stage-2');
      await clickCentre(guide.shadowRoot!.querySelector("[part='next-button']")!);
      await wheel.updateComplete;
      expect(wheel.selected).to.equal('stage-3');
    });
    // One event for each change, from where it was made.
    expect(events.map(({ detail: e }) => [e.stageId, e.trigger])).to.deep.equal([
      ['stage-2', 'api'],
      ['stage-3', 'pointer'],
    ]);
  });

  it('passes src, selected, heading-level and lang through to its parts', async () => {
    const host = await fixture(
      html`<div lang="cy">
        <ec-engagement-cycle src=${DATASET} selected="stage-4" heading-level="3"></ec-engagement-cycle>
      </div>`,
    );
    const el = host.querySelector<EcEngagementCycle>('ec-engagement-cycle')!;
    await waitUntil(() => el.cycle !== undefined, 'never loaded');
    await settled(host);
    const { wheel, guide } = partsOf(el);
    expect(wheel.selected).to.equal('stage-4');
    expect(guide.shadowRoot!.querySelector('.screen h3')!.textContent!.trim()).to.equal(
      defaultCycle.stages[3]!.title,
    );
    expect(wheel.shadowRoot!.querySelector("[data-id='stage-4']")!.getAttribute('aria-label')).to.match(
      /^Cam 4 o 5/,
    );
  });

  it('puts the wheel and the guide side by side when wide, and stacks them when narrow', async () => {
    const wide = await composite(html`<ec-engagement-cycle style="width: 1000px"></ec-engagement-cycle>`);
    let { wheel, guide } = partsOf(wide);
    expect(guide.getBoundingClientRect().left).to.be.at.least(wheel.getBoundingClientRect().right - 1);
    const narrow = await composite(html`<ec-engagement-cycle style="width: 400px"></ec-engagement-cycle>`);
    ({ wheel, guide } = partsOf(narrow));
    expect(guide.getBoundingClientRect().top).to.be.at.least(wheel.getBoundingClientRect().bottom - 1);
    expect(narrow.scrollWidth).to.be.at.most(400);
  });

  it('fits 320 px without sideways scrolling', async () => {
    const el = await composite(html`<ec-engagement-cycle style="width: 320px"></ec-engagement-cycle>`);
    const { wheel, guide } = partsOf(el);
    for (const part of [wheel, guide]) expect(part.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('shows the credit line once, for all its parts', async () => {
    const el = await composite();
    const visible = [
      el,
      ...['ec-cycle-wheel', 'ec-stage-guide', 'ec-who-does-what'].map((t) =>
        el.shadowRoot!.querySelector(t)!,
      ),
    ]
      .flatMap((host) => [...host.shadowRoot!.querySelectorAll("[part='credit']")])
      .filter((p) => getComputedStyle(p).display !== 'none');
    expect(visible).to.have.length(1);
    expect(visible[0]!.textContent).to.contain('InHealth Associates');
  });

  it('hands custom properties set on it down to its parts', async () => {
    const el = await composite(
      html`<ec-engagement-cycle
        style="--ec-stage-fill: rgb(10, 20, 30); --ec-color-link: rgb(40, 50, 60)"
      ></ec-engagement-cycle>`,
    );
    const { wheel, guide } = partsOf(el);
    const stage = wheel.shadowRoot!.querySelector("[data-id='stage-1'] path")!;
    await waitUntil(() => getComputedStyle(stage).fill === 'rgb(10, 20, 30)', 'the wheel kept its own blue');
    const next = guide.shadowRoot!.querySelector("[part='next-button']")!;
    expect(getComputedStyle(next).color).to.equal('rgb(40, 50, 60)');
  });

  it('passes print-all to its guide and can leave the matrix out', async () => {
    const el = await composite(html`<ec-engagement-cycle print-all hide-matrix></ec-engagement-cycle>`);
    expect(partsOf(el).guide.printAll).to.equal(true);
    expect(el.shadowRoot!.querySelector('ec-who-does-what')).to.equal(null);
  });

  it('makes the guide the wheel’s tab panel', async () => {
    const el = await composite(html`<ec-engagement-cycle selected="stage-1"></ec-engagement-cycle>`);
    const { wheel, guide } = partsOf(el);
    const tab = wheel.shadowRoot!.querySelector("[data-id='stage-1']") as Element & {
      ariaControlsElements?: Element[];
    };
    expect(tab.ariaControlsElements).to.deep.equal([guide]);
  });

  it('gives screen readers the guide as the wheel’s tab panel, named like the selected tab (Chromium)', async function () {
    const el = await composite(html`<ec-engagement-cycle selected="stage-1"></ec-engagement-cycle>`);
    const roles = ['tablist', 'tab', 'tabpanel', 'region'];
    const tree = await axTree(roles);
    if (!tree) this.skip(); // Firefox, driven through WebDriver BiDi, has no DevTools protocol.
    const stage1 = `Stage 1 of 5: ${defaultCycle.stages[0]!.title}`;
    expect(tree!.filter((n) => n.role !== 'tab').map((n) => [n.role, n.name])).to.deep.equal([
      ['tablist', 'The Engagement Cycle'],
      ['tabpanel', stage1],
    ]);
    expect(tree!.filter((n) => n.selected).map((n) => n.name)).to.deep.equal([stage1]);
    el.select('stage-4');
    const stage4 = `Stage 4 of 5: ${defaultCycle.stages[3]!.title}`;
    await axTreeWhen(roles, (t) => {
      expect(t.filter((n) => n.role === 'tabpanel').map((n) => n.name)).to.deep.equal([stage4]);
      expect(t.filter((n) => n.selected).map((n) => n.name)).to.deep.equal([stage4]);
    });
  });

  it('shares its store with elements nested in its light DOM', async () => {
    const el = await composite(
      html`<ec-engagement-cycle>
        <ec-cycle-wheel slot="after" hide-list show-segments="false"></ec-cycle-wheel>
      </ec-engagement-cycle>`,
    );
    const nested = el.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
    nested.select('stage-5');
    await el.updateComplete;
    expect(el.selected).to.equal('stage-5');
    expect(title(partsOf(el).guide)).to.equal(defaultCycle.stages[4]!.title);
  });

  describe('deep links', () => {
    it('opens the stage in the address, writes changes with replaceState and follows hashchange', async () => {
      history.replaceState(null, '', '#ec-stage-3');
      const el = await composite(html`<ec-engagement-cycle sync-url></ec-engagement-cycle>`);
      expect(el.selected).to.equal('stage-3');
      const length = history.length;
      partsOf(el).wheel.select('stage-4');
      await el.updateComplete;
      expect(location.hash).to.equal('#ec-stage-4');
      expect(history.length).to.equal(length);
      const [event] = await expectEvent(el, 'ec-stage-select', () => (location.hash = '#ec-hub'));
      expect(event!.detail).to.deep.include({ stageId: 'hub', trigger: 'url' });
    });

    it('lets only the first of two composites follow the address, with one warning', async () => {
      const { warn } = await captureConsole(async () => {
        const host = await fixture(
          html`<div>
            <ec-engagement-cycle id="first" sync-url></ec-engagement-cycle>
            <ec-engagement-cycle id="second" sync-url></ec-engagement-cycle>
          </div>`,
        );
        await settled(host);
        const [first, second] = [...host.querySelectorAll<EcEngagementCycle>('ec-engagement-cycle')];
        second!.select('stage-2');
        await second!.updateComplete;
        expect(location.hash).to.equal('');
        first!.select('stage-5');
        await first!.updateComplete;
        expect(location.hash).to.equal('#ec-stage-5');
        location.hash = '#ec-stage-1';
        await waitUntil(() => first!.selected === 'stage-1');
        expect(second!.selected).to.equal('stage-2');
        // When the first leaves the page, the second takes the address over.
        first!.remove();
        second!.select('stage-3');
        await second!.updateComplete;
        expect(location.hash).to.equal('#ec-stage-3');
      });
      expect(lines(warn)).to.deep.equal([
        'engagement-cycle: another element already follows the page address; this one will not.',
      ]);
    });
  });

  it('can be used by keyboard alone: into the wheel, select, then on to the guide', async () => {
    const host = await fixture(
      html`<div><button>before</button><ec-engagement-cycle></ec-engagement-cycle></div>`,
    );
    await settled(host);
    const el = host.querySelector<EcEngagementCycle>('ec-engagement-cycle')!;
    host.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('stage-2');
    const { guide } = partsOf(el);
    expect(title(guide)).to.equal(defaultCycle.stages[1]!.title);
    // Tab leaves the wheel and reaches the guide's first control.
    await sendKeys({ press: 'Tab' });
    const active = guide.shadowRoot!.activeElement;
    expect(active?.tagName).to.match(/^(SUMMARY|A|BUTTON)$/);
  });

  it('follows a dark system setting with theme="auto", in every part', async function () {
    if (engine === 'webkit') this.skip(); // WebKit through WebDriver classic cannot emulate it.
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      this.skip(); // Firefox through WebDriver BiDi cannot emulate the colour scheme.
    }
    try {
      const el = await composite(
        html`<ec-engagement-cycle theme="auto" selected="stage-2"></ec-engagement-cycle>`,
      );
      const matrix = el.shadowRoot!.querySelector('ec-who-does-what')!;
      const cell = matrix.shadowRoot!.querySelector('td.selected')!;
      expect(getComputedStyle(cell).backgroundColor).to.equal('rgb(20, 52, 79)');
      expect(getComputedStyle(cell).color).to.equal('rgb(240, 244, 245)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  describe('accessibility (axe)', () => {
    for (const [name, template] of [
      ['hub', () => html`<ec-engagement-cycle></ec-engagement-cycle>`],
      ['a stage', () => html`<ec-engagement-cycle selected="stage-2"></ec-engagement-cycle>`],
      [
        'narrow',
        () => html`<ec-engagement-cycle style="width:320px" selected="stage-4"></ec-engagement-cycle>`,
      ],
      [
        'dark',
        () =>
          html`<div style="background:#1d2429">
            <ec-engagement-cycle theme="dark"></ec-engagement-cycle>
          </div>`,
      ],
      [
        'Welsh',
        () => html`<div lang="cy"><ec-engagement-cycle selected="stage-1"></ec-engagement-cycle></div>`,
      ],
    ] as const) {
      it(`has no violations: ${name}`, async () => {
        const el = await fixture(template());
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('leaves no window or document listeners after 200 mounts and unmounts', async function () {
    // 200 full mounts take longer than the default time limit on a busy machine.
    this.timeout(120000);
    const live = await countListeners(() => mountMany('ec-engagement-cycle', ['sync-url']));
    expect([...live].filter(([, n]) => n !== 0)).to.deep.equal([]);
    expect(live.get('window:hashchange')).to.equal(0);
  });
});
