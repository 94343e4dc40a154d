import { expect } from '@open-wc/testing';
import { formatCycleError, parseCycle } from '../src/parse.js';
import { LIMITS } from '../src/cycle-shape.js';
import type { Cycle, CycleError, CycleErrorCode } from '../src/types.js';
import { copyOfDefault, cycleWithStages } from './helpers.js';

type Writable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  name: string;
  input: ((c: Writable) => void) | { value: unknown };
  path: string;
  code: CycleErrorCode;
  message: string | RegExp;
}

const javascriptUrl = 'javascript:alert(1)';

const cases: Case[] = [
  { name: 'null', input: { value: null }, path: '', code: 'type', message: 'must be an object, not null' },
  { name: 'a list', input: { value: [] }, path: '', code: 'type', message: 'must be an object, not a list' },
  {
    name: 'a string',
    input: { value: 'cycle' },
    path: '',
    code: 'type',
    message: 'must be an object, not text',
  },
  { name: 'an empty object', input: { value: {} }, path: 'stages', code: 'required', message: 'required' },
  {
    name: 'a future format version',
    input: (c) => (c.schemaVersion = 2),
    path: 'schemaVersion',
    code: 'value',
    message: 'must be one of 1',
  },
  {
    name: 'a missing stage title',
    input: (c) => delete c.stages[2].title,
    path: 'stages[2].title',
    code: 'required',
    message: 'required',
  },
  {
    name: 'a number as a title',
    input: (c) => (c.stages[2].title = 42),
    path: 'stages[2].title',
    code: 'type',
    message: 'must be text, not a number',
  },
  {
    name: 'a blank title',
    input: (c) => (c.stages[2].title = '   '),
    path: 'stages[2].title',
    code: 'empty',
    message: 'must not be empty',
  },
  {
    name: 'an over-long title',
    input: (c) => (c.stages[0].title = 'x'.repeat(LIMITS.title + 1)),
    path: 'stages[0].title',
    code: 'too-long',
    message: `must be at most ${LIMITS.title} characters (it has ${LIMITS.title + 1})`,
  },
  {
    name: 'a short title too long for the wheel',
    input: (c) => (c.stages[4].shortTitle = 'y'.repeat(33)),
    path: 'stages[4].shortTitle',
    code: 'too-long',
    message: /at most 32 characters/,
  },
  {
    name: 'two stages',
    input: (c) => c.stages.splice(2),
    path: 'stages',
    code: 'count',
    message: 'must have from 3 to 24 items (it has 2)',
  },
  {
    name: '25 stages',
    input: { value: cycleWithStages(25) },
    path: 'stages',
    code: 'count',
    message: 'must have from 3 to 24 items (it has 25)',
  },
  {
    name: 'an id with spaces',
    input: (c) => (c.stages[1].id = 'Stage Two'),
    path: 'stages[1].id',
    code: 'value',
    message: /lower-case letters, digits and hyphens/,
  },
  {
    name: 'a stage called hub',
    input: (c) => (c.stages[1].id = 'hub'),
    path: 'stages[1].id',
    code: 'value',
    message: '"hub" is kept for the centre of the wheel',
  },
  {
    name: 'a duplicate stage id',
    input: (c) => (c.stages[1].id = c.stages[0].id),
    path: 'stages[1].id',
    code: 'duplicate',
    message: 'duplicate id "stage-1" (first used at stages[0].id)',
  },
  {
    name: 'stages numbered out of order',
    input: (c) => (c.stages[3].number = 5),
    path: 'stages[3].number',
    code: 'order',
    message: 'must be 4: stages are numbered in the order they are listed',
  },
  {
    name: 'a fractional stage number',
    input: (c) => (c.stages[0].number = 1.5),
    path: 'stages[0].number',
    code: 'type',
    message: 'must be a whole number, not a number',
  },
  {
    name: 'benefits as text',
    input: (c) => (c.stages[1].benefits = 'better decisions'),
    path: 'stages[1].benefits',
    code: 'type',
    message: 'must be a list, not text',
  },
  {
    name: 'an empty benefit',
    input: (c) => (c.stages[1].benefits[0] = ''),
    path: 'stages[1].benefits[0]',
    code: 'empty',
    message: 'must not be empty',
  },
  {
    name: 'a consideration with no points',
    input: (c) => (c.stages[1].considerations[0].points = []),
    path: 'stages[1].considerations[0].points',
    code: 'count',
    message: 'must have from 1 to 50 items (it has 0)',
  },
  {
    name: 'an unknown basis',
    input: (c) => (c.stages[1].considerations[0].basis = 'maybe'),
    path: 'stages[1].considerations[0].basis',
    code: 'value',
    message: 'must be one of "source", "suggested"',
  },
  {
    name: 'a misspelt property',
    input: (c) => (c.stages[0].titel = 'x'),
    path: 'stages[0].titel',
    code: 'unknown-property',
    message: 'is not a known property',
  },
  {
    name: 'a property name that needs quoting',
    input: (c) => (c.stages[0]['my colour'] = 'red'),
    path: 'stages[0]["my colour"]',
    code: 'unknown-property',
    message: 'is not a known property',
  },
  { name: 'no hub', input: (c) => delete c.hub, path: 'hub', code: 'required', message: 'required' },
  {
    name: 'a duplicate hub element',
    input: (c) => (c.hub.elements[1].id = c.hub.elements[0].id),
    path: 'hub.elements[1].id',
    code: 'duplicate',
    message: /^duplicate id ".+" \(first used at hub\.elements\[0\]\.id\)$/,
  },
  {
    name: 'a segment naming an unknown stage',
    input: (c) => (c.segments[0].stages[0] = 'stage-9'),
    path: 'segments[0].stages[0]',
    code: 'reference',
    message: 'unknown stage "stage-9"',
  },
  {
    name: 'a stage in two segments',
    input: (c) => c.segments[1].stages.push('stage-1'),
    path: 'segments[1].stages[1]',
    code: 'duplicate',
    message: 'stage "stage-1" is already in segments[0]',
  },
  {
    name: 'a segment with a gap',
    input: (c) => {
      c.segments = [{ id: 'gap', title: 'Gap', stages: ['stage-1', 'stage-3'], basis: 'suggested' }];
    },
    path: 'segments[0].stages',
    code: 'order',
    message: 'must list stages that follow one another round the cycle, in order',
  },
  {
    name: 'a role in an unknown group',
    input: (c) => (c.roles[0].group = 'nobody'),
    path: 'roles[0].group',
    code: 'reference',
    message: 'unknown role group "nobody"',
  },
  {
    name: 'a duplicate role',
    input: (c) => c.roles.push({ ...c.roles[0] }),
    path: 'roles[20].id',
    code: 'duplicate',
    message: /^duplicate id ".+" \(first used at roles\[0\]\.id\)$/,
  },
  {
    name: 'a responsibility of an unknown role',
    input: (c) => (c.responsibilities[0].role = 'ghost'),
    path: 'responsibilities[0].role',
    code: 'reference',
    message: 'unknown role "ghost"',
  },
  {
    name: 'a responsibility at an unknown stage',
    input: (c) => (c.responsibilities[0].stage = 'stage-99'),
    path: 'responsibilities[0].stage',
    code: 'reference',
    message: 'unknown stage "stage-99"',
  },
  {
    name: 'two entries for one cell',
    input: (c) => c.responsibilities.push({ ...c.responsibilities[0] }),
    path: 'responsibilities[43]',
    code: 'duplicate',
    message: /already have an entry at responsibilities\[0\]$/,
  },
  {
    name: 'an unknown reference',
    input: (c) => (c.stages[0].sources = ['s99']),
    path: 'stages[0].sources[0]',
    code: 'reference',
    message: 'unknown reference "s99"',
  },
  {
    name: 'a javascript: link',
    input: (c) => (c.stages[0].links = [{ label: 'Click', href: javascriptUrl }]),
    path: 'stages[0].links[0].href',
    code: 'url',
    message: 'must be an http(s), mailto or relative URL, not a "javascript:" URL',
  },
  {
    name: 'a JAVASCRIPT: link in capitals',
    input: (c) => (c.hub.links = [{ label: 'Click', href: 'JavaScript:alert(1)' }]),
    path: 'hub.links[0].href',
    code: 'url',
    message: /not a "JavaScript:" URL/,
  },
  {
    name: 'a script link hidden behind a space',
    input: (c) => (c.hub.links = [{ label: 'Click', href: ` ${javascriptUrl}` }]),
    path: 'hub.links[0].href',
    code: 'url',
    message: /without spaces or control characters/,
  },
  {
    name: 'a script link split by a tab',
    input: (c) => (c.hub.links = [{ label: 'Click', href: 'java\tscript:alert(1)' }]),
    path: 'hub.links[0].href',
    code: 'url',
    message: /without spaces or control characters/,
  },
  {
    name: 'a data: URL',
    input: (c) =>
      (c.stages[2].caseStudies = [{ title: 'Story', href: 'data:text/html,<script>alert(1)</script>' }]),
    path: 'stages[2].caseStudies[0].href',
    code: 'url',
    message: /not a "data:" URL/,
  },
  {
    name: 'a licence link over FTP',
    input: (c) => (c.source.licence.url = 'ftp://example.org/licence'),
    path: 'source.licence.url',
    code: 'url',
    message: /not a "ftp:" URL/,
  },
  {
    name: 'a contact email without @',
    input: (c) => (c.hub.contacts = [{ name: 'Sam', email: 'sam.example.org' }]),
    path: 'hub.contacts[0].email',
    code: 'value',
    message: /email address/,
  },
  {
    name: 'a framework cell at an unknown level',
    input: (c) => (c.framework.cells[0].level = 'team'),
    path: 'framework.cells[0].level',
    code: 'reference',
    message: 'unknown level "team"',
  },
  {
    name: 'a language that is not a tag',
    input: (c) => (c.lang = 'English!'),
    path: 'lang',
    code: 'value',
    message: /language tag/,
  },
  {
    name: 'no credit line',
    input: (c) => delete c.source.credit,
    path: 'source.credit',
    code: 'required',
    message: 'required',
  },
  {
    name: 'too many roles',
    input: (c) => {
      c.roles = Array.from({ length: LIMITS.roles + 1 }, (_, i) => ({ id: `r${i}`, name: `Role ${i}` }));
    },
    path: 'roles',
    code: 'count',
    message: `must have at most ${LIMITS.roles} items (it has ${LIMITS.roles + 1})`,
  },
  {
    name: 'a responsibility that is text',
    input: (c) => (c.responsibilities[3] = 'commissioners lead'),
    path: 'responsibilities[3]',
    code: 'type',
    message: 'must be an object, not text',
  },
  // The fields that say what the content is, where it is partial, and what its words mean.
  {
    name: 'a hub note that is not text',
    input: (c) => (c.hub.notes = [42]),
    path: 'hub.notes[0]',
    code: 'type',
    message: 'must be text, not a number',
  },
  {
    name: 'a stage that follows an unknown version',
    input: (c) => (c.stages[1].version = 'third'),
    path: 'stages[1].version',
    code: 'reference',
    message: 'unknown version "third"',
  },
  {
    name: 'a hub that follows an unknown version',
    input: (c) => (c.hub.version = 'third'),
    path: 'hub.version',
    code: 'reference',
    message: 'unknown version "third"',
  },
  {
    name: 'a heading basis that is neither source nor suggested',
    input: (c) => (c.stages[1].considerations[1].titleBasis = 'ours'),
    path: 'stages[1].considerations[1].titleBasis',
    code: 'value',
    message: 'must be one of "source", "suggested"',
  },
  {
    name: 'a role basis that is neither source nor suggested',
    input: (c) => (c.roles[0].basis = 'maybe'),
    path: 'roles[0].basis',
    code: 'value',
    message: 'must be one of "source", "suggested"',
  },
  {
    name: 'a glossary term without a definition',
    input: (c) => delete c.glossary[2].definition,
    path: 'glossary[2].definition',
    code: 'required',
    message: 'required',
  },
  {
    name: 'two glossary terms with one id',
    input: (c) => (c.glossary[1].id = c.glossary[0].id),
    path: 'glossary[1].id',
    code: 'duplicate',
    message: /duplicate id "commissioning"/,
  },
  {
    name: 'a principle citing an unknown reference',
    input: (c) => (c.principles[0].sources = ['s99']),
    path: 'principles[0].sources[0]',
    code: 'reference',
    message: 'unknown reference "s99"',
  },
  {
    name: 'a version without a title',
    input: (c) => delete c.versions[0].title,
    path: 'versions[0].title',
    code: 'required',
    message: 'required',
  },
  {
    name: 'an empty purpose',
    input: (c) => (c.purposes[0].text = ' '),
    path: 'purposes[0].text',
    code: 'empty',
    message: 'must not be empty',
  },
  {
    name: 'a misspelt field on a reason',
    input: (c) => (c.reasons[0].note = ['x']),
    path: 'reasons[0].note',
    code: 'unknown-property',
    message: 'is not a known property',
  },
];

