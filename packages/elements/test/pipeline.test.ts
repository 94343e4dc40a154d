/**
 * What the controllers do for every element: the interface language followed live, page
 * words applied at once, `for=` followed as the page changes, a late composite still found,
 * heading levels kept valid, and the matrix's list built only when it shows.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultCycle } from '@engagement-cycle/core';
import '../src/engagement-cycle.js';
import { EcEngagementCycle } from '../src/engagement-cycle/engagement-cycle.js';
import { registerStrings } from '../src/index.js';
import type { EcCycleWheel } from '../src/cycle-wheel.js';
import type { EcStageGuide } from '../src/stage-guide.js';
import type { EcWhoDoesWhat } from '../src/who-does-what.js';
import { captureConsole, settled } from './support.js';

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
// Null while the wheel waits for a language's words (it shows its loading state meanwhile), so
// a waitUntil that polls it keeps waiting instead of failing on the loading frame.
const hubName = (wheel: Element) => q(wheel, "[data-id='hub']")?.getAttribute('aria-label') ?? null;
const heading = (guide: Element) => q(guide, '.screen .title')!;

describe('the render pipeline', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('interface language', () => {
    it('changes when lang changes on <html>, and on an ancestor, after the element has drawn', async () => {
      const host = await fixture(html`<div><ec-cycle-wheel></ec-cycle-wheel></div>`);
      const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      await settled(host);
      expect(hubName(wheel)).to.equal(`Hub: ${defaultCycle.hub.title}`);
      document.documentElement.setAttribute('lang', 'cy');
      await waitUntil(() => hubName(wheel)?.startsWith('Canolbwynt:'), 'did not turn Welsh with <html lang>');
      host.setAttribute('lang', 'en-GB');
      await waitUntil(() => hubName(wheel)?.startsWith('Hub:'), 'did not follow the nearer lang');
      host.removeAttribute('lang');
      await waitUntil(() => hubName(wheel)?.startsWith('Canolbwynt:'), 'did not go back to <html lang>');
    });

    it('applies words a page registers after the element has drawn', async () => {
      const host = await fixture(html`<div lang="x-later"><ec-cycle-wheel></ec-cycle-wheel></div>`);
      const wheel = host.querySelector('ec-cycle-wheel')!;
      await settled(host);
      expect(hubName(wheel)).to.match(/^Hub: /);
      registerStrings('x-later', { hubName: (title: string) => `Centre: ${title}` });
      await waitUntil(() => hubName(wheel) === `Centre: ${defaultCycle.hub.title}`, 'kept the old words');
    });
  });

  describe('for=', () => {
    it('lets go of a wheel that is removed, and follows the one that takes its id', async () => {
      const host = await fixture(
        html`<div>
          <ec-cycle-wheel id="w" selected="stage-2"></ec-cycle-wheel>
          <ec-stage-guide for="w"></ec-stage-guide>
        </div>`,
      );
      await settled(host);
      const guide = host.querySelector<EcStageGuide>('ec-stage-guide')!;
      const first = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      expect(guide.selected).to.equal('stage-2');
      first.remove();
      // On its own again: a selection in the guide is its own, and the old wheel keeps its.
      await waitUntil(() => guide.selected === 'hub', 'kept the removed wheel’s selection');
      guide.select('stage-4');
      expect(first.selected).to.equal('stage-2');
      const second = document.createElement('ec-cycle-wheel');
      second.id = 'w';
      second.setAttribute('selected', 'stage-5');
      host.append(second);
      await waitUntil(() => guide.selected === 'stage-5', 'did not follow the new wheel');
      second.select('stage-1');
      await waitUntil(() => guide.selected === 'stage-1');
      expect(first.selected).to.equal('stage-2');
    });

    it('follows a wheel into the store of the composite it sits in', async () => {
      const host = await fixture(
        html`<div>
          <ec-engagement-cycle hide-matrix selected="stage-3">
            <ec-cycle-wheel id="inner" slot="after"></ec-cycle-wheel>
          </ec-engagement-cycle>
          <ec-who-does-what for="inner"></ec-who-does-what>
        </div>`,
      );
      await settled(host);
      const composite = host.querySelector<EcEngagementCycle>('ec-engagement-cycle')!;
      const matrix = host.querySelector<EcWhoDoesWhat>('ec-who-does-what')!;
      expect(matrix.selected).to.equal('stage-3');
      composite.select('stage-1');
      await waitUntil(() => matrix.selected === 'stage-1', 'the matrix did not follow the composite');
    });
  });

  it('lets a part that upgrades before the composite around it find the composite’s store', async () => {
    const host = await fixture(
      html`<div>
        <ec-late-composite hide-matrix selected="stage-4"
          ><ec-stage-guide slot="after"></ec-stage-guide
        ></ec-late-composite>
      </div>`,
    );
    const guide = host.querySelector<EcStageGuide>('ec-stage-guide')!;
    await settled(guide);
    expect(guide.selected).to.equal('hub');
    customElements.define('ec-late-composite', class extends EcEngagementCycle {});
    await waitUntil(() => guide.selected === 'stage-4', 'the guide never got the composite’s store');
  });

  it('stops loading its src when it leaves the page, and starts again when it comes back', async () => {
    const src = '/__fixtures__/echo?status=500&delay=400&body=down';
    const host = await fixture(html`<div></div>`);
    const wheel = document.createElement('ec-cycle-wheel');
    wheel.setAttribute('src', src);
    const away = await captureConsole(async () => {
      host.append(wheel);
      await wheel.updateComplete;
      wheel.remove();
      await new Promise((resolve) => setTimeout(resolve, 700));
    });
    // Nothing arrived and nothing was logged for an element no one can see.
    expect([...away.error, ...away.warn]).to.deep.equal([]);
    expect(wheel.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    const back = await captureConsole(async () => {
      host.append(wheel);
      await waitUntil(() => wheel.shadowRoot!.querySelector('[part=error]'), 'did not load again', {
        timeout: 4000,
      });
    });
    expect(back.error.length).to.equal(1);
  });

  it('draws a proper heading for any heading-level, rounding and falling back to 2', async () => {
    for (const [level, tag] of [
      ['abc', 'H2'],
      ['2.5', 'H3'],
      ['9', 'H6'],
      ['0', 'H1'],
    ]) {
      const el = await fixture<EcStageGuide>(html`<ec-stage-guide heading-level=${level}></ec-stage-guide>`);
      await settled(el);
      expect(heading(el).tagName, `heading-level="${level}"`).to.equal(tag);
      // No stray element made of a template marker (what a bad level used to draw).
      const names = [...el.shadowRoot!.querySelectorAll('*')].map((e) => e.localName);
      expect(names.filter((n) => n.includes('lit'))).to.deep.equal([]);
    }
  });

  it('keeps the matrix’s highlight on the selected column through selections and filters', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await fixture<EcWhoDoesWhat>(
      html`<ec-who-does-what style="width: 1000px"></ec-who-does-what>`,
    );
    await settled(el);
    const root = el.shadowRoot!;
    const check = (id: string) => {
      const column = ['hub', ...defaultCycle.stages.map((s) => s.id)].indexOf(id);
      const rows = [...root.querySelectorAll('tbody tr:not(.group)')] as HTMLTableRowElement[];
      const marked = [...root.querySelectorAll('td.selected')];
      expect(marked.length, id).to.equal(rows.length);
      expect(marked, id).to.deep.equal(rows.map((row) => row.cells[column + 1]));
    };
    for (const id of ['stage-2', 'stage-5', 'hub', 'stage-1']) {
      el.select(id);
      await el.updateComplete;
      check(id);
    }
    el.group = defaultCycle.roleGroups![1]!.id;
    await el.updateComplete;
    check('stage-1');
    el.activeOnly = true;
    el.select('stage-3');
    await el.updateComplete;
    check('stage-3');
    el.group = undefined;
    el.activeOnly = false;
    await el.updateComplete;
    check('stage-3');
  });

  it('keeps the matrix within 320 px when the reader widens text spacing (WCAG 1.4.12)', async () => {
    await setViewport({ width: 360, height: 800 });
    // A long group name makes the longest option, which a select is as wide as by default.
    const cycle = structuredClone(defaultCycle) as { roleGroups: { name: string }[] };
    cycle.roleGroups[0]!.name = 'Commissioning organisation, its board, its committees and its staff';
    // The spacing the success criterion names; it inherits into the shadow tree.
    const el = await fixture<EcWhoDoesWhat>(
      html`<ec-who-does-what
        .data=${cycle}
        style="width: 320px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em"
      ></ec-who-does-what>`,
    );
    await settled(el);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('builds the matrix’s list layout only while the list shows', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await fixture<EcWhoDoesWhat>(
      html`<ec-who-does-what style="width: 1000px"></ec-who-does-what>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('table tbody th[scope=row]').length).to.be.above(0);
    expect(el.shadowRoot!.querySelector('.list')).to.equal(null);
    el.style.width = '320px';
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.list > li').length > 0, 'no list at 320 px');
    // The table stays, for print.
    expect(el.shadowRoot!.querySelector('table')).not.to.equal(null);
  });
});
