// Heap growth per mount and unmount of a wheel with a self-assessment linked to it (`for`),
// in Chromium (see ../memory.ts): each cycle rates a part, so the wheel loads and draws its
// marks, and the assessment's ratings are put into the wheel's store and taken out again.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/self-assessment.js';
import type { EcSelfAssessment } from '../../src/self-assessment.js';
import { heapUsed, lighterCycle } from '../memory.js';
import { engine, settled } from '../support.js';

const LIMIT_PER_CYCLE = 2048;
const WARM_UP = 10;
const CYCLES = 200;

async function cycles(parent: HTMLElement, times: number, from = 0) {
  const data = lighterCycle();
  const ids = data.stages.map((s) => s.id);
  for (let i = from; i < from + times; i++) {
    const pair = document.createElement('div');
    const wheel = document.createElement('ec-cycle-wheel') as HTMLElement & { data?: unknown };
    wheel.id = `memory-wheel-${i % 2}`;
    wheel.data = data;
    const form = document.createElement('ec-self-assessment') as EcSelfAssessment;
    form.setAttribute('for', wheel.id);
    pair.append(wheel, form);
    parent.append(pair);
    await settled(pair, { interval: 1 });
    await waitUntil(() => form.shadowRoot?.querySelector('fieldset.item'), 'the form is drawn', {
      interval: 1,
    });
    form.shadowRoot!.querySelector<HTMLInputElement>(`#sa-${ids[i % ids.length]}-level-developing`)!.click();
    await form.updateComplete;
    await (wheel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    pair.remove();
    if (i % 50 === 49) await new Promise(requestAnimationFrame);
  }
}

describe(`memory: a wheel with a linked <ec-self-assessment>, mounted and unmounted ${CYCLES} times (Chromium)`, () => {
  it('draws the marks while mounted', async () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    try {
      const data = lighterCycle();
      parent.innerHTML =
        '<ec-cycle-wheel id="memory-check"></ec-cycle-wheel><ec-self-assessment for="memory-check"></ec-self-assessment>';
      const wheel = parent.firstElementChild as HTMLElement & { data?: unknown };
      wheel.data = data;
      await settled(parent);
      const form = parent.querySelector<EcSelfAssessment>('ec-self-assessment')!;
      await form.updateComplete;
      await (wheel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => wheel.shadowRoot!.querySelector('.pips'), 'the wheel draws the marks');
      expect(wheel.shadowRoot!.querySelectorAll('.pips')).to.have.length(data.stages.length + 1);
    } finally {
      parent.remove();
    }
  });

  it('keeps less than 2 KB per mount cycle (Chromium)', async function () {
    if (engine !== 'chromium') this.skip();
    this.timeout(170000);
    const parent = document.createElement('div');
    document.body.append(parent);
    try {
      await cycles(parent, WARM_UP);
      const before = await heapUsed();
      if (before === null) this.skip();
      const started = performance.now();
      await cycles(parent, CYCLES, WARM_UP);
      const ms = performance.now() - started;
      const after = (await heapUsed())!;
      const perCycle = (after - before!) / CYCLES;
      // eslint-disable-next-line no-console -- the measurement is this test's report
      console.log(
        `memory: wheel + <ec-self-assessment> ${perCycle.toFixed(0)} bytes per mount cycle ` +
          `(heap ${before} -> ${after} bytes over ${CYCLES} cycles, ${ms.toFixed(0)} ms)`,
      );
      expect(perCycle, 'bytes kept per mount cycle').to.be.below(LIMIT_PER_CYCLE);
    } finally {
      parent.remove();
    }
  });
});
