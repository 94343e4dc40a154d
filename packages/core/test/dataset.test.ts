/**
 * The default dataset: valid, complete where the facts allow, honest where they do not.
 */
import { expect } from '@open-wc/testing';
import { defaultCycle } from '../src/default-cycle.js';
import { parseCycle } from '../src/parse.js';

describe('default dataset', () => {
  it('passes parseCycle', () => {
    // A plain copy: the default cycle itself is known valid and would not be checked again.
    const result = parseCycle(JSON.parse(JSON.stringify(defaultCycle)));
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  });

  it('is frozen, so elements sharing it cannot change it', () => {
    expect(Object.isFrozen(defaultCycle)).to.equal(true);
    expect(Object.isFrozen(defaultCycle.stages[1]!.benefits)).to.equal(true);
  });

  it('credits InHealth Associates and names the CC BY-NC-SA 2.0 UK licence', () => {
    expect(defaultCycle.source.author).to.equal('InHealth Associates');
    expect(defaultCycle.source.credit).to.contain('InHealth Associates');
    expect(defaultCycle.source.licence.name).to.match(/^CC BY-NC-SA 2\.0 UK/);
    expect(defaultCycle.source.licence.url).to.equal('https://creativecommons.org/licenses/by-nc-sa/2.0/uk/');
  });

  it('has the hub and the five stages, numbered in order, with the published titles of stages 2 to 5', () => {
    expect(defaultCycle.hub.title).to.equal('Engagement strategy, culture and systems');
    expect(defaultCycle.stages.map((s) => [s.id, s.number])).to.deep.equal([
      ['stage-1', 1],
      ['stage-2', 2],
      ['stage-3', 3],
      ['stage-4', 4],
      ['stage-5', 5],
    ]);
    expect(defaultCycle.stages.slice(1).map((s) => s.title)).to.deep.equal([
      'Working with the public to plan and transform services',
      'Working with patients and carers to improve quality and safety',
      'Working with patients and the public to procure services',
      'Working with patients and carers to monitor services',
    ]);
  });

  it('says that stage 1 comes from the earlier version, since the newer page was not found', () => {
    const stage1 = defaultCycle.stages[0]!;
    expect(stage1.title).to.equal('Community engagement to identify needs and aspirations');
    expect(stage1.notes?.join(' ')).to.match(/no page for stage 1 .* was found|not found/i);
  });

  it('gives every stage the content the guide shows', () => {
    for (const stage of defaultCycle.stages) {
      expect(stage.engages, stage.id).to.not.equal('');
      expect(stage.purpose, stage.id).to.not.equal('');
      expect(stage.considerations.length, stage.id).to.be.at.least(1);
      expect(stage.sources?.length ?? 0, stage.id).to.be.at.least(1);
    }
  });

  it('keeps only the four hub elements that were found (no invented ones)', () => {
    expect(defaultCycle.hub.elements.map((e) => e.title)).to.deep.equal([
      'Be clear on the vision and build shared understanding',
      'Develop an engagement strategy that links to other work',
      'Be clear about who needs to do what',
      'Embed engagement in government arrangements',
    ]);
  });

  it('marks the inferred stage-to-segment mapping as suggested', () => {
    expect(defaultCycle.segments?.map((s) => s.title)).to.deep.equal([
      'Analyse & plan',
      'Design pathways',
      'Specify & procure',
      'Deliver & improve',
    ]);
    expect(defaultCycle.segments?.every((s) => s.basis === 'suggested')).to.equal(true);
  });

  it('cites a source for every responsibility that rests on one, and none for suggestions', () => {
    const responsibilities = defaultCycle.responsibilities ?? [];
    expect(responsibilities.length).to.be.at.least(20);
    for (const r of responsibilities) {
      const label = `${r.role} at ${r.stage}`;
      if (r.basis === 'source') expect(r.sources?.length ?? 0, label).to.be.at.least(1);
      else expect(r.sources, label).to.equal(undefined);
    }
    expect(responsibilities.some((r) => r.basis === 'suggested')).to.equal(true);
  });

  it('has the PPE framework grid: two levels by three kinds', () => {
    const f = defaultCycle.framework!;
    expect(f.levels.map((l) => l.id)).to.deep.equal(['individual', 'collective']);
    expect(f.kinds.map((k) => k.id)).to.deep.equal(['information', 'feedback', 'influence']);
    expect(f.cells).to.have.length(6);
  });

  it('has the five reasons to engage', () => {
    expect(defaultCycle.reasons?.map((r) => r.id)).to.deep.equal([
      'moral',
      'business',
      'social-political',
      'health',
      'legal',
    ]);
  });

  it('links only to http(s) addresses', () => {
    const urls = JSON.stringify(defaultCycle).match(/"(?:url|href)":"[^"]*"/g) ?? [];
    expect(urls.length).to.be.at.least(14);
    for (const u of urls) expect(u).to.match(/"(?:url|href)":"https?:\/\//);
  });
});