function run(input: Case['input']): ReturnType<typeof parseCycle> {
  if (typeof input !== 'function') return parseCycle(input.value);
  const cycle = copyOfDefault() as unknown as Writable;
  input(cycle);
  return parseCycle(cycle);
}

describe('parseCycle', () => {
  it('accepts the default cycle and returns a frozen copy', () => {
    const input = copyOfDefault();
    const result = parseCycle(input);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    if (!result.ok) return;
    expect(result.cycle).to.deep.equal(input);
    expect(result.cycle).not.to.equal(input);
    expect(Object.isFrozen(result.cycle.stages[0]!.considerations)).to.equal(true);
  });

  it('refuses a huge or sparse list at once, and does not walk it again for references', () => {
    const cycle = copyOfDefault() as unknown as Writable;
    cycle.stages[0].sources = Array.from({ length: 1_000_000 }, (_, i) => `ref-${i}`);
    let started = performance.now();
    const huge = parseCycle(cycle);
    expect(performance.now() - started, 'ms for a million ids').to.be.below(1000);
    expect(huge.ok).to.equal(false);
    if (huge.ok) return;
    expect(huge.errors.map((e) => [e.path, e.code])).to.deep.equal([['stages[0].sources', 'count']]);

    const sparse = copyOfDefault() as unknown as Writable;
    sparse.stages = new Array(2 ** 32 - 1);
    started = performance.now();
    const result = parseCycle(sparse);
    expect(performance.now() - started, 'ms for a sparse list of 2^32 - 1').to.be.below(1000);
    expect(!result.ok && result.errors[0]).to.deep.include({ path: 'stages', code: 'count' });
  });

  it('lists the first 100 problems and counts the rest', () => {
    const cycle = copyOfDefault() as unknown as Writable;
    cycle.responsibilities = Array.from({ length: 3000 }, () => ({ rol: 'x', stag: 'y', txt: 'z' }));
    const result = parseCycle(cycle);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.have.length(100);
    // Each item has three unknown keys and lacks three required ones.
    expect(result.errors.length + result.more!).to.be.at.least(3000 * 3);
    expect(result.errors[0]!.path).to.match(/^responsibilities\[0\]/);
  });

  it('hands back a cycle it returned before as it is, without checking it again', () => {
    const first = parseCycle(copyOfDefault());
    if (!first.ok) throw new Error('the default cycle should pass');
    const again = parseCycle(first.cycle);
    expect(again.ok && again.cycle).to.equal(first.cycle);
    // A look-alike that did not come out of parseCycle is checked: a copy with a fault fails.
    const lookAlike = JSON.parse(JSON.stringify(first.cycle)) as Writable;
    delete lookAlike.stages[0].title;
    expect(parseCycle(lookAlike).ok).to.equal(false);
  });

  it(`has at least 30 invalid cases (${cases.length})`, () => {
    expect(cases.length).to.be.at.least(30);
  });

  for (const c of cases) {
    it(`reports ${c.name} at "${c.path}"`, () => {
      const result = run(c.input);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const found = result.errors.find((e) => e.path === c.path && e.code === c.code);
      expect(found, `errors were: ${result.errors.map(formatCycleError).join(' | ')}`).to.not.equal(
        undefined,
      );
      if (typeof c.message === 'string') expect(found!.message).to.equal(c.message);
      else expect(found!.message).to.match(c.message);
    });
  }

  it('reports every problem at once, not only the first', () => {
    const cycle = copyOfDefault() as unknown as Writable;
    delete cycle.stages[0].title;
    cycle.stages[3].benefits = 7;
    cycle.responsibilities[2].role = 'ghost';
    const result = parseCycle(cycle);
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).to.include.members(['stages[0].title', 'stages[3].benefits', 'responsibilities[2].role']);
  });

  it('accepts safe link forms', () => {
    const hrefs = [
      'https://example.org/a?b=c#d',
      'HTTP://EXAMPLE.ORG',
      'mailto:team@example.org',
      '/local/page',
      'page.html',
      '#ec-stage-2',
      '?stage=2',
      '//cdn.example.org/x',
    ];
    const cycle = copyOfDefault();
    cycle.hub.links = hrefs.map((href) => ({ label: href, href }));
    const result = parseCycle(cycle);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  });

  it('accepts 3 and 24 stages, and a segment that wraps from the last stage to the first', () => {
    expect(parseCycle(cycleWithStages(3)).ok).to.equal(true);
    const big = cycleWithStages(24);
    big.segments = [{ id: 'wrap', title: 'Wrap', stages: ['step-24', 'step-1'], basis: 'suggested' }];
    expect(parseCycle(big).ok).to.equal(true);
  });

  it('does not read the items of an oversized list one by one', () => {
    const cycle = copyOfDefault() as unknown as Writable;
    cycle.responsibilities = Array.from({ length: LIMITS.responsibilities + 1 }, () => 42);
    const result = parseCycle(cycle);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.have.length(1);
  });

  it('turns a throwing getter into an error instead of throwing', () => {
    const cycle = copyOfDefault() as unknown as Writable;
    Object.defineProperty(cycle, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseCycle(cycle);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors[0]).to.deep.include({ path: '', message: 'could not be read: boom' });
  });

  it('formats an error as "path: message"', () => {
    const error: CycleError = { path: 'stages[2].title', code: 'required', message: 'required' };
    expect(formatCycleError(error)).to.equal('stages[2].title: required');
    expect(formatCycleError({ ...error, path: '' })).to.equal('(the whole cycle): required');
  });

  it('keeps hostile text as plain data', () => {
    const cycle = copyOfDefault();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    (cycle.stages[0] as Cycle['stages'][number]).title = hostile;
    const result = parseCycle(cycle);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.cycle.stages[0]!.title).to.equal(hostile);
  });
});
