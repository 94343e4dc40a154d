/**
 * The rules the elements share for moving round a cycle and naming a place in it, the
 * wheel's split into costly fitting and cheap selection, and the order of role groups.
 */
import { expect } from '@open-wc/testing';
import { HUB_HASH, hashFor, idForHash, stageHash } from '../src/deep-link.js';
import { stepFrom } from '../src/navigation.js';
import { fitWheel, selectWheel, textLines, wheelLayout } from '../src/wheel/layout.js';
import { circlePath, sectorPath } from '../src/wheel/sector.js';
import { whoDoesWhat } from '../src/matrix.js';
import { defaultCycle } from '../src/default-cycle.js';
import { copyOfDefault, cycleWithStages } from './helpers.js';

describe('deep links', () => {
  it('name a stage by its number and the hub by #ec-hub, and read them back', () => {
    for (const stage of defaultCycle.stages) {
      const hash = hashFor(defaultCycle, stage.id);
      expect(hash).to.equal(stageHash(stage.number));
      expect(hash).to.equal(`#ec-stage-${stage.number}`);
      expect(idForHash(defaultCycle, hash)).to.equal(stage.id);
    }
    expect(hashFor(defaultCycle, 'hub')).to.equal(HUB_HASH);
    expect(hashFor(defaultCycle, 'no-such-stage')).to.equal(HUB_HASH);
    expect(idForHash(defaultCycle, '#ec-hub')).to.equal('hub');
  });

  it('ignore fragments that are not theirs or name no stage', () => {
    for (const hash of [
      '',
      '#',
      '#top',
      '#ec-stage-',
      '#ec-stage-9',
      '#ec-stage-2x',
      '#EC-STAGE-2',
      'ec-stage-2',
    ])
      expect(idForHash(defaultCycle, hash), hash).to.equal(undefined);
  });
});

describe('stepFrom', () => {
  const ids = defaultCycle.stages.map((s) => s.id);

  it('goes round the cycle both ways, wrapping at the ends', () => {
    ids.forEach((id, i) => {
      expect(stepFrom(defaultCycle, id, 1).id).to.equal(ids[(i + 1) % ids.length]);
      expect(stepFrom(defaultCycle, id, -1).id).to.equal(ids[(i - 1 + ids.length) % ids.length]);
    });
  });

  it('from the hub (or an unknown id) goes forward to the first stage and back to the last', () => {
    for (const from of ['hub', 'no-such-stage']) {
      expect(stepFrom(defaultCycle, from, 1).id).to.equal(ids[0]);
      expect(stepFrom(defaultCycle, from, -1).id).to.equal(ids.at(-1));
    }
  });
});

describe('fitWheel and selectWheel', () => {
  it('together draw exactly what wheelLayout draws, at every selection', () => {
    const fit = fitWheel(defaultCycle, { size: 600 });
    for (const selected of ['hub', ...defaultCycle.stages.map((s) => s.id), undefined]) {
      expect(selectWheel(fit, selected)).to.deep.equal(wheelLayout(defaultCycle, { size: 600, selected }));
    }
  });

  it('fits with nothing selected, and a selection copies only the shapes that change', () => {
    const cycle = cycleWithStages(8);
    const third = cycle.stages[2]!.id;
    const fit = fitWheel(cycle, { size: 600 });
    expect(fit.hub.selected).to.equal(false);
    expect(fit.stages.every((s) => !s.selected && s.offset.x === 0 && s.offset.y === 0)).to.equal(true);
    const layout = selectWheel(fit, third);
    const changed = layout.stages.filter((s, i) => s !== fit.stages[i]).map((s) => s.id);
    expect(changed).to.deep.equal([third]);
    expect(layout.hub).to.equal(fit.hub);
    const moved = layout.stages[2]!;
    expect(Math.hypot(moved.offset.x, moved.offset.y)).to.be.closeTo(fit.explode, 0.02);
    // The hub selected: only the hub changes.
    const hub = selectWheel(fit, 'hub');
    expect(hub.hub.selected).to.equal(true);
    expect(hub.stages.every((s, i) => s === fit.stages[i])).to.equal(true);
  });
});

describe('textLines', () => {
  it('centres the lines of a block on its middle, each baseline 0.35 em below its line’s middle', () => {
    const one = textLines({ x: 10, y: 20, rotate: 0, fontSize: 20, lines: ['One'] });
    expect(one).to.deep.equal([{ text: 'One', y: 7 }]);
    const three = textLines({ x: 0, y: 0, rotate: 0, fontSize: 10, lines: ['a', 'b', 'c'] });
    expect(three.map((l) => l.y)).to.deep.equal([-8.5, 3.5, 15.5]);
  });
});

describe('sector paths', () => {
  it('draw a ring sector with parallel-sided gaps, and a full circle in two arcs', () => {
    const d = sectorPath(100, 200, 0, Math.PI / 2, 10);
    expect(d).to.match(
      /^M[\d.-]+,[\d.-]+A200,200,0,0,1,[\d.-]+,[\d.-]+L[\d.-]+,[\d.-]+A100,100,0,0,0,[\d.-]+,[\d.-]+Z$/,
    );
    // The gap is 5 wide on each side at both radii: the first point of each arc is 5 from
    // the vertical line through the centre.
    const start = d.match(/^M(-?[\d.]+),/)!;
    expect(Number(start[1])).to.be.closeTo(5, 0.01);
    const innerEnd = d.match(/A100,100,0,0,0,(-?[\d.]+),(-?[\d.]+)Z$/)!;
    expect(Number(innerEnd[1])).to.be.closeTo(5, 0.01);
    expect(circlePath(50)).to.equal('M0,-50A50,50,0,1,1,0,50A50,50,0,1,1,0,-50Z');
  });

  it('shrinks a sector too thin for its gap to its middle instead of turning it inside out', () => {
    const d = sectorPath(100, 200, 0, 0.01, 50);
    const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)(?=[AL Z]|$)/g)].map((m) => Number(m[1]));
    for (const x of points) expect(x).to.be.closeTo(200 * Math.sin(0.005), 1.5);
  });

  it('uses a large arc for a sector of more than half a turn', () => {
    expect(sectorPath(0, 100, 0, Math.PI * 1.5)).to.match(/^M0,-100A100,100,0,1,1,/);
    expect(sectorPath(0, 100, 0, Math.PI * 1.5)).to.match(/L0,0Z$/);
  });
});

describe('role groups in whoDoesWhat', () => {
  it('come in the order the cycle lists them, roles in no known group last', () => {
    const cycle = copyOfDefault();
    const groups = cycle.roleGroups!;
    // Roles listed out of group order, and one role whose group the cycle does not have.
    cycle.roles = [...cycle.roles!].reverse();
    cycle.roles[0] = { ...cycle.roles[0]!, group: 'no-such-group' };
    const matrix = whoDoesWhat(cycle);
    expect(matrix.sections.map((s) => s.group?.id)).to.deep.equal([
      ...groups.map((g) => g.id).filter((id) => cycle.roles!.some((r) => r.group === id)),
      undefined,
    ]);
    expect(matrix.sections.at(-1)!.rows.map((r) => r.role.id)).to.include(cycle.roles[0]!.id);
    expect(matrix.rows).to.deep.equal(matrix.sections.flatMap((s) => s.rows));
    // Inside a group, the cycle's order of roles.
    for (const section of matrix.sections.slice(0, -1)) {
      const order = cycle.roles.filter((r) => r.group === section.group!.id).map((r) => r.id);
      expect(section.rows.map((r) => r.role.id)).to.deep.equal(order);
    }
  });
});
