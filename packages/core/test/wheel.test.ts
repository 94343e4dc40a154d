/**
 * Wheel geometry: every label stays inside its own segment at every supported stage count,
 * and the static SVG is safe, linked and self-contained.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rotationFor, wheelLayout, type TextBlock, type WheelLayout } from '../src/wheel/layout.js';
import { renderWheelSvg } from '../src/wheel/render-svg.js';
import { LINE_HEIGHT, textWidth } from '../src/wheel/text-fit.js';
import { defaultCycle } from '../src/default-cycle.js';
import { copyOfDefault, cycleWithStages } from './helpers.js';
import type { Cycle } from '../src/types.js';

const TAU = Math.PI * 2;

/** The corners of each line of a text block, in wheel coordinates. */
function corners(block: TextBlock, bold = false): { x: number; y: number }[] {
  const lh = block.fontSize * LINE_HEIGHT;
  const top = -(block.lines.length * lh) / 2;
  const turn = (block.rotate * Math.PI) / 180;
  const out: { x: number; y: number }[] = [];
  block.lines.forEach((line, i) => {
    const half = textWidth(line, block.fontSize, bold) / 2;
    for (const [x, y] of [
      [-half, top + i * lh],
      [half, top + i * lh],
      [-half, top + (i + 1) * lh],
      [half, top + (i + 1) * lh],
    ]) {
      out.push({
        x: block.x + x! * Math.cos(turn) - y! * Math.sin(turn),
        y: block.y + x! * Math.sin(turn) + y! * Math.cos(turn),
      });
    }
  });
  return out;
}

/** Is the point inside the ring sector from `start` to `end` between radii `inner` and `outer`? */
function inSector(
  p: { x: number; y: number },
  inner: number,
  outer: number,
  start: number,
  end: number,
): boolean {
  const r = Math.hypot(p.x, p.y);
  let angle = Math.atan2(p.x, -p.y);
  while (angle < start) angle += TAU;
  while (angle > start + TAU) angle -= TAU;
  return r >= inner - 0.01 && r <= outer + 0.01 && angle >= start - 1e-6 && angle <= end + 1e-6;
}

function assertLabelsInside(layout: WheelLayout, where: string) {
  const { stageInner, stageOuter } = layout.radii;
  for (const stage of layout.stages) {
    const blocks: [TextBlock, boolean][] = [[stage.numberLabel, true]];
    if (stage.label) blocks.push([stage.label, false]);
    for (const [block, bold] of blocks) {
      for (const c of corners(block, bold)) {
        expect(
          inSector(c, stageInner, stageOuter, stage.startAngle, stage.endAngle),
          `${where}: stage ${stage.number} "${block.lines.join(' / ')}" corner ${c.x.toFixed(1)},${c.y.toFixed(1)}`,
        ).to.equal(true);
      }
    }
  }
  if (layout.hub.label) {
    for (const c of corners(layout.hub.label)) {
      expect(Math.hypot(c.x, c.y), `${where}: hub label`).to.be.at.most(layout.hub.radius);
    }
  }
}

