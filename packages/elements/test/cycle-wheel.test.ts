import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { defaultCycle, parseCycle, renderWheelSvg, wheelLayout, type Cycle } from '@engagement-cycle/core';
import '../src/cycle-wheel.js';
import type { EcCycleWheel } from '../src/cycle-wheel.js';
import { copyOfDefault, cycleWithStages } from '../../core/test/helpers.js';
import {
  axTree,
  axTreeWhen,
  captureConsole,
  clearAddress,
  clickCentre,
  countListeners,
  expectEvent,
  expectNoEvent,
  lines,
  motionSettled,
  mountMany,
  pressWith,
  settled,
  withoutMotion,
  type AxNode,
  setViewport,
} from './support.js';

const DATASET = '/packages/core/src/data/engagement-cycle.en.json';

async function wheel(template = html`<ec-cycle-wheel></ec-cycle-wheel>`): Promise<EcCycleWheel> {
  const el = await fixture<EcCycleWheel>(template);
  await settled(el);
  return el;
}

const tabs = (el: EcCycleWheel) => [...el.shadowRoot!.querySelectorAll<SVGGElement>("[role='tab']")];
const tab = (el: EcCycleWheel, id: string) =>
  el.shadowRoot!.querySelector<SVGGElement>(`[role='tab'][data-id='${id}']`)!;
const focusedId = (el: EcCycleWheel) => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id;
const selectedIds = (el: EcCycleWheel) =>
  tabs(el)
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.dataset.id);

/** Where a stage's middle is on screen, from the same layout the element draws. */
function pointOf(el: EcCycleWheel, id: string): { x: number; y: number } {
  const svgEl = el.shadowRoot!.querySelector('svg')!;
  const layout = wheelLayout(el.cycle!, { selected: el.selected, showSegments: el.showSegments });
  const stage = layout.stages.find((s) => s.id === id);
  const r = stage ? (layout.radii.stageInner + layout.radii.stageOuter) / 2 : 0;
  const angle = stage?.midAngle ?? 0;
  const pt = svgEl.createSVGPoint();
  pt.x = r * Math.sin(angle);
  pt.y = -r * Math.cos(angle);
  const screen = pt.matrixTransform(svgEl.getScreenCTM()!);
  return { x: Math.round(screen.x), y: Math.round(screen.y) };
}

async function click(el: EcCycleWheel, id: string): Promise<void> {
  const { x, y } = pointOf(el, id);
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
}

