import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cycleFingerprint, defaultCycle, HUB_ID, ratedParts } from '@engagement-cycle/core';
import '../src/index.js';
import '../src/self-assessment.js';
import type { EcCycleWheel, EcEngagementCycle, StageSelectDetail } from '../src/index.js';
import type { EcSelfAssessment } from '../src/self-assessment.js';
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import { engine, expectEvent, settled } from './support.js';

const q = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parts = ratedParts(defaultCycle);
const [stage1, stage2, stage3] = defaultCycle.stages;

/** A wheel and a self-assessment linked to it with `for`. */
async function linked(): Promise<{ wheel: EcCycleWheel; form: EcSelfAssessment }> {
  const root = await fixture<HTMLElement>(
    html`<div>
      <ec-cycle-wheel id="w"></ec-cycle-wheel>
      <ec-self-assessment for="w"></ec-self-assessment>
    </div>`,
  );
  await settled(root);
  const wheel = root.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
  const form = root.querySelector<EcSelfAssessment>('ec-self-assessment')!;
  await waitUntil(() => qa(wheel, '.pips').length > 0, 'the wheel draws the marks');
  return { wheel, form };
}

async function rate(el: EcSelfAssessment, partId: string, level: string) {
  q<HTMLInputElement>(el, `#sa-${partId}-level-${level}`)!.click();
  await el.updateComplete;
}

