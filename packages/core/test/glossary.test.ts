import { expect } from '@open-wc/testing';
import { termsIn, textsAt } from '../src/glossary.js';
import { defaultCycle } from '../src/default-cycle.js';
import type { GlossaryTerm } from '../src/types.js';

const glossary: GlossaryTerm[] = [
  { id: 'proms', term: 'Patient-reported outcome measures (PROMs)', definition: 'd', matches: ['PROMs'] },
  { id: 'silos', term: 'Silos', definition: 'd', matches: ['silo'] },
  { id: 'hwb', term: 'Health and Wellbeing Board', definition: 'd' },
];
const ids = (texts: string[]) => termsIn(glossary, texts).map((t) => t.id);

describe('termsIn', () => {
  it('finds a term by its words, a plural or another form, whatever the case', () => {
    expect(ids(['Gather PROMs.'])).to.deep.equal(['proms']);
    expect(ids(['It breaks down silo working.'])).to.deep.equal(['silos']);
    expect(ids(['the health and wellbeing board'])).to.deep.equal(['hwb']);
    expect(ids(['patient-reported outcome measures'])).to.deep.equal(['proms']);
  });

  it('matches whole words only, and a short form in capitals only as written', () => {
    expect(ids(['Silosphere', 'prom night', 'proms'])).to.deep.equal([]);
  });

  it('keeps the glossary order, each term once, and copes with no glossary', () => {
    expect(ids(['silos and PROMs and silos'])).to.deep.equal(['proms', 'silos']);
    expect(termsIn(undefined, ['anything'])).to.deep.equal([]);
  });

  it('treats the characters of a term as text, not as a pattern', () => {
    const odd: GlossaryTerm[] = [{ id: 'x', term: 'A+B (x)', definition: 'd', matches: ['(?=.)'] }];
    expect(termsIn(odd, ['AAB'])).to.deep.equal([]);
    expect(termsIn(odd, ['use A+B here']).map((t) => t.id)).to.deep.equal(['x']);
  });
});

describe('the default glossary', () => {
  it('explains the jargon the audit listed wherever it is shown', () => {
    const all = ['hub', ...defaultCycle.stages.map((s) => s.id)].flatMap((id) =>
      termsIn(defaultCycle.glossary, textsAt(defaultCycle, id)).map((t) => t.id),
    );
    for (const id of ['co-production', 'proms', 'sla', 'procurement', 'tender', 'pathway', 'silos']) {
      expect(all, id).to.include(id);
    }
    for (const id of ['primary-care', 'secondary-care', 'routine-activity-data', 'user-focused-monitoring']) {
      expect(all, id).to.include(id);
    }
    for (const id of [
      'mystery-shopping',
      'lay-member',
      'patient-leader',
      'hwb',
      'osc',
      'commissioning-support',
    ]) {
      expect(all, id).to.include(id);
    }
  });

  it('finds the hub view’s words, the framework’s and the reasons’ among them', () => {
    const hub = termsIn(defaultCycle.glossary, textsAt(defaultCycle, 'hub')).map((t) => t.id);
    expect(hub).to.include.members(['ccg', 'pals', 'lay-member', 'hwb', 'co-production']);
  });

  it('uses every term somewhere, so none is dead weight', () => {
    const texts = ['hub', ...defaultCycle.stages.map((s) => s.id)].flatMap((id) => textsAt(defaultCycle, id));
    const roles = (defaultCycle.roles ?? []).flatMap((r) => [r.name, r.description ?? '']);
    const used = new Set(termsIn(defaultCycle.glossary, [...texts, ...roles]).map((t) => t.id));
    expect((defaultCycle.glossary ?? []).map((t) => t.id).filter((id) => !used.has(id))).to.deep.equal([]);
  });
});
