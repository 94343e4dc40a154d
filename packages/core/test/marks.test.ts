/**
 * A self-assessment on the wheel: the room kept for the marks, where the pips sit (inside
 * their stage, clear of the labels and of each other), and what the ratings say.
 */
import { expect } from '@open-wc/testing';
import { fitWheel, textLines, type TextBlock } from '../src/wheel/layout.js';
import { ratingMarks, type WheelRating } from '../src/wheel/marks.js';
import { LINE_HEIGHT, textWidth } from '../src/wheel/text-fit.js';
import { wheelRatings } from '../src/assessment/wheel.js';
import { assessmentSummary, compareAssessments } from '../src/assessment/summary.js';
import { emptyAssessment } from '../src/assessment/parse.js';
import { defaultCycle } from '../src/default-cycle.js';
import { cycleWithStages } from './helpers.js';
import type { Cycle } from '../src/types.js';

const rating = (rank: number, extra: Partial<WheelRating> = {}): WheelRating => ({
  rank,
  of: 4,
  ...(rank >= 0 ? { level: `L${rank}` } : {}),
  ...extra,
});
const allRated = (cycle: Cycle, extra: Partial<WheelRating> = {}) =>
  new Map(
    ['hub', ...cycle.stages.map((s) => s.id)].map((id) => [id, rating(1, { targetRank: 3, ...extra })]),
  );
/** How many circles a pips path draws: a disc is one subpath, a ring two. */
const circles = (path: string) => path.split('M').length - 1;

/** The box round a label's lines (unturned labels only, which is what the hub has). */
function box(block: TextBlock) {
  const lh = block.fontSize * LINE_HEIGHT;
  const half = Math.max(...block.lines.map((l) => textWidth(l, block.fontSize))) / 2;
  return {
    top: block.y - (block.lines.length * lh) / 2,
    bottom: block.y + (block.lines.length * lh) / 2,
    half,
  };
}

describe('ratingMarks', () => {
  it('draws nothing on a wheel fitted without room for marks', () => {
    expect(ratingMarks(fitWheel(defaultCycle), allRated(defaultCycle)).size).to.equal(0);
  });

  it('fills a disc per level up to the rating, rings the rest, and rings the target', () => {
    const layout = fitWheel(defaultCycle, { marks: true });
    const stage = defaultCycle.stages[0]!.id;
    const marks = ratingMarks(layout, new Map([[stage, rating(1, { targetRank: 3 })]]));
    const mark = marks.get(stage)!;
    expect(mark.centres).to.have.length(4);
    // 2 discs (one subpath each), 2 hollow rings (two each), the target's ring (two).
    expect(circles(mark.pips)).to.equal(2 + 4 + 2);
    expect(mark.change).to.equal(undefined);
    // Not rated: four rings.
    const none = ratingMarks(layout, new Map([[stage, rating(-1)]])).get(stage)!;
    expect(circles(none.pips)).to.equal(8);
  });

  it('adds an arrow for a change, and none for the same level', () => {
    const layout = fitWheel(defaultCycle, { marks: true });
    const [a, b, c, d] = defaultCycle.stages.map((s) => s.id);
    const marks = ratingMarks(
      layout,
      new Map([
        [a!, rating(2, { change: 'up', by: 1 })],
        [b!, rating(0, { change: 'down', by: -2 })],
        [c!, rating(1, { change: 'newly-rated' })],
        [d!, rating(1, { change: 'same', by: 0 })],
      ]),
    );
    expect(marks.get(a!)!.change!.kind).to.equal('up');
    expect(marks.get(b!)!.change!.kind).to.equal('down');
    expect(marks.get(c!)!.change!.kind).to.equal('new');
    expect(marks.get(d!)!.change).to.equal(undefined);
  });

  for (const count of [3, 5, 8, 12]) {
    it(`keeps every pip inside its stage, in the band the label leaves, apart from the others (${count} stages)`, () => {
      const cycle = count === 5 ? defaultCycle : cycleWithStages(count);
      const layout = fitWheel(cycle, { marks: true });
      const marks = ratingMarks(layout, allRated(cycle, { of: 7, change: 'up', by: 1 }));
      const { stageInner, stageOuter } = layout.radii;
      const band = (stageOuter - stageInner) * 0.22;
      for (const stage of layout.stages) {
        const mark = marks.get(stage.id)!;
        const ringR = mark.r * 1.45;
        for (const [i, p] of mark.centres.entries()) {
          const dist = Math.hypot(p.x, p.y);
          // In the band kept for marks: never over the label between the bands.
          expect(dist - ringR).to.be.at.least(stageInner - 0.01);
          expect(dist + ringR).to.be.at.most(stageOuter + 0.01);
          const inLabelBand =
            dist - mark.r < stageOuter - band - 0.01 && dist + mark.r > stageInner + band + 0.01;
          expect(inLabelBand, `${stage.id} pip ${i} clear of the label`).to.equal(false);
          // Within the stage's angle.
          let angle = Math.atan2(p.x, -p.y);
          while (angle < stage.startAngle) angle += Math.PI * 2;
          expect(angle).to.be.at.most(stage.endAngle);
          const next = mark.centres[i + 1];
          // A pip never touches the target's ring round its neighbour (one target per part).
          if (next) expect(Math.hypot(next.x - p.x, next.y - p.y)).to.be.above(mark.r + ringR);
        }
      }
    });
  }

  it('keeps the hub label above the hub marks', () => {
    const layout = fitWheel(defaultCycle, { marks: true });
    const marks = ratingMarks(layout, allRated(defaultCycle));
    const hub = marks.get('hub')!;
    const label = layout.hub.label!;
    expect(textLines(label).length).to.be.greaterThan(0);
    expect(box(label).bottom).to.be.below(Math.min(...hub.centres.map((c) => c.y)) - hub.r * 1.45);
    for (const c of hub.centres) expect(Math.hypot(c.x, c.y) + hub.r * 1.45).to.be.at.most(layout.radii.hub);
  });
});

describe('wheelRatings', () => {
  it('gives the hub and each stage its level, target and change, and leaves out hub elements', () => {
    const earlier = emptyAssessment(defaultCycle);
    const [s1, s2] = defaultCycle.stages;
    const later = {
      ...earlier,
      items: earlier.items.map((i) =>
        i.id === s1!.id
          ? { ...i, level: 'established', target: 'leading' }
          : i.id === 'hub'
            ? { ...i, level: 'developing' }
            : i,
      ),
    };
    const before = {
      ...earlier,
      items: earlier.items.map((i) => (i.id === s1!.id ? { ...i, level: 'not-started' } : i)),
    };
    const ratings = wheelRatings(
      assessmentSummary(later, defaultCycle),
      compareAssessments(before, later, defaultCycle),
    );
    expect([...ratings.keys()]).to.deep.equal(['hub', ...defaultCycle.stages.map((s) => s.id)]);
    expect(ratings.get(s1!.id)).to.deep.equal({
      level: 'Established',
      rank: 2,
      of: 4,
      target: 'Leading',
      targetRank: 3,
      change: 'up',
      by: 2,
    });
    expect(ratings.get(s2!.id)).to.deep.equal({ rank: -1, of: 4, change: 'not-rated' });
    expect(ratings.get('hub')!.change).to.equal('newly-rated');
  });
});