describe('wheelLayout', () => {
  it('draws the hub, five stages clockwise from the top, and four segments for the default cycle', () => {
    const layout = wheelLayout(defaultCycle);
    expect(layout.stages.map((s) => s.number)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(layout.stages[0]!.startAngle).to.equal(0);
    expect(layout.stages[0]!.midAngle).to.be.closeTo(TAU / 10, 1e-9);
    expect(layout.segments.map((s) => s.title)).to.deep.equal([
      'Analyse & plan',
      'Design pathways',
      'Specify & procure',
      'Deliver & improve',
    ]);
    expect(layout.segments[0]!.endAngle).to.be.closeTo((2 * TAU) / 5, 1e-9);
    expect(layout.labelOrientation).to.equal('across');
    expect(layout.stages.every((s) => s.label !== undefined)).to.equal(true);
    expect(layout.hub.label?.lines.join(' ')).to.equal(defaultCycle.hub.shortTitle);
  });

  for (const n of [3, 4, 5, 6, 8, 12, 16, 20, 24]) {
    it(`keeps every label and number inside its own segment with ${n} stages`, () => {
      const cycle = cycleWithStages(n);
      for (const size of [240, 600, 1200]) {
        for (const minFontSize of [6, 11, 16]) {
          assertLabelsInside(
            wheelLayout(cycle, { size, minFontSize, selected: cycle.stages[0]!.id }),
            `n=${n} size=${size} min=${minFontSize}`,
          );
        }
      }
    });
  }

  it('keeps random short titles inside their segments (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z&]{1,12}$/);
    const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ').slice(0, 32));
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 24 }),
        fc.array(title, { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 0, max: 359 }),
        (n, titles, rotation) => {
          const cycle = cycleWithStages(n);
          cycle.stages.forEach((s, i) => ((s as { shortTitle: string }).shortTitle = titles[i]!));
          assertLabelsInside(wheelLayout(cycle, { rotation }), `n=${n}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves labels off rather than shrinking them below the minimum size', () => {
    const layout = wheelLayout(cycleWithStages(24), { minFontSize: 30 });
    expect(layout.labelOrientation).to.equal('none');
    expect(layout.stages.every((s) => s.label === undefined)).to.equal(true);
    expect(layout.stages.every((s) => s.numberLabel.lines[0] === String(s.number))).to.equal(true);
  });

  it('keeps segment titles shorter than their arc, or leaves them off', () => {
    for (const n of [3, 5, 12, 24]) {
      const cycle = cycleWithStages(n);
      cycle.segments = [
        {
          id: 'one',
          title: 'A rather long commissioning segment title',
          stages: [cycle.stages[0]!.id],
          basis: 'suggested',
        },
        { id: 'rest', title: 'Rest', stages: cycle.stages.slice(1).map((s) => s.id), basis: 'suggested' },
      ];
      const layout = wheelLayout(cycle);
      const mid = (layout.radii.bandInner! + layout.radii.bandOuter!) / 2;
      for (const segment of layout.segments) {
        if (segment.fontSize === undefined) continue;
        expect(textWidth(segment.title, segment.fontSize)).to.be.at.most(
          mid * (segment.endAngle - segment.startAngle),
        );
      }
    }
  });

  it('moves the selected stage out from the ring and marks it', () => {
    const layout = wheelLayout(defaultCycle, { selected: 'stage-3' });
    const moved = layout.stages.filter((s) => s.offset.x !== 0 || s.offset.y !== 0).map((s) => s.id);
    expect(moved).to.deep.equal(['stage-3']);
    expect(layout.stages.filter((s) => s.selected).map((s) => s.id)).to.deep.equal(['stage-3']);
    expect(wheelLayout(defaultCycle, { selected: 'hub' }).hub.selected).to.equal(true);
  });

  it('turns a stage to the top with rotationFor', () => {
    const rotation = rotationFor(defaultCycle, 'stage-4');
    const stage = wheelLayout(defaultCycle, { rotation }).stages[3]!;
    expect(Math.cos(stage.midAngle)).to.be.closeTo(1, 1e-9);
    expect(rotationFor(defaultCycle, 'hub')).to.equal(0);
  });

  it('drops the outer ring when asked or when the cycle has no segments', () => {
    expect(wheelLayout(defaultCycle, { showSegments: false }).segments).to.have.length(0);
    expect(wheelLayout(cycleWithStages(6)).segments).to.have.length(0);
  });
});

describe('renderWheelSvg', () => {
  it('draws a self-contained, script-free SVG with a title, a description and the credit', () => {
    const svg = renderWheelSvg(defaultCycle);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    expect(svg).to.contain('<title id="ec-title">The Engagement Cycle</title>');
    expect(svg).to.match(/<desc id="ec-desc">The Engagement Cycle: a wheel of 5 stages round a hub/);
    expect(svg).to.contain('InHealth Associates');
    expect(svg).not.to.match(/<script|<style|style=|\bon[a-z]+=/i);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
  });

  it('links each stage to #ec-stage-N by default, or to a pattern', () => {
    const svg = renderWheelSvg(defaultCycle);
    for (let n = 1; n <= 5; n++) expect(svg).to.contain(`<a href="#ec-stage-${n}">`);
    expect(svg).to.contain('<a href="#ec-hub">');
    const custom = renderWheelSvg(defaultCycle, { href: '/cycle/{id}?n={number}', hubHref: '/cycle/' });
    expect(custom).to.contain('<a href="/cycle/stage-2?n=2">');
    expect(custom).to.contain('<a href="/cycle/">');
    const fn = renderWheelSvg(defaultCycle, { href: (s) => `#s${s.number}` });
    expect(fn).to.contain('<a href="#s4">');
  });

  it('marks the selected stage', () => {
    const svg = renderWheelSvg(defaultCycle, { selected: 'stage-2' });
    expect(svg).to.contain('<a href="#ec-stage-2" aria-current="true">');
    expect(svg).to.contain('Stage 2 of 5: Working with the public to plan and transform services (selected)');
    expect(svg).to.contain('Selected: stage 2.');
    expect(renderWheelSvg(defaultCycle, { selected: 'hub' })).to.contain(
      '<a href="#ec-hub" aria-current="true">',
    );
  });

  it('escapes hostile text and links', () => {
    const cycle = copyOfDefault() as Cycle;
    (cycle as { title: string }).title = '</title><script>alert(1)</script>';
    (cycle.stages[0] as { shortTitle: string }).shortTitle = '<b onclick="x">';
    const svg = renderWheelSvg(cycle, { href: '#"><script>x</script>' });
    expect(svg).not.to.contain('<script');
    expect(svg).not.to.contain('<b ');
    expect(svg).to.contain('&lt;/title&gt;&lt;script&gt;');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script')).to.have.length(0);
  });

  it('passes axe when pasted into a page, links included', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = renderWheelSvg(defaultCycle, { selected: 'stage-2' });
    document.body.append(holder);
    try {
      // Five stages, the hub, and the two credit links.
      expect(holder.querySelectorAll('a')).to.have.length(8);
      await expect(holder).to.be.accessible();
    } finally {
      holder.remove();
    }
  });

  it('sets its size and can leave the credit off', () => {
    const svg = renderWheelSvg(defaultCycle, { width: 300, credit: false });
    expect(svg).to.match(/width="300" height="300"/);
    expect(svg).not.to.contain('InHealth Associates');
    expect(svg).not.to.contain('creativecommons.org');
  });

  it('links the source and the licence under the credit, with their addresses written out', () => {
    const doc = new DOMParser().parseFromString(renderWheelSvg(defaultCycle), 'image/svg+xml');
    const links = [...doc.querySelectorAll('a')].slice(-2);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'http://engagementcycle.org/',
      'https://creativecommons.org/licenses/by-nc-sa/2.0/uk/',
    ]);
    // A long line wraps onto more <text> lines inside the same link.
    const read = (a: Element) => [...a.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(links.map(read)).to.deep.equal([
      'Source: http://engagementcycle.org/',
      'Licence: CC BY-NC-SA 2.0 UK: England & Wales, https://creativecommons.org/licenses/by-nc-sa/2.0/uk/',
    ]);
    // Links are underlined, not told apart by colour alone.
    for (const a of links)
      expect(a.querySelector('text')!.getAttribute('text-decoration')).to.equal('underline');
  });

  it("speaks the words it is given, and says in the segments' tooltips that the ring's grouping is a suggestion", () => {
    const svg = renderWheelSvg(defaultCycle, {
      selected: 'hub',
      strings: {
        description: (title, total) => `${title}: olwyn o ${total} cam.`,
        selectedHub: 'Wedi dewis: y canolbwynt.',
        segmentName: (title, suggested) => `${title}${suggested ? ' (awgrym)' : ''}`,
        creditSource: 'Ffynhonnell',
        creditLicence: 'Trwydded',
      },
    });
    expect(svg).to.contain('<desc id="ec-desc">The Engagement Cycle: olwyn o 5 cam.');
    expect(svg).to.contain('Wedi dewis: y canolbwynt.</desc>');
    expect(svg).not.to.contain('a wheel of');
    expect(svg).to.contain('<title>Analyse &amp; plan (awgrym)</title>');
    expect(svg).to.contain('Ffynhonnell: http://engagementcycle.org/');
    expect(renderWheelSvg(defaultCycle)).to.contain(
      '<title>Analyse &amp; plan. Which stages this step covers is a suggestion by this project.</title>',
    );
  });

  it('is well-formed XML whatever characters the text holds', () => {
    const cycle = copyOfDefault() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    cycle.title = `Title${controls}\ufffe\uffff\ud800 end`;
    cycle.hub.title = `Hub \udc00 & <b>`;
    cycle.stages[0].title = `One\u0001\u001b[2J two`;
    const svg = renderWheelSvg(cycle as Cycle);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), svg.slice(0, 400)).to.equal(null);
    // Tab, line feed and carriage return are allowed in XML and kept; the rest are dropped.
    expect(doc.querySelector('title')!.textContent).to.match(/^Title\t\n\n? end$/);
    expect(svg).to.contain('Hub  &amp; &lt;b&gt;');
  });
});