describe('<ec-cycle-wheel>', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
  });

  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    clearAddress();
  });

  describe('drawing', () => {
    it('draws the hub and the five stages as tabs in one tablist named after the cycle', async () => {
      const el = await wheel();
      const tablist = el.shadowRoot!.querySelector("[role='tablist']")!;
      expect(tablist.getAttribute('aria-label')).to.equal('The Engagement Cycle');
      expect(tabs(el).map((t) => t.dataset.id)).to.deep.equal([
        'hub',
        'stage-1',
        'stage-2',
        'stage-3',
        'stage-4',
        'stage-5',
      ]);
      expect(el.shadowRoot!.querySelectorAll("[part='segment']")).to.have.length(4);
    });

    for (const n of [3, 5, 8, 12, 24]) {
      it(`draws ${n} stage segments for a ${n}-stage cycle`, async () => {
        const el = await wheel(html`<ec-cycle-wheel .data=${cycleWithStages(n)}></ec-cycle-wheel>`);
        expect(el.shadowRoot!.querySelectorAll("[role='tab'].stage")).to.have.length(n);
        expect(el.shadowRoot!.querySelectorAll('ol li')).to.have.length(n);
      });
    }

    it('names every stage with its number and its full title (the screen reader gives the count)', async () => {
      const el = await wheel();
      expect(tab(el, 'stage-2').getAttribute('aria-label')).to.equal(
        'Stage 2: Working with the public to plan and transform services',
      );
      expect(tab(el, 'hub').getAttribute('aria-label')).to.equal(
        'Hub: Engagement strategy, culture and systems',
      );
    });

    it('shows each stage number on its segment, so colour is never the only cue', async () => {
      const el = await wheel();
      const numbers = [...el.shadowRoot!.querySelectorAll('.stage-text .number')].map((t) =>
        t.textContent?.trim(),
      );
      expect(numbers).to.deep.equal(['1', '2', '3', '4', '5']);
    });

    it('lists the stages in text, in order, with their segment, and shows the credit', async () => {
      const el = await wheel();
      const items = [...el.shadowRoot!.querySelectorAll('ol li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items[0]).to.equal(
        'Community engagement to identify needs and aspirations (Part of: Analyse & plan)',
      );
      // The grouping of stages into commissioning steps is the project's reading, and says so
      // once, right after the list.
      expect(el.shadowRoot!.querySelector("[part='list'] + [part='ring-note']")!.textContent).to.match(
        /\(“Part of”\) is a suggestion by this project/,
      );
      expect(items).to.have.length(5);
      expect(el.shadowRoot!.querySelector("[part='credit']")!.textContent).to.contain('InHealth Associates');
    });

    it('draws the same paths as the static SVG for the same cycle and selection', async () => {
      for (const cycle of [defaultCycle, cycleWithStages(8)] as Cycle[]) {
        const el = await wheel(
          html`<ec-cycle-wheel .data=${cycle} selected=${cycle.stages[1]!.id}></ec-cycle-wheel>`,
        );
        const drawn = [...el.shadowRoot!.querySelectorAll('path')].map((p) => p.getAttribute('d')).sort();
        const staticSvg = renderWheelSvg(cycle, { selected: cycle.stages[1]!.id });
        const exported = [...staticSvg.matchAll(/<path id="[^"]*" d="([^"]+)"|<path d="([^"]+)"/g)]
          .map((m) => m[1] ?? m[2])
          .sort();
        expect(drawn).to.deep.equal(exported);
      }
    });

    it('paints the ring bands and never the arcs its text follows', async () => {
      const el = await wheel();
      const guides = [...el.shadowRoot!.querySelectorAll('.segment path:not(.band)')];
      expect(guides).to.have.length(4);
      for (const guide of guides) {
        expect(getComputedStyle(guide).fill).to.equal('none');
        expect(getComputedStyle(guide).stroke).to.equal('none');
      }
      const band = getComputedStyle(el.shadowRoot!.querySelector('.segment .band')!).fill;
      expect(band).to.equal('rgb(66, 85, 99)');
    });

    it('leaves the outer ring off with show-segments="false"', async () => {
      const el = await wheel(html`<ec-cycle-wheel show-segments="false"></ec-cycle-wheel>`);
      expect(el.shadowRoot!.querySelectorAll("[part='segment']")).to.have.length(0);
      expect(el.showSegments).to.equal(false);
    });

    it('uses the label attribute as the wheel’s accessible name', async () => {
      const el = await wheel(html`<ec-cycle-wheel label="Our engagement cycle"></ec-cycle-wheel>`);
      expect(el.shadowRoot!.querySelector("[role='tablist']")!.getAttribute('aria-label')).to.equal(
        'Our engagement cycle',
      );
    });

    it('speaks Welsh inside a lang="cy" page section', async () => {
      const host = await fixture(html`<div lang="cy"><ec-cycle-wheel></ec-cycle-wheel></div>`);
      const el = host.querySelector('ec-cycle-wheel')!;
      await settled(host);
      expect(tab(el, 'stage-2').getAttribute('aria-label')).to.match(/^Cam 2: /);
      // The list's titles are English content; the words round them are Welsh.
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('lang')).to.equal('en-GB');
      // The words round a segment's title are Welsh; the title inside them is content, English.
      const part = el.shadowRoot!.querySelector('.in-segment')!;
      expect(part.querySelector("span[lang='cy']")!.textContent).to.equal('Rhan o: ');
      expect(part.querySelector("span[lang='en-GB']")!.textContent).to.equal('Analyse & plan');
    });

    it('shows titles containing HTML or script as plain text', async () => {
      const hostile = structuredClone(defaultCycle) as Cycle;
      const evil = '<img src=x onerror="window.__ecHacked=1"><script>window.__ecHacked=2</script>';
      (hostile.stages[0] as { title: string; shortTitle: string }).title = evil;
      (hostile.stages[0] as { title: string; shortTitle: string }).shortTitle = '<b>bold</b>';
      const el = await wheel(html`<ec-cycle-wheel .data=${hostile}></ec-cycle-wheel>`);
      // Had the title made an <img src=x>, its error (and the handler) would have come by the
      // time a probe image of the same address has failed to load.
      await new Promise((done) => Object.assign(new Image(), { onerror: done, src: 'x' }));
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect(el.shadowRoot!.querySelector('ol li')!.textContent).to.contain(evil);
      expect((window as { __ecHacked?: number }).__ecHacked).to.equal(undefined);
    });

    it('turns the selected stage to the top with rotate', async () => {
      const el = await wheel(html`<ec-cycle-wheel rotate selected="stage-3"></ec-cycle-wheel>`);
      const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const box = tab(el, 'stage-3').getBoundingClientRect();
      expect(box.top).to.be.below(svgBox.top + svgBox.height / 4);
      expect(Math.abs(box.left + box.width / 2 - (svgBox.left + svgBox.width / 2))).to.be.below(
        svgBox.width * 0.05,
      );
    });
  });

  describe('what screen readers get (the accessibility tree, Chromium)', () => {
    const names = [
      `Hub: ${defaultCycle.hub.title}`,
      ...defaultCycle.stages.map((s) => `Stage ${s.number}: ${s.title}`),
    ];
    const selectedNames = (tree: AxNode[]) => tree.filter((n) => n.selected).map((n) => n.name);

    it('one tablist named by the cycle title, holding a tab for the hub and each stage, one selected (Chromium)', async function () {
      await wheel(html`<ec-cycle-wheel selected="stage-2"></ec-cycle-wheel>`);
      const tree = await axTree(['tablist', 'tab']);
      if (!tree) this.skip(); // Firefox, driven through WebDriver BiDi, has no DevTools protocol.
      const lists = tree!.filter((n) => n.role === 'tablist');
      expect(lists.map((n) => n.name)).to.deep.equal(['The Engagement Cycle']);
      const tabNodes = tree!.filter((n) => n.role === 'tab');
      expect(tabNodes.map((n) => n.name)).to.deep.equal(names);
      expect(tabNodes.every((n) => n.parent === lists[0]!.id && n.focusable)).to.equal(true);
      expect(selectedNames(tabNodes)).to.deep.equal([names[2]]);
    });

    it('reads each tab once: the drawn text is hidden, nothing but the tabs is in the tablist (Chromium)', async function () {
      await wheel();
      const tree = await axTree();
      if (!tree) this.skip(); // Firefox, driven through WebDriver BiDi, has no DevTools protocol.
      const list = tree!.find((n) => n.role === 'tablist')!;
      const inside = new Set([list.id]);
      for (const n of tree!) if (n.parent && inside.has(n.parent)) inside.add(n.id);
      inside.delete(list.id);
      const roles = tree!.filter((n) => inside.has(n.id)).map((n) => n.role);
      expect(roles).to.deep.equal(['tab', 'tab', 'tab', 'tab', 'tab', 'tab']);
      // The segment names of the outer ring are drawn only; the list under the wheel says them.
      expect(tree!.some((n) => n.role === 'StaticText' && n.name === 'Analyse & plan')).to.equal(false);
    });

    it('moves the selected state with the selection, and tells which tab has focus (Chromium)', async function () {
      const el = await wheel();
      if (!(await axTree(['tab']))) this.skip(); // Firefox: no DevTools protocol.
      await click(el, 'stage-4');
      await axTreeWhen(['tab'], (tree) => {
        expect(selectedNames(tree)).to.deep.equal([names[4]]);
        expect(tree.filter((n) => n.focused).map((n) => n.name)).to.deep.equal([names[4]]);
      });
      await sendKeys({ press: 'ArrowRight' });
      await axTreeWhen(['tab'], (tree) => {
        expect(selectedNames(tree)).to.deep.equal([names[4]]);
        expect(tree.filter((n) => n.focused).map((n) => n.name)).to.deep.equal([names[5]]);
      });
      await sendKeys({ press: 'Enter' });
      await axTreeWhen(['tab'], (tree) => expect(selectedNames(tree)).to.deep.equal([names[5]]));
    });

    it('names the tablist with the label attribute, and each tab in the page’s language (Chromium)', async function () {
      const host = await fixture(
        html`<div lang="cy"><ec-cycle-wheel label="Ein cylch" selected="hub"></ec-cycle-wheel></div>`,
      );
      await settled(host);
      const tree = await axTree(['tablist', 'tab']);
      if (!tree) this.skip(); // Firefox: no DevTools protocol.
      expect(tree!.map((n) => n.name.split(':')[0])).to.deep.equal([
        'Ein cylch',
        'Canolbwynt',
        'Cam 1',
        'Cam 2',
        'Cam 3',
        'Cam 4',
        'Cam 5',
      ]);
    });
  });

  describe('keyboard (tabs pattern, manual activation)', () => {
    it('has one tab stop, on the selected tab', async () => {
      const el = await wheel(html`<ec-cycle-wheel selected="stage-2"></ec-cycle-wheel>`);
      const stops = tabs(el).filter((t) => t.getAttribute('tabindex') === '0');
      expect(stops.map((t) => t.dataset.id)).to.deep.equal(['stage-2']);
    });

    it('moves round the ring with the arrow keys and wraps, Home to the hub, End to the last stage', async () => {
      const el = await wheel();
      tab(el, 'hub').focus();
      // Moving focus does not select: activation is manual.
      await expectNoEvent(el, 'ec-stage-select', async () => {
        await sendKeys({ press: 'ArrowRight' });
        expect(focusedId(el)).to.equal('stage-1');
        await sendKeys({ press: 'ArrowDown' });
        expect(focusedId(el)).to.equal('stage-2');
        await sendKeys({ press: 'End' });
        expect(focusedId(el)).to.equal('stage-5');
        await sendKeys({ press: 'ArrowRight' });
        expect(focusedId(el)).to.equal('hub');
        await sendKeys({ press: 'ArrowLeft' });
        expect(focusedId(el)).to.equal('stage-5');
        await sendKeys({ press: 'ArrowUp' });
        expect(focusedId(el)).to.equal('stage-4');
        await sendKeys({ press: 'Home' });
        expect(focusedId(el)).to.equal('hub');
      });
      expect(selectedIds(el)).to.deep.equal(['hub']);
    });

    it('selects with Enter and Space, fires the event with trigger "keyboard", and keeps focus', async () => {
      const el = await wheel();
      tab(el, 'hub').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      const events = await expectEvent(el, 'ec-stage-select', () => sendKeys({ press: 'Enter' }));
      expect(events.map((e) => e.detail)).to.deep.equal([
        { stageId: 'stage-2', previousStageId: 'hub', trigger: 'keyboard' },
      ]);
      await el.updateComplete;
      expect(el.selected).to.equal('stage-2');
      expect(focusedId(el)).to.equal('stage-2');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('stage-3');
      expect(focusedId(el)).to.equal('stage-3');
    });

    it('is reached with Tab from the page and shows a yellow focus highlight', async () => {
      const host = await fixture(
        html`<div>
          <button>before</button><ec-cycle-wheel></ec-cycle-wheel><button id="after">after</button>
        </div>`,
      );
      const el = host.querySelector('ec-cycle-wheel')!;
      await settled(host);
      host.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedId(el)).to.equal('hub');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await motionSettled(el); // the fill fades to the focus colour
      expect(getComputedStyle(tab(el, 'stage-1').querySelector('path')!).fill).to.equal('rgb(255, 235, 59)');
      const number = el.shadowRoot!.querySelector('.stage-text.focused .number')!;
      expect(number.textContent!.trim()).to.equal('1');
      expect(getComputedStyle(number).fill).to.equal('rgb(33, 43, 50)');
      // One tab stop: the next Tab leaves the tabs for the credit's first link; Shift+Tab comes
      // back to the selected tab.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('credit-link');
      await pressWith('Shift', 'Tab');
      expect(focusedId(el)).to.equal('hub');
    });
  });

  describe('pointer and API', () => {
    it('selects a stage on click with trigger "pointer"', async () => {
      const el = await wheel();
      const events = await expectEvent(el, 'ec-stage-select', () => click(el, 'stage-4'));
      expect(events.map((e) => e.detail)).to.deep.equal([
        { stageId: 'stage-4', previousStageId: 'hub', trigger: 'pointer' },
      ]);
      expect(selectedIds(el)).to.deep.equal(['stage-4']);
      // A click focuses the tab without the keyboard highlight: its text must stay light on
      // the selected blue, not switch to the dark focus colour.
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.focused')).to.equal(null);
      const label = el.shadowRoot!.querySelector('.stage-text.selected .label')!;
      expect(getComputedStyle(label).fill).to.equal('rgb(255, 255, 255)');
      await click(el, 'hub');
      expect(el.selected).to.equal('hub');
    });

    it('fires a bubbling, composed event for select(), next() and previous() with trigger "api"', async () => {
      const el = await wheel();
      const seen = await expectEvent(document, 'ec-stage-select', () => {
        el.select('stage-5');
        el.next();
        el.previous();
        el.previous();
        el.select('stage-4');
      });
      expect(seen.every((e) => e.bubbles && e.composed && e.target === el)).to.equal(true);
      expect(seen.map(({ detail: d }) => [d.previousStageId, d.stageId, d.trigger])).to.deep.equal([
        ['hub', 'stage-5', 'api'],
        ['stage-5', 'stage-1', 'api'],
        ['stage-1', 'stage-5', 'api'],
        ['stage-5', 'stage-4', 'api'],
      ]);
    });

    it('round-trips the selected attribute', async () => {
      const el = await wheel();
      el.setAttribute('selected', 'stage-3');
      await el.updateComplete;
      expect(selectedIds(el)).to.deep.equal(['stage-3']);
      el.select('stage-1');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('stage-1');
    });

    it('falls back to the hub for an unknown id, with one warning', async () => {
      const { warn } = await captureConsole(async () => {
        const el = await wheel(html`<ec-cycle-wheel selected="stage-99"></ec-cycle-wheel>`);
        await el.updateComplete;
        expect(selectedIds(el)).to.deep.equal(['hub']);
        expect(el.selected).to.equal('hub');
      });
      expect(lines(warn)).to.deep.equal([
        'engagement-cycle: there is no stage "stage-99"; showing the hub instead.',
      ]);
    });

    it('warns and shows the hub when select() names a stage the cycle does not have', async () => {
      const el = await wheel(html`<ec-cycle-wheel selected="stage-2"></ec-cycle-wheel>`);
      const { warn, result: events } = await captureConsole(() =>
        expectEvent(el, 'ec-stage-select', () => el.select('stage-9')),
      );
      expect(lines(warn)).to.deep.equal([
        'engagement-cycle: there is no stage "stage-9"; showing the hub instead.',
      ]);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { stageId: 'hub', previousStageId: 'stage-2', trigger: 'api' },
      ]);
      await el.updateComplete;
      expect(selectedIds(el)).to.deep.equal(['hub']);
    });

    it('does nothing on next() and previous() while its cycle is still loading', async () => {
      const el = await wheel(
        html`<ec-cycle-wheel src=${`/__fixtures__/later?delay=1500&to=${DATASET}`}></ec-cycle-wheel>`,
      );
      await expectNoEvent(el, 'ec-stage-select', () => {
        el.next();
        el.previous();
      });
      await waitUntil(() => tabs(el).length === 6, 'never loaded', { timeout: 5000 });
      expect(selectedIds(el)).to.deep.equal(['hub']);
    });

    it('gives each stage and the hub a pointer target of at least 24 by 24 px at 240 px wide', async () => {
      const el = await wheel(html`<ec-cycle-wheel style="width: 240px"></ec-cycle-wheel>`);
      for (const id of ['hub', 'stage-1', 'stage-2', 'stage-3', 'stage-4', 'stage-5']) {
        const { x, y } = pointOf(el, id);
        for (const [dx, dy] of [
          [-12, -12],
          [12, -12],
          [-12, 12],
          [12, 12],
        ]) {
          const hit = el.shadowRoot!.elementFromPoint(x + dx!, y + dy!);
          expect(hit?.closest("[role='tab']")?.getAttribute('data-id'), `${id} at ${dx},${dy}`).to.equal(id);
        }
      }
    });
  });

  describe('deep links (sync-url)', () => {
    it('opens the stage named in the address, with trigger "url"', async () => {
      history.replaceState(null, '', '#ec-stage-3');
      const el = await wheel(html`<ec-cycle-wheel sync-url></ec-cycle-wheel>`);
      expect(el.selected).to.equal('stage-3');
    });

    it('writes the selection to the address without adding history entries', async () => {
      const el = await wheel(html`<ec-cycle-wheel sync-url></ec-cycle-wheel>`);
      const length = history.length;
      el.select('stage-4');
      expect(location.hash).to.equal('#ec-stage-4');
      el.select('hub');
      expect(location.hash).to.equal('#ec-hub');
      expect(history.length).to.equal(length);
    });

    it('follows hashchange and back/forward', async () => {
      const el = await wheel(html`<ec-cycle-wheel sync-url></ec-cycle-wheel>`);
      let [event] = await expectEvent(el, 'ec-stage-select', () => (location.hash = '#ec-stage-2'));
      expect(event!.detail).to.deep.include({ stageId: 'stage-2', trigger: 'url' });
      location.hash = '#ec-stage-5';
      await waitUntil(() => el.selected === 'stage-5');
      [event] = await expectEvent(el, 'ec-stage-select', () => history.back());
      expect(event!.detail).to.deep.include({ stageId: 'stage-2', trigger: 'url' });
      history.forward();
      await waitUntil(() => el.selected === 'stage-5');
    });

    it('waits for a cycle from src before applying the address', async () => {
      history.replaceState(null, '', '#ec-stage-4');
      const el = await wheel(html`<ec-cycle-wheel sync-url src=${DATASET}></ec-cycle-wheel>`);
      await waitUntil(() => el.cycle !== undefined);
      await el.updateComplete;
      expect(el.selected).to.equal('stage-4');
    });

    it('stops following the address when sync-url is turned off', async () => {
      const el = await wheel(html`<ec-cycle-wheel sync-url></ec-cycle-wheel>`);
      el.select('stage-2');
      expect(location.hash).to.equal('#ec-stage-2');
      el.syncUrl = false;
      await el.updateComplete;
      expect(el.hasAttribute('sync-url')).to.equal(false);
      el.select('stage-4');
      expect(location.hash).to.equal('#ec-stage-2');
      await expectNoEvent(el, 'ec-stage-select', () => (location.hash = '#ec-stage-1'));
      expect(el.selected).to.equal('stage-4');
      // And on again: it reads the address at once.
      el.syncUrl = true;
      await el.updateComplete;
      await waitUntil(() => el.selected === 'stage-1', 'did not follow the address again');
    });

    it('keeps selecting when the browser refuses an address change, and writes it later', async () => {
      // Safari refuses more than 100 replaceState calls in 10 s (a held arrow key gets there).
      const el = await wheel(html`<ec-cycle-wheel sync-url></ec-cycle-wheel>`);
      const replaceState = History.prototype.replaceState;
      let refused = 0;
      history.replaceState = () => {
        refused += 1;
        throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
      };
      try {
        el.select('stage-2');
        el.select('stage-3');
        await el.updateComplete;
        expect(el.selected).to.equal('stage-3');
        expect(refused).to.equal(2);
      } finally {
        delete (history as Partial<History>).replaceState;
      }
      expect(history.replaceState).to.equal(replaceState);
      await waitUntil(() => location.hash === '#ec-stage-3', 'the refused address was never written', {
        timeout: 3000,
      });
    });

    it('ignores the address without sync-url', async () => {
      history.replaceState(null, '', '#ec-stage-3');
      const el = await wheel();
      expect(el.selected).to.equal('hub');
      el.select('stage-1');
      expect(location.hash).to.equal('#ec-stage-3');
    });
  });

  describe('loading and errors', () => {
    it('keeps its square while loading, then draws the loaded cycle in the same box', async () => {
      const el = await wheel(
        html`<ec-cycle-wheel
          style="width: 400px"
          src="/__fixtures__/echo?delay=400&body=${encodeURIComponent(JSON.stringify(cycleWithStages(4)))}"
        ></ec-cycle-wheel>`,
      );
      const square = el.shadowRoot!.querySelector('.square')!;
      expect(el.shadowRoot!.querySelector("[role='status']")!.textContent).to.contain('Loading');
      expect(square.getBoundingClientRect().height).to.be.closeTo(400, 1);
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll("[role='tab'].stage").length === 4,
        'never loaded',
        { timeout: 5000 },
      );
      expect(square.getBoundingClientRect().height).to.be.closeTo(400, 1);
    });

    it('shows the source it was given last, when src changes while a load is under way', async () => {
      const el = await wheel(
        html`<ec-cycle-wheel src=${`/__fixtures__/later?delay=3000&to=${DATASET}`}></ec-cycle-wheel>`,
      );
      expect(el.shadowRoot!.querySelector("[role='status']")!.textContent).to.contain('Loading');
      el.src = `/__fixtures__/echo?body=${encodeURIComponent(JSON.stringify(cycleWithStages(4)))}`;
      await waitUntil(() => tabs(el).length === 5, 'the new source never showed', { timeout: 5000 });
      // The first load (the five-stage dataset) was given up, not shown over the new one.
      await el.updateComplete;
      expect(el.cycle!.stages).to.have.length(4);
    });

    it('goes back to the default cycle when its data is taken away', async () => {
      const el = await wheel(html`<ec-cycle-wheel .data=${cycleWithStages(3)}></ec-cycle-wheel>`);
      expect(tabs(el)).to.have.length(4);
      el.data = undefined;
      await waitUntil(() => tabs(el).length === 6, 'the default cycle never came back');
      expect(tab(el, 'stage-1').getAttribute('aria-label')).to.equal(
        `Stage 1: ${defaultCycle.stages[0]!.title}`,
      );
    });

    it('lists the first eight problems of invalid data and says how many more the console has', async () => {
      const nine = copyOfDefault();
      for (const s of nine.stages) (s as { title: string }).title = '';
      for (const s of nine.stages.slice(0, 4)) (s as { shortTitle: string }).shortTitle = '';
      const ok = parseCycle(nine);
      expect(ok.ok ? [] : ok.errors, 'the test data has nine problems').to.have.length(9);
      const { error } = await captureConsole(async () => {
        const el = await wheel(html`<ec-cycle-wheel .data=${nine}></ec-cycle-wheel>`);
        const alert = el.shadowRoot!.querySelector("[role='alert']")!;
        expect(alert.querySelectorAll('li')).to.have.length(8);
        expect(alert.textContent).to.contain('And 1 more problem. The browser console lists them all.');
        const many = await wheel(
          html`<ec-cycle-wheel .data=${{ schemaVersion: 1, stages: [{}, {}, {}] }}></ec-cycle-wheel>`,
        );
        const text = many.shadowRoot!.querySelector("[role='alert']")!.textContent!;
        expect(text).to.match(/And \d+ more problems\. The browser console lists them all\./);
      });
      // The console has every problem: nine lines after the first for the nine problems.
      expect(lines(error)).to.have.length(2);
      expect(lines(error)[0]!.split('\n')).to.have.length(10);
    });

    it('shows what is wrong with invalid data, and the page keeps working', async () => {
      const { error } = await captureConsole(async () => {
        const el = await wheel(
          html`<ec-cycle-wheel .data=${{ schemaVersion: 1, title: 'Ours', stages: [] }}></ec-cycle-wheel>`,
        );
        const alert = el.shadowRoot!.querySelector("[role='alert']")!;
        expect(alert.textContent).to.contain('The engagement cycle cannot be shown');
        expect(alert.textContent).to.contain('stages: must have from 3 to 24 items (it has 0)');
        expect(alert.textContent).to.contain('hub: required');
        expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
      });
      // One message for the page author, with every problem in it.
      expect(error).to.have.length(1);
      expect(lines(error)[0]).to.match(
        /^engagement-cycle: The data is not a valid cycle: \d+ problems found\./,
      );
      expect(lines(error)[0]).to.contain('source: required');
    });

    it('offers a retry after a network failure, and loads on retry', async () => {
      const { error } = await captureConsole(async () => {
        const el = await wheel(html`<ec-cycle-wheel src="/__fixtures__/reset"></ec-cycle-wheel>`);
        await waitUntil(() => el.shadowRoot!.querySelector("[role='alert']"), 'no error shown', {
          timeout: 5000,
        });
        expect(el.shadowRoot!.querySelector("[role='alert']")!.textContent).to.contain('Could not reach');
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!;
        expect(retry.textContent!.trim()).to.equal('Try again');
        el.src = DATASET;
        await el.updateComplete;
        await waitUntil(() => tabs(el).length === 6, 'did not load', { timeout: 5000 });
      });
      expect(lines(error)).to.have.length(1);
      expect(lines(error)[0]).to.match(/^engagement-cycle: Could not reach \/__fixtures__\/reset\./);
    });

    it('loads when its retry button is pressed after a server error', async () => {
      // The fixture answers the first request with 503 and sends later ones to the dataset.
      const src = `/__fixtures__/fail-once?key=wheel-${Math.random()}&to=${DATASET}`;
      const { error } = await captureConsole(async () => {
        const el = await wheel(html`<ec-cycle-wheel src=${src}></ec-cycle-wheel>`);
        await waitUntil(() => el.shadowRoot!.querySelector('.retry'), 'no retry button', { timeout: 5000 });
        expect(el.shadowRoot!.querySelector("[role='alert']")!.textContent).to.contain('503');
        await clickCentre(el.shadowRoot!.querySelector('.retry')!);
        await waitUntil(() => tabs(el).length === 6, 'the retry did not load', { timeout: 5000 });
        expect(el.shadowRoot!.querySelector("[role='alert']")).to.equal(null);
      });
      expect(lines(error)).to.deep.equal([
        `engagement-cycle: The server answered 503 Service Unavailable for ${src}.`,
      ]);
    });

    it('reports a 404 without a retry button', async () => {
      const { error } = await captureConsole(async () => {
        const el = await wheel(
          html`<ec-cycle-wheel src="/__fixtures__/echo?status=404&body=x"></ec-cycle-wheel>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector("[role='alert']"), 'no error shown', {
          timeout: 5000,
        });
        expect(el.shadowRoot!.querySelector("[role='alert']")!.textContent).to.contain('404');
        expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
      });
      expect(lines(error)).to.deep.equal([
        'engagement-cycle: The server answered 404 Not Found for /__fixtures__/echo?status=404&body=x.',
      ]);
    });
  });

  describe('accessibility (axe) in every state', () => {
    // Each state with what it writes to the console (nothing, unless said): the page author sees that too.
    const states: [string, () => ReturnType<typeof html>, { error?: RegExp }?][] = [
      ['default', () => html`<ec-cycle-wheel></ec-cycle-wheel>`],
      ['a stage selected', () => html`<ec-cycle-wheel selected="stage-2"></ec-cycle-wheel>`],
      ['the hub selected', () => html`<ec-cycle-wheel selected="hub"></ec-cycle-wheel>`],
      ['rotated', () => html`<ec-cycle-wheel rotate selected="stage-4"></ec-cycle-wheel>`],
      [
        'dark',
        () => html`<div style="background:#1d2429"><ec-cycle-wheel theme="dark"></ec-cycle-wheel></div>`,
      ],
      ['without segments', () => html`<ec-cycle-wheel show-segments="false"></ec-cycle-wheel>`],
      ['list hidden', () => html`<ec-cycle-wheel hide-list></ec-cycle-wheel>`],
      ['24 stages', () => html`<ec-cycle-wheel .data=${cycleWithStages(24)}></ec-cycle-wheel>`],
      ['240 px wide', () => html`<ec-cycle-wheel style="width:240px"></ec-cycle-wheel>`],
      ['Welsh', () => html`<div lang="cy"><ec-cycle-wheel></ec-cycle-wheel></div>`],
      [
        'loading',
        () => html`<ec-cycle-wheel src=${`/__fixtures__/later?delay=5000&to=${DATASET}`}></ec-cycle-wheel>`,
      ],
      [
        'invalid data',
        () => html`<ec-cycle-wheel .data=${{ title: 'x' }}></ec-cycle-wheel>`,
        { error: /^engagement-cycle: The data is not a valid cycle/ },
      ],
    ];
    for (const [name, template, logs] of states) {
      it(`has no violations: ${name}`, async () => {
        const { warn, error } = await captureConsole(async () => {
          const el = await fixture(template());
          await settled(el);
          await expect(el).to.be.accessible();
        });
        expect(lines(warn)).to.deep.equal([]);
        expect(lines(error)).to.have.length(logs?.error ? 1 : 0);
        if (logs?.error) expect(lines(error)[0]).to.match(logs.error);
      });
    }

    it('has no violations: network error with retry button', async () => {
      const { error } = await captureConsole(async () => {
        const el = await wheel(html`<ec-cycle-wheel src="/__fixtures__/reset"></ec-cycle-wheel>`);
        await waitUntil(() => el.shadowRoot!.querySelector('.retry'), 'no retry', { timeout: 5000 });
        await expect(el).to.be.accessible();
      });
      expect(lines(error)).to.have.length(1);
      expect(lines(error)[0]).to.match(/^engagement-cycle: Could not reach/);
    });

    it('has no violations: a stage focused', async () => {
      const el = await wheel();
      tab(el, 'stage-3').focus();
      await expect(el).to.be.accessible();
    });
  });

  describe('colour, contrast and motion', () => {
    /** WCAG relative luminance contrast of two computed colours ("rgb(r, g, b)"). */
    function contrast(a: string, b: string): number {
      const lum = (c: string) => {
        const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
      };
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    }
    const fill = (el: Element | null) => getComputedStyle(el!).fill;

    for (const theme of ['light', 'dark'] as const) {
      it(`keeps text at 4.5:1 and segment edges at 3:1 in the ${theme} theme`, async () => {
        const el = await wheel(html`<ec-cycle-wheel theme=${theme} selected="stage-2"></ec-cycle-wheel>`);
        await motionSettled(el);
        const root = el.shadowRoot!;
        const surface = getComputedStyle(el).getPropertyValue('--ec-color-surface').trim();
        const background = theme === 'dark' ? 'rgb(29, 36, 41)' : 'rgb(255, 255, 255)';
        expect(surface).to.equal(theme === 'dark' ? '#1d2429' : '#ffffff');
        const pairs: [string, string, string, number][] = [
          [
            'stage text',
            fill(root.querySelector('.stage-text:not(.selected) .label')),
            fill(tab(el, 'stage-1').querySelector('path')),
            4.5,
          ],
          [
            'selected text',
            fill(root.querySelector('.stage-text.selected .label')),
            fill(tab(el, 'stage-2').querySelector('path')),
            4.5,
          ],
          [
            'hub text',
            fill(root.querySelector('.hub-text .label')),
            fill(tab(el, 'hub').querySelector('path')),
            4.5,
          ],
          [
            'ring text',
            fill(root.querySelector('.segment text')),
            fill(root.querySelector('.segment .band')),
            4.5,
          ],
          ['stage edge', fill(tab(el, 'stage-1').querySelector('path')), background, 3],
          ['ring edge', fill(root.querySelector('.segment .band')), background, 3],
        ];
        for (const [what, a, b, min] of pairs)
          expect(contrast(a, b), `${what}: ${a} on ${b}`).to.be.at.least(min);
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`rings the focused selected tab in dark and yellow, at 3:1 against the unfocused look, and keeps its selected fill, in the ${theme} theme`, async () => {
        const background = theme === 'dark' ? 'rgb(29, 36, 41)' : 'rgb(255, 255, 255)';
        const host = await fixture(
          html`<div style="background: ${background}">
            <button>before</button><ec-cycle-wheel theme=${theme} selected="stage-2"></ec-cycle-wheel
            ><button>after</button>
          </div>`,
        );
        const el = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
        await settled(host);
        await motionSettled(el);
        const root = el.shadowRoot!;
        const selectedFill = fill(tab(el, 'stage-2').querySelector('path'));
        const selectedText = fill(root.querySelector('.stage-text.selected .label'));
        expect(root.querySelector('.focus-ring')).to.equal(null);
        host.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(focusedId(el)).to.equal('stage-2'); // focus lands on the selected tab first
        await el.updateComplete;
        await motionSettled(el);
        // Focus adds to the selected look and takes nothing from it.
        expect(fill(tab(el, 'stage-2').querySelector('path')), 'selected fill').to.equal(selectedFill);
        expect(fill(root.querySelector('.stage-text.selected .label')), 'selected text').to.equal(
          selectedText,
        );
        const ring = root.querySelector('.focus-ring');
        expect(ring, 'a focus ring').not.to.equal(null);
        expect(ring!.querySelector('path.outer')!.getAttribute('d')).to.equal(
          tab(el, 'stage-2').querySelector('path')!.getAttribute('d'),
        );
        const inner = getComputedStyle(ring!.querySelector('path.inner')!);
        const outer = getComputedStyle(ring!.querySelector('path.outer')!);
        expect(inner.stroke).to.equal('rgb(33, 43, 50)');
        expect(outer.stroke).to.equal('rgb(255, 235, 59)');
        // Each band of the ring (outside the tab and its 5-unit edge) in CSS px.
        const scale = root.querySelector('svg')!.getScreenCTM()!.a;
        const dark = ((parseFloat(inner.strokeWidth) - 5) / 2) * scale;
        const yellow = ((parseFloat(outer.strokeWidth) - parseFloat(inner.strokeWidth)) / 2) * scale;
        expect(dark, 'dark band, px').to.be.at.least(2);
        expect(yellow, 'yellow band, px').to.be.at.least(2);
        // What was there before focus is the background: one band changes it by 3:1 or more,
        // and the two bands differ by 3:1, so the ring shows next to any neighbour too.
        const change = Math.max(contrast(inner.stroke, background), contrast(outer.stroke, background));
        expect(change, 'focused against unfocused').to.be.at.least(3);
        expect(contrast(inner.stroke, outer.stroke), 'dark against yellow').to.be.at.least(3);
        // Focus elsewhere: the ring follows, and a tab that is not selected turns yellow too.
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(root.querySelectorAll('.focus-ring')).to.have.length(1);
        expect(root.querySelector('.focus-ring path.outer')!.getAttribute('d')).to.equal(
          tab(el, 'stage-3').querySelector('path')!.getAttribute('d'),
        );
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(root.querySelector('.focus-ring')).to.equal(null);
      });
    }

    it('uses system colours in forced-colours mode, with the selection still shown (Chromium)', async function () {
      if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) this.skip();
      try {
        const el = await wheel(html`<ec-cycle-wheel selected="stage-3"></ec-cycle-wheel>`);
        await motionSettled(el);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const plain = fill(tab(el, 'stage-1').querySelector('path'));
        const chosen = fill(tab(el, 'stage-3').querySelector('path'));
        expect(plain).not.to.equal('rgb(0, 94, 184)');
        expect(chosen).not.to.equal(plain);
        expect(getComputedStyle(tab(el, 'stage-1').querySelector('path')!).stroke).not.to.equal('none');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('turns with an animation, then stands still with the selected stage on top', async () => {
      const el = await wheel(html`<ec-cycle-wheel rotate></ec-cycle-wheel>`);
      el.select('stage-3');
      await el.updateComplete;
      const turn = el.shadowRoot!.querySelector('.turn')!;
      expect(turn.getAnimations()).to.have.length(1);
      await motionSettled(el);
      expect(turn.getAnimations({ subtree: true })).to.have.length(0);
      const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      expect(tab(el, 'stage-3').getBoundingClientRect().top).to.be.below(svgBox.top + svgBox.height / 4);
    });

    it('turns once at a time: a new selection during a turn replaces it', async () => {
      const el = await wheel(html`<ec-cycle-wheel rotate></ec-cycle-wheel>`);
      el.select('stage-3');
      await el.updateComplete;
      el.select('stage-5');
      await el.updateComplete;
      const turn = el.shadowRoot!.querySelector('.turn')!;
      expect(turn.getAnimations()).to.have.length(1);
      await motionSettled(el);
      const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      expect(tab(el, 'stage-5').getBoundingClientRect().top).to.be.below(svgBox.top + svgBox.height / 4);
    });

    it('turns and fades without animation when reduced motion is asked for (Chromium)', async function () {
      const el = await wheel(html`<ec-cycle-wheel rotate></ec-cycle-wheel>`);
      await withoutMotion(async (emulated) => {
        if (!emulated) this.skip(); // Firefox through WebDriver BiDi cannot emulate the media feature.
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        el.select('stage-5');
        await el.updateComplete;
        tab(el, 'stage-2').focus();
        await el.updateComplete;
        // Nothing moves: no turn, and no fade of the fill (the selection's nor the focus's).
        expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
        const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        expect(tab(el, 'stage-5').getBoundingClientRect().top).to.be.below(svgBox.top + svgBox.height / 4);
      });
    });
  });

  describe('lifecycle', () => {
    it('leaves no window or document listeners after 200 mounts and unmounts', async function () {
      // 200 full mounts take longer than the default time limit on a busy machine.
      this.timeout(120000);
      const live = await countListeners(() => mountMany('ec-cycle-wheel', ['sync-url', 'rotate']));
      const leaked = [...live].filter(([, n]) => n !== 0);
      expect(leaked).to.deep.equal([]);
      expect(live.get('window:hashchange')).to.equal(0);
    });

    it('loading the definition twice does not throw', async () => {
      const again = await import('../src/shared/define.js');
      const { EcCycleWheel } = await import('../src/cycle-wheel.js');
      expect(() => again.defineElement('ec-cycle-wheel', EcCycleWheel)).not.to.throw();
    });
  });
});
