import { expect } from '@open-wc/testing';
import { mergeCycle } from '../src/merge.js';
import { defaultCycle } from '../src/default-cycle.js';

const additions = {
  roleGroups: [{ id: 'local', name: 'Our organisation' }],
  roles: [{ id: 'engagement-team', name: 'Our engagement team', group: 'local' }],
  responsibilities: [
    { role: 'engagement-team', stage: 'stage-2', text: 'Runs our public meetings.', basis: 'suggested' },
  ],
  hub: { contacts: [{ name: 'Engagement team', email: 'engage@example.org' }] },
  stages: {
    'stage-3': {
      links: [{ label: 'Our improvement plan', href: 'https://example.org/plan' }],
      caseStudies: [{ title: 'Better discharge', summary: 'Patients helped redesign discharge.' }],
    },
  },
};

describe('mergeCycle', () => {
  it('adds roles, responsibilities, links and contacts and keeps all base content', () => {
    const result = mergeCycle(defaultCycle, additions);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    if (!result.ok) return;
    const { cycle } = result;
    expect(cycle.roles).to.have.length(defaultCycle.roles!.length + 1);
    expect(cycle.roles!.slice(0, -1)).to.deep.equal(defaultCycle.roles);
    expect(cycle.responsibilities!.at(-1)!.text).to.equal('Runs our public meetings.');
    expect(cycle.stages[2]!.links).to.deep.equal(additions.stages['stage-3'].links);
    expect(cycle.stages[2]!.considerations).to.deep.equal(defaultCycle.stages[2]!.considerations);
    expect(cycle.hub.contacts).to.deep.equal(additions.hub.contacts);
    expect(cycle.hub.elements).to.deep.equal(defaultCycle.hub.elements);
    expect(cycle.source).to.deep.equal(defaultCycle.source);
  });

  it('does not change the base cycle', () => {
    const before = JSON.stringify(defaultCycle);
    mergeCycle(defaultCycle, additions);
    expect(JSON.stringify(defaultCycle)).to.equal(before);
  });

  it('rejects a responsibility for a role that does not exist, pointing at the added line', () => {
    const result = mergeCycle(defaultCycle, {
      responsibilities: [{ role: 'nobody', stage: 'stage-1', text: 'x', basis: 'suggested' }],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.deep.include({
        path: 'additions.responsibilities[0].role',
        code: 'reference',
        message: 'unknown role "nobody"',
      });
    }
  });

  it('rejects a role whose id the base already uses', () => {
    const result = mergeCycle(defaultCycle, { roles: [{ id: defaultCycle.roles![0]!.id, name: 'Copy' }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('additions.roles[0].id');
  });

  it('rejects additions for a stage that does not exist', () => {
    const result = mergeCycle(defaultCycle, { stages: { 'stage-9': { links: [] } } });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors[0]).to.deep.include({
        path: 'additions.stages["stage-9"]',
        message: 'unknown stage "stage-9"',
      });
  });

  it('rejects an unsafe link in an added stage, at its place in the additions', () => {
    const result = mergeCycle(defaultCycle, {
      stages: { 'stage-1': { links: [{ label: 'x', href: 'javascript:alert(1)' }] } },
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('additions.stages["stage-1"].links[0].href');
  });

  it('points at an added hub contact that breaks a rule after merging', () => {
    const result = mergeCycle(defaultCycle, { hub: { contacts: [{ name: 'x', email: 'not-an-email' }] } });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('additions.hub.contacts[0].email');
  });

  it('rejects additions that are not an object, and unknown keys', () => {
    const notObject = mergeCycle(defaultCycle, 'roles');
    expect(notObject.ok).to.equal(false);
    if (!notObject.ok) expect(notObject.errors[0]!.path).to.equal('additions');
    const unknown = mergeCycle(defaultCycle, { stagez: {} });
    expect(unknown.ok).to.equal(false);
    if (!unknown.ok)
      expect(unknown.errors[0]).to.deep.include({ path: 'additions.stagez', code: 'unknown-property' });
  });

  it('reports an invalid base under "base"', () => {
    const result = mergeCycle({ title: 'x' }, {});
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).to.include('base.stages');
  });
});
