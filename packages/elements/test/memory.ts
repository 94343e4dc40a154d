/**
 * Memory tests, one file per element (memory/*.test.ts, so each gets its own page and time
 * limit): each element mounted and unmounted many times must not keep what it made. The heap
 * in use after a forced garbage collection is read through Chromium's DevTools protocol
 * (test/support/heap.js) after 10 warm-up cycles and again after 1000 more; the growth per
 * cycle is logged and must stay under 2 KB. (A kept shadow tree is tens of KB per cycle;
 * what stays under 2 KB is measuring noise and caches that stop growing.)
 *
 * The elements get the default cycle with one role from each of its four groups instead of
 * all 20 roles: every part of the data is still there (segments, sources, references, groups,
 * responsibilities), and the matrix renders in milliseconds instead of tens of them, so the
 * 4000 mounts take seconds. What a mount could leak does not depend on the number of rows.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defaultCycle, parseCycle, type Cycle } from '@engagement-cycle/core';
import '../src/index.js';
import { engine, settled } from './support.js';

/** The most a mount and unmount may leave on the heap, on average. */
const LIMIT_PER_CYCLE = 2048;
const WARM_UP = 10;
const CYCLES = 1000;

/** The default cycle with the first role of each group and only their responsibilities. */
export function lighterCycle(): Cycle {
  const cycle = structuredClone(defaultCycle) as Cycle;
  const groups = new Set<string>();
  cycle.roles = cycle.roles!.filter((role) => !groups.has(role.group!) && Boolean(groups.add(role.group!)));
  const kept = new Set(cycle.roles.map((role) => role.id));
  cycle.responsibilities = cycle.responsibilities!.filter((r) => kept.has(r.role));
  return cycle;
}

/**
 * Bytes of JavaScript heap in use after a full collection, or null without the protocol. It
 * waits a second first: the wheel's turn (450 ms) and the transitions that the last selection
 * started still hold their elements until they end, which made readings swing by ±15 KB per
 * cycle without the pause and by under 200 bytes with it.
 */
export async function heapUsed(): Promise<number | null> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const used = await executeServerCommand<number | false, undefined>('heap-used');
  return used === false ? null : used;
}

type Mountable = HTMLElement & { data?: unknown; select(id: string): void };

/**
 * Mounts and unmounts as a page does: the element connected with its data, rendered, a stage
 * (or the hub) selected, then taken out. Every 100th cycle waits for a frame, so what
 * observers and animation frames hold is let go of too.
 */
async function cycles(tag: string, data: Cycle, parent: HTMLElement, times: number, from = 0) {
  const ids = ['hub', ...data.stages.map((stage) => stage.id)];
  for (let i = from; i < from + times; i++) {
    const el = document.createElement(tag) as Mountable;
    el.data = data;
    parent.append(el);
    await settled(el, { interval: 1 });
    el.select(ids[(i % (ids.length - 1)) + 1 - (i % 7 === 6 ? 1 : 0)]!);
    el.remove();
    if (i % 100 === 99) await new Promise(requestAnimationFrame);
  }
}

/**
 * Defines the tests for `tag`: that the lighter cycle is valid, and the heap growth per
 * mount cycle, in Chromium only.
 */
export function describeMemory(tag: string): void {
  describe(`memory: <${tag}> mounted and unmounted 1000 times (Chromium)`, () => {
    const data = lighterCycle();

    it('mounts a valid cycle with one role per group', () => {
      const result = parseCycle(data);
      expect(result.ok, JSON.stringify(result.ok ? [] : result.errors)).to.equal(true);
      expect(data.roles).to.have.length(defaultCycle.roleGroups!.length);
    });

    it(`keeps less than 2 KB per mount cycle (Chromium)`, async function () {
      // The heap is read through the DevTools protocol, which Firefox (WebDriver BiDi) and
      // WebKit (WebDriver classic) do not have.
      if (engine !== 'chromium') this.skip();
      // Seconds on a quiet machine; a loaded one has taken 75 s for the composite.
      this.timeout(170000);
      const parent = document.createElement('div');
      document.body.append(parent);
      try {
        await cycles(tag, data, parent, WARM_UP);
        const before = await heapUsed();
        if (before === null) this.skip();
        const started = performance.now();
        await cycles(tag, data, parent, CYCLES, WARM_UP);
        const ms = performance.now() - started;
        const after = (await heapUsed())!;
        const perCycle = (after - before!) / CYCLES;
        // eslint-disable-next-line no-console -- the measurement is this test's report
        console.log(
          `memory: <${tag}> ${perCycle.toFixed(0)} bytes per mount cycle ` +
            `(heap ${before} -> ${after} bytes over ${CYCLES} cycles, ${ms.toFixed(0)} ms)`,
        );
        expect(perCycle, `bytes kept per mount cycle by <${tag}>`).to.be.below(LIMIT_PER_CYCLE);
      } finally {
        parent.remove();
      }
    });
  });
}