async function target(el: EcSelfAssessment, partId: string, level: string) {
  const select = q<HTMLSelectElement>(el, `#sa-${partId}-target`)!;
  select.value = level;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const tab = (wheel: EcCycleWheel, id: string) => q<SVGGElement>(wheel, `[role=tab][data-id='${id}']`)!;
/** The group of a part's label, which holds its mark. */
const group = (wheel: EcCycleWheel, id: string) => {
  const index = id === HUB_ID ? -1 : defaultCycle.stages.findIndex((s) => s.id === id);
  return index < 0 ? q(wheel, '.hub-text')! : qa(wheel, '.stage-text')[index]!;
};
const mark = (wheel: EcCycleWheel, id: string) => group(wheel, id).querySelector<SVGPathElement>('.pips')!;
/** Circles drawn: a filled disc is one subpath, a ring two. */
const circles = (wheel: EcCycleWheel, id: string) => mark(wheel, id).getAttribute('d')!.split('M').length - 1;

const fileWith = (items: { id: string; level?: string; target?: string }[]) => ({
  schemaVersion: 1,
  cycle: { title: defaultCycle.title, fingerprint: cycleFingerprint(defaultCycle) },
  date: '2026-03-01',
  items: parts.map((p) => items.find((i) => i.id === p.id) ?? { id: p.id }),
});

describe('a wheel linked to a self-assessment', () => {
  it('draws a row of pips for the hub and each stage, and names the level in each tab', async () => {
    const { wheel, form } = await linked();
    // Four levels on the default scale: four rings each before rating.
    expect(qa(wheel, '.pips')).to.have.length(defaultCycle.stages.length + 1);
    expect(circles(wheel, stage3!.id)).to.equal(8);
    expect(tab(wheel, stage3!.id).getAttribute('aria-label')).to.equal(
      `Stage 3: ${stage3!.title}, not rated yet`,
    );
    await rate(form, stage3!.id, 'developing');
    await target(form, stage3!.id, 'established');
    await wheel.updateComplete;
    expect(tab(wheel, stage3!.id).getAttribute('aria-label')).to.equal(
      `Stage 3: ${stage3!.title}, Developing, target Established`,
    );
    // Developing is the second of four levels: two discs, two rings, and a ring round the target.
    expect(circles(wheel, stage3!.id)).to.equal(2 + 4 + 2);
    // The marks take the label's colour, the same as its text.
    const label = group(wheel, stage3!.id).querySelector('text')!;
    expect(getComputedStyle(mark(wheel, stage3!.id)).fill).to.equal(getComputedStyle(label).fill);
    // The list under the wheel says it in words too.
    expect(text(q(wheel, '.list li:nth-child(3)'))).to.contain('(Developing, target Established)');
    await rate(form, HUB_ID, 'leading');
    await wheel.updateComplete;
    expect(circles(wheel, HUB_ID)).to.equal(4);
    expect(tab(wheel, HUB_ID).getAttribute('aria-label')).to.contain(', Leading');
    await expect(wheel).to.be.accessible();
  });

  it('keeps the marks inside their stage (core checks they keep clear of the label)', async () => {
    const { wheel } = await linked();
    for (const stage of defaultCycle.stages) {
      const box = tab(wheel, stage.id).querySelector('path')!.getBoundingClientRect();
      const r = mark(wheel, stage.id).getBoundingClientRect();
      const inside =
        r.left >= box.left - 1 &&
        r.right <= box.right + 1 &&
        r.top >= box.top - 1 &&
        r.bottom <= box.bottom + 1;
      expect(inside, `the marks of ${stage.id} inside its stage`).to.equal(true);
    }
  });

  it('stops drawing the marks when the assessment leaves the page', async () => {
    const { wheel, form } = await linked();
    form.remove();
    await wheel.updateComplete;
    expect(qa(wheel, '.pips')).to.have.length(0);
    expect(tab(wheel, stage1!.id).getAttribute('aria-label')).to.equal(`Stage 1: ${stage1!.title}`);
  });

  it('brings the part selected on the wheel into view, and keeps focus on the wheel', async () => {
    const { wheel, form } = await linked();
    form.style.display = 'block';
    // A short window, so the form's last stage starts out of view.
    const last = defaultCycle.stages.at(-1)!;
    const part = q(form, `#sa-${last.id}`)!;
    tab(wheel, last.id).focus();
    tab(wheel, last.id).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    await form.updateComplete;
    await waitUntil(
      () => {
        const r = part.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      },
      'the part came into view',
      { timeout: 4000 },
    );
    expect(part.classList.contains('current')).to.equal(true);
    expect(wheel.shadowRoot!.activeElement).to.equal(tab(wheel, last.id));
  });

  it('selects on the wheel the part whose fieldset takes focus', async () => {
    const { wheel, form } = await linked();
    const [event] = await expectEvent<StageSelectDetail>(form, 'ec-stage-select', () =>
      q<HTMLInputElement>(form, `#sa-${stage2!.id}-note`)!.focus(),
    );
    expect(event!.detail.stageId).to.equal(stage2!.id);
    await wheel.updateComplete;
    expect(tab(wheel, stage2!.id).getAttribute('aria-selected')).to.equal('true');
    // A key element of the hub selects the hub.
    const element = parts.find((p) => p.kind === 'element')!;
    q<HTMLInputElement>(form, `#sa-${element.id}-note`)!.focus();
    await wheel.updateComplete;
    expect(tab(wheel, HUB_ID).getAttribute('aria-selected')).to.equal('true');
  });

  it('shows the change since an earlier file on the form, in the summary and on the wheel', async () => {
    const { wheel, form } = await linked();
    await form.compareWith(
      fileWith([
        { id: stage1!.id, level: 'developing' },
        { id: stage2!.id, level: 'established' },
      ]),
    );
    await rate(form, stage1!.id, 'established');
    await rate(form, stage2!.id, 'not-started');
    await rate(form, stage3!.id, 'developing');
    await wheel.updateComplete;
    expect(text(q(form, `#sa-${stage1!.id} .change`))).to.equal(
      'Since the earlier file: Up 1 level (was Developing)',
    );
    expect(text(q(form, `#sa-${stage2!.id} .change`))).to.equal(
      'Since the earlier file: Down 2 levels (was Established)',
    );
    expect(text(q(form, `#sa-${stage3!.id} .change`))).to.equal('Since the earlier file: Newly rated');
    const headers = qa(form, 'table[part=summary] thead th').map(text);
    expect(headers.at(-1)).to.equal('Since the earlier file');
    // On the wheel: an arrow up, an arrow down, a diamond, and the words in the tab names.
    expect(group(wheel, stage1!.id).querySelector('.change.up')).to.not.equal(null);
    expect(group(wheel, stage2!.id).querySelector('.change.down')).to.not.equal(null);
    expect(group(wheel, stage3!.id).querySelector('.change.new')).to.not.equal(null);
    expect(tab(wheel, stage1!.id).getAttribute('aria-label')).to.equal(
      `Stage 1: ${stage1!.title}, Established, up 1 level since the earlier file`,
    );
    await expect(form).to.be.accessible();
    await expect(wheel).to.be.accessible();
    // Stopping the comparison takes it all away.
    q(form, '#sa-stop-compare')!.click();
    await form.updateComplete;
    await wheel.updateComplete;
    expect(q(form, '.change')).to.equal(null);
    expect(q(wheel, '.change')).to.equal(null);
  });

  it('refuses an earlier file that is not valid, and changes nothing', async () => {
    const { form } = await linked();
    const ok = await form.compareWith(new Blob(['{"schemaVersion": 9}'], { type: 'application/json' }));
    expect(ok).to.equal(false);
    await form.updateComplete;
    expect(q(form, '[part=problem]')).to.not.equal(null);
    expect(q(form, '.change')).to.equal(null);
  });
});

describe('a whole assessment by keyboard alone (Tab, arrows, Space)', () => {
  it('rates every part and sets its target, while the wheel follows and names each level', async function () {
    this.timeout(60000);
    const root = await fixture<HTMLElement>(
      html`<div>
        <ec-cycle-wheel id="kw" hide-list></ec-cycle-wheel>
        <button id="start">Start</button>
        <ec-self-assessment for="kw"></ec-self-assessment>
      </div>`,
    );
    await settled(root);
    const wheel = root.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
    const form = root.querySelector<EcSelfAssessment>('ec-self-assessment')!;
    const levels = ['not-started', 'developing', 'established', 'leading'];
    const focused = () => form.shadowRoot!.activeElement as HTMLElement | null;
    root.querySelector<HTMLButtonElement>('#start')!.focus();
    for (const [i, part] of parts.entries()) {
      const level = i % levels.length;
      // Into the part's levels, on "Not rated yet" (the one checked, last); each arrow moves on
      // round the group and checks the level it reaches.
      await sendKeys({ press: 'Tab' });
      expect(focused()?.id, `${part.id}: on its checked level`).to.equal(`sa-${part.id}-level-none`);
      // WebKit does not wrap round a radio group (Down on the last stays there), so there the
      // levels are reached going up from "Not rated yet"; Chromium and Firefox wrap to the first.
      if (engine === 'webkit')
        for (let k = level; k < levels.length; k++) await sendKeys({ press: 'ArrowUp' });
      else for (let k = 0; k <= level; k++) await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      expect(focused()?.id).to.equal(`sa-${part.id}-level-${levels[level]}`);
      // The target, on a closed list: arrows choose (WebKitGTK opens a pop-up menu instead).
      await sendKeys({ press: 'Tab' });
      expect(focused()?.id).to.equal(`sa-${part.id}-target`);
      if (engine !== 'webkit') for (let k = 0; k < 4; k++) await sendKeys({ press: 'ArrowDown' });
      // Past "Add a link" and the note, to the next part.
      await sendKeys({ press: 'Tab' });
      expect(focused()?.id).to.equal(`sa-${part.id}-add`);
      await sendKeys({ press: 'Tab' });
      expect(focused()?.id).to.equal(`sa-${part.id}-note`);
      await form.updateComplete;
      await wheel.updateComplete;
      // The wheel selected the part (a hub element, the hub).
      const shown = part.kind === 'stage' ? part.id : HUB_ID;
      expect(tab(wheel, shown).getAttribute('aria-selected'), `${part.id} selected on the wheel`).to.equal(
        'true',
      );
    }
    await sendKeys({ press: 'Tab' });
    expect(text(focused())).to.equal('Check answers');
    await sendKeys({ press: ' ' });
    await form.updateComplete;
    expect(text(q(form, '[part=progress]'))).to.equal(`${parts.length} of ${parts.length} rated`);
    expect(text(q(form, '.check .notice'))).to.equal('No problems found.');
    if (engine !== 'webkit') {
      // Everything below "Leading" is below its target.
      expect(qa(form, '[part=actions] li')).to.have.length(parts.filter((_, i) => i % 4 !== 3).length);
    }
    await wheel.updateComplete;
    const last = defaultCycle.stages.at(-1)!;
    const lastLevel = ['Not started', 'Developing', 'Established', 'Leading'][(parts.length - 1) % 4];
    expect(tab(wheel, last.id).getAttribute('aria-label')).to.contain(`, ${lastLevel}`);
    await expect(form).to.be.accessible();
  });
});

describe('forced colours (Chromium)', () => {
  it('draws the marks in the system colours of the labels, and the current part with a bar', async function () {
    if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) this.skip();
    try {
      const { wheel, form } = await linked();
      await rate(form, stage2!.id, 'established');
      wheel.select(stage2!.id);
      await wheel.updateComplete;
      await form.updateComplete;
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const fillOf = (id: string) => getComputedStyle(mark(wheel, id)).fill;
      const labelOf = (id: string) => getComputedStyle(group(wheel, id).querySelector('text')!).fill;
      // In the colours the label uses: CanvasText, and HighlightText on the selected stage.
      expect(fillOf(stage1!.id)).to.equal(labelOf(stage1!.id));
      expect(fillOf(stage2!.id)).to.equal(labelOf(stage2!.id));
      expect(fillOf(stage2!.id)).not.to.equal(fillOf(stage1!.id));
      expect(fillOf(stage1!.id)).not.to.equal(
        getComputedStyle(tab(wheel, stage1!.id).querySelector('path')!).fill,
      );
      const current = q(form, `#sa-${stage2!.id}`)!;
      expect(current.classList.contains('current')).to.equal(true);
      expect(getComputedStyle(current).borderLeftWidth).to.equal('6px');
      await expect(wheel).to.be.accessible();
      await expect(form).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});

describe('<ec-engagement-cycle assessment>', () => {
  it('adds the assessment under the guide, loads its code, and shares the wheel', async function () {
    this.timeout(30000); // axe over the whole composite with the form takes seconds
    const el = await fixture<EcEngagementCycle>(html`<ec-engagement-cycle assessment></ec-engagement-cycle>`);
    await settled(el);
    const form = q<EcSelfAssessment>(el, 'ec-self-assessment')!;
    await waitUntil(
      () => customElements.get('ec-self-assessment') && form.shadowRoot,
      'the assessment loads',
    );
    await settled(el);
    const wheel = q<EcCycleWheel>(el, 'ec-cycle-wheel')!;
    await rate(form, stage2!.id, 'established');
    await waitUntil(() => qa(wheel, '.pips').length > 0);
    await wheel.updateComplete;
    expect(tab(wheel, stage2!.id).getAttribute('aria-label')).to.equal(
      `Stage 2: ${stage2!.title}, Established`,
    );
    // One credit line for the whole.
    expect(getComputedStyle(q(form, '[part=credit]')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });
});
