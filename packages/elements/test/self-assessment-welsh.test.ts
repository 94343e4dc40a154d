import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  cycleFingerprint,
  DEFAULT_SCALE,
  DEFAULT_SCALE_CY,
  defaultCycle,
  ratedParts,
  type Scale,
} from '@engagement-cycle/core';
import '../src/index.js';
import '../src/self-assessment.js';
import type { EcCycleWheel } from '../src/index.js';
import type { EcSelfAssessment } from '../src/self-assessment.js';
import { captureConsole, settled } from './support.js';

const q = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parts = ratedParts(defaultCycle);
const stage2 = defaultCycle.stages[1]!;
const fileOf = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });
const validFile = () => ({
  schemaVersion: 1,
  cycle: { title: defaultCycle.title, fingerprint: cycleFingerprint(defaultCycle) },
  date: '2026-11-30',
  items: parts.map((p) => ({ id: p.id })),
});

async function welsh(template = html`<ec-self-assessment></ec-self-assessment>`) {
  const host = await fixture<HTMLElement>(html`<div lang="cy">${template}</div>`);
  await settled(host);
  const el = host.querySelector<EcSelfAssessment>('ec-self-assessment')!;
  await waitUntil(() => text(q(el, '[part=heading]')) === 'Asesu eich ymgysylltu', 'the Welsh words load');
  return el;
}

async function rate(el: EcSelfAssessment, partId: string, level: string) {
  q<HTMLInputElement>(el, `#sa-${partId}-level-${level}`)!.click();
  await el.updateComplete;
}

describe('<ec-self-assessment> in Welsh', () => {
  it('shows the default scale’s levels and meanings in Welsh, and exports the file unchanged', async () => {
    const el = await welsh();
    const stage = text(q(el, `#sa-${stage2.id}`));
    for (const level of DEFAULT_SCALE_CY.levels) {
      expect(stage).to.contain(level.label);
      expect(stage).to.contain(level.description);
      expect(text(q(el, `label[for=sa-${stage2.id}-level-${level.id}]`))).to.contain(level.label);
    }
    for (const level of DEFAULT_SCALE.levels) expect(stage).to.not.contain(level.description);
    const targets = [...q<HTMLSelectElement>(el, `#sa-${stage2.id}-target`)!.options].map((o) =>
      o.text.trim(),
    );
    expect(targets).to.include.members(DEFAULT_SCALE_CY.levels.map((l) => l.label));
    // Welsh words of the project, so not marked as the (English) content is.
    const option = q(el, `#sa-${stage2.id}-target option[value=developing]`)!;
    expect(option.getAttribute('lang')).to.equal(null);
    await rate(el, stage2.id, 'developing');
    expect(text(q(el, '[part=summary]'))).to.contain('Datblygu');
    // The file keeps the scale as it is in the assessment: the default one, not written out.
    const file = JSON.parse(el.exportJson()) as { scale?: Scale; items: { id: string; level?: string }[] };
    expect(file.scale).to.equal(undefined);
    expect(file.items.find((i) => i.id === stage2.id)!.level).to.equal('developing');
    await expect(el).to.be.accessible();
  });

  it('shows a scale of the file’s own as written', async () => {
    const custom: Scale = {
      levels: [
        { id: 'begun', label: 'Begun', description: 'Our own first step.' },
        { id: 'done', label: 'Done', description: 'Our own last step.' },
      ],
    };
    const el = await welsh();
    expect(await el.importFile(fileOf({ ...validFile(), scale: custom }))).to.equal(true);
    await el.updateComplete;
    const stage = text(q(el, `#sa-${stage2.id}`));
    expect(stage).to.contain('Our own first step.');
    expect(stage).to.contain('Done');
    for (const level of DEFAULT_SCALE_CY.levels) expect(stage).to.not.contain(level.label);
    // Content, in the content's language.
    expect(q(el, `#sa-${stage2.id}-target option[value=done]`)!.getAttribute('lang')).to.match(/^en\b/);
    expect(JSON.parse(el.exportJson()).scale).to.deep.equal(custom);
    // A file that writes out the English default scale is on the default scale: shown in Welsh.
    expect(await el.importFile(fileOf({ ...validFile(), scale: DEFAULT_SCALE }))).to.equal(true);
    await el.updateComplete;
    expect(text(q(el, `#sa-${stage2.id}`))).to.contain(DEFAULT_SCALE_CY.levels[2]!.description);
  });

  it('says in Welsh, with its path, what is wrong with a file it will not open', async () => {
    const el = await welsh();
    const file = validFile();
    file.items[1] = {
      id: file.items[1]!.id,
      evidence: [{ label: 'x', href: 'javascript:alert(1)' }],
    } as never;
    (file as Record<string, unknown>).date = '30/11/2026';
    const { result: opened } = await captureConsole(() => el.importFile(fileOf(file)));
    expect(opened).to.equal(false);
    await el.updateComplete;
    const items = qa(el, '[part=problem] li');
    const lines = items.map(text);
    expect(lines).to.include('date: rhaid iddo fod yn ddyddiad ar y ffurf YYYY-MM-DD');
    expect(lines).to.include(
      'items[1].evidence[0].href: rhaid iddo fod yn URL http(s), mailto neu gymharol, nid URL "javascript:"',
    );
    // In Welsh, so not marked as English.
    for (const item of items) expect(item.getAttribute('lang')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists a foreign file’s warnings in Welsh', async () => {
    const el = await welsh();
    const file = {
      ...validFile(),
      cycle: { title: 'Another cycle', fingerprint: 'c1-0000' },
      items: [
        { id: stage2.id, level: 'leading' },
        { id: 'stage-9', level: 'leading' },
      ],
    };
    expect(await el.importFile(fileOf(file))).to.equal(true);
    await el.updateComplete;
    const warnings = text(q(el, '[part=warnings]'));
    expect(warnings).to.contain('gwnaed y ffeil ar gyfer cylch arall, "Another cycle"');
    expect(warnings).to.contain(
      'items[1].id: does gan y cylch hwn ddim cam nac elfen o’r canolbwynt "stage-9"',
    );
    expect(warnings).to.contain('nid yw’r ffeil yn sgorio y canolbwynt');
    expect(warnings).to.not.contain('the file');
    await expect(el).to.be.accessible();
  });

  it('names the levels in Welsh on a linked wheel', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="cy">
        <ec-cycle-wheel id="w"></ec-cycle-wheel>
        <ec-self-assessment for="w"></ec-self-assessment>
      </div>`,
    );
    await settled(host);
    const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
    const el = host.querySelector<EcSelfAssessment>('ec-self-assessment')!;
    await waitUntil(() => qa(wheel, '.pips').length > 0, 'the wheel draws the marks');
    await rate(el, stage2.id, 'developing');
    const select = q<HTMLSelectElement>(el, `#sa-${stage2.id}-target`)!;
    select.value = 'established';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await waitUntil(
      () =>
        /Datblygu, targed Wedi ymsefydlu/.test(
          q(wheel, `[role=tab][data-id='${stage2.id}']`)!.getAttribute('aria-label')!,
        ),
      'the tab names the levels in Welsh',
    );
    expect(q(wheel, `[role=tab][data-id='${stage2.id}']`)!.getAttribute('aria-label')).to.not.contain(
      'Developing',
    );
    await expect(wheel).to.be.accessible();
  });
});
