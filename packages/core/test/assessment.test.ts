import { expect } from '@open-wc/testing';
import { defaultCycle } from '../src/default-cycle.js';
import { parseAssessment, emptyAssessment } from '../src/assessment/parse.js';
import { cycleFingerprint, ratedParts } from '../src/assessment/items.js';
import { actionList, assessmentSummary, compareAssessments } from '../src/assessment/summary.js';
import { assessmentToCsv } from '../src/assessment/csv.js';
import { DEFAULT_SCALE } from '../src/assessment/scale.js';
import { DEFAULT_SCALE_CY } from '../src/assessment/scale-cy.js';
import { assessmentJsonSchema } from '../src/schema.js';
import type { Assessment } from '../src/assessment/types.js';
import type { Cycle } from '../src/types.js';
import { copyOfDefault } from './helpers.js';

type Writable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A partly rated assessment of the default cycle, as a plain writable object. */
function sample(): Writable {
  const a = emptyAssessment(defaultCycle, '2026-11-30') as Writable;
  a.raters = [{ role: 'Patient leader', name: 'Sam' }, { role: 'Healthwatch' }];
  const item = (id: string) => a.items.find((i: Writable) => i.id === id);
  Object.assign(item('hub'), { level: 'developing', target: 'established' });
  Object.assign(item('stage-2'), {
    level: 'not-started',
    target: 'leading',
    evidence: [{ label: 'Board minutes', href: 'https://example.org/minutes.pdf' }],
    note: 'No plan yet, "but" soon',
  });
  Object.assign(item('stage-3'), { level: 'established', target: 'established' });
  Object.assign(item('stage-5'), { target: 'developing' });
  return a;
}

const parse = (value: unknown, cycle: Cycle = defaultCycle) => parseAssessment(value, cycle);

describe('assessments', () => {
  describe('the parts a cycle asks to rate', () => {
    it('are the hub, its key elements and the stages, in that order', () => {
      const parts = ratedParts(defaultCycle);
      expect(parts.map((p) => p.kind)).to.deep.equal([
        'hub',
        ...defaultCycle.hub.elements.map(() => 'element'),
        ...defaultCycle.stages.map(() => 'stage'),
      ]);
      expect(parts.at(-1)).to.deep.equal({
        id: 'stage-5',
        kind: 'stage',
        title: defaultCycle.stages[4]!.title,
        number: 5,
      });
    });

    it('have a fingerprint that notices a renamed stage, not a reworded purpose', () => {
      const base = cycleFingerprint(defaultCycle);
      expect(base).to.match(/^c1-[0-9a-f]{14}$/);
      const reworded = copyOfDefault();
      reworded.stages[1]!.purpose = 'Other words.';
      expect(cycleFingerprint(reworded)).to.equal(base);
      const renamed = copyOfDefault();
      renamed.stages[1]!.title = 'Another title';
      expect(cycleFingerprint(renamed)).to.not.equal(base);
    });
  });

  describe('parseAssessment', () => {
    it('accepts a new empty assessment and a rated one, with no warnings, frozen', () => {
      const empty = parse(emptyAssessment(defaultCycle));
      expect(empty.ok && empty.warnings).to.deep.equal([]);
      const rated = parse(sample());
      expect(rated.ok, JSON.stringify(!rated.ok && rated.errors)).to.equal(true);
      if (rated.ok) expect(Object.isFrozen(rated.assessment.items[0])).to.equal(true);
    });

    const bad: [string, (a: Writable) => void, string, RegExp][] = [
      ['a future format version', (a) => (a.schemaVersion = 2), 'schemaVersion', /must be one of 1/],
      [
        'a javascript: evidence link',
        (a) => (a.items[5].evidence = [{ label: 'x', href: 'javascript:alert(1)' }]),
        'items[5].evidence[0].href',
        /not a "javascript:" URL/,
      ],
      [
        'six evidence links',
        (a) => (a.items[5].evidence = Array.from({ length: 6 }, () => ({ label: 'x', href: '/x' }))),
        'items[5].evidence',
        /at most 5/,
      ],
      [
        'a level the scale does not have',
        (a) => (a.items[0].level = 'excellent'),
        'items[0].level',
        /unknown level "excellent"/,
      ],
      [
        'a target the scale does not have',
        (a) => (a.items[0].target = 'gold'),
        'items[0].target',
        /unknown level "gold"/,
      ],
      [
        'an item rated twice',
        (a) => a.items.push({ id: 'stage-2' }),
        `items[${ratedParts(defaultCycle).length}].id`,
        /already rated at items\[6\]/,
      ],
      [
        'a scale of one level',
        (a) => (a.scale = { levels: [{ id: 'x', label: 'X', description: 'x' }] }),
        'scale.levels',
        /from 2 to 7/,
      ],
      [
        'a scale with one id twice',
        (a) => (a.scale = { levels: [DEFAULT_SCALE.levels[0], DEFAULT_SCALE.levels[0]] }),
        'scale.levels[1].id',
        /duplicate level id/,
      ],
      ['a date that is not a date', (a) => (a.date = '30/11/2026'), 'date', /YYYY-MM-DD/],
      [
        'a misspelt field',
        (a) => (a.items[0].levle = 'developing'),
        'items[0].levle',
        /not a known property/,
      ],
      ['no cycle', (a) => delete a.cycle, 'cycle', /required/],
    ];
    for (const [name, change, path, message] of bad) {
      it(`reports ${name} at ${path}`, () => {
        const a = sample();
        change(a);
        const result = parse(a);
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        const found = result.errors.find((e) => e.path === path);
        expect(found, JSON.stringify(result.errors)).to.not.equal(undefined);
        expect(found!.message).to.match(message);
      });
    }

    it('never throws, whatever it is given', () => {
      const hostile = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
        },
      );
      for (const value of [null, 1, 'x', [], {}, hostile, { schemaVersion: 1, cycle: 1, items: 'x' }]) {
        const result = parse(value);
        expect(result.ok).to.equal(false);
      }
    });

    it('keeps the rest, with warnings, for a file from another version of the cycle', () => {
      const a = sample();
      a.items.push({ id: 'stage-9', level: 'leading' });
      a.items = a.items.filter((i: Writable) => i.id !== 'stage-4');
      a.cycle.fingerprint = 'c1-00000000000000';
      const result = parse(a);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.warnings.map((w) => w.code)).to.deep.equal([
        'unknown-item',
        'missing-item',
        'other-cycle',
      ]);
      expect(result.warnings[0]!.message).to.match(/no stage or hub element "stage-9"/);
      expect(result.warnings[1]!.message).to.contain('stage 4');
      // The values each message is made from, so an interface can word it in its own language.
      expect(result.warnings.map((w) => w.params)).to.deep.equal([
        { id: 'stage-9' },
        { kind: 'stage', number: 4, title: defaultCycle.stages[3]!.title },
        {},
      ]);
      expect(result.assessment.items.map((i) => i.id)).to.not.include('stage-9');
      expect(result.assessment.items.find((i) => i.id === 'stage-2')!.level).to.equal('not-started');
      a.cycle.title = 'Our own cycle';
      const other = parse(a);
      expect(other.ok && other.warnings.at(-1)!.message).to.equal(
        'the file was made against another cycle, "Our own cycle"',
      );
      expect(other.ok && other.warnings.at(-1)!.params).to.deep.equal({ title: 'Our own cycle' });
    });

    it('gives each error the values its message is made from', () => {
      const a = sample();
      a.items[1].evidence = [{ label: 'Minutes', href: 'javascript:alert(1)' }];
      a.date = '30/11/2026';
      a.raters = 'everyone';
      const result = parse(a);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.errors.map(({ path, code, params }) => ({ path, code, params }))).to.deep.equal([
        {
          path: 'items[1].evidence[0].href',
          code: 'url',
          params: { rule: 'url-scheme', scheme: 'javascript' },
        },
        { path: 'date', code: 'value', params: { rule: 'date' } },
        { path: 'raters', code: 'type', params: { expected: 'list', actual: 'text' } },
      ]);
      const levels = parse({ ...sample(), scale: { levels: [DEFAULT_SCALE.levels[0]] } });
      expect(!levels.ok && levels.errors[0]!.params).to.deep.equal({ min: 2, max: 7, length: 1 });
      const unknown = sample();
      unknown.items[0].level = 'gold';
      const reference = parse(unknown);
      expect(!reference.ok && reference.errors[0]!.params).to.deep.equal({ rule: 'level', value: 'gold' });
    });

    it('keeps hostile text as plain data', () => {
      const a = sample();
      a.items[0].note = '<img src=x onerror=alert(1)>';
      const result = parse(a);
      expect(result.ok && result.assessment.items[0]!.note).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('summary, actions and comparison', () => {
    const read = (a: Writable) => {
      const r = parse(a);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.assessment;
    };

    it('counts each level and the progress, and works out each gap', () => {
      const s = assessmentSummary(read(sample()), defaultCycle);
      expect([s.rated, s.total]).to.deep.equal([3, ratedParts(defaultCycle).length]);
      expect(s.counts).to.deep.equal({ 'not-started': 1, developing: 1, established: 1, leading: 0 });
      const gap = (id: string) => s.items.find((i) => i.part.id === id)!.gap;
      expect([gap('hub'), gap('stage-2'), gap('stage-3'), gap('stage-5'), gap('stage-1')]).to.deep.equal([
        1,
        3,
        0,
        2,
        undefined,
      ]);
    });

    it('lists what is below target, largest gap first', () => {
      expect(actionList(read(sample()), defaultCycle).map((i) => [i.part.id, i.gap])).to.deep.equal([
        ['stage-2', 3],
        ['stage-5', 2],
        ['hub', 1],
      ]);
    });

    it('compares an earlier file with a later one, part by part', () => {
      const earlier = read(sample());
      const later = sample();
      const item = (id: string) => later.items.find((i: Writable) => i.id === id);
      item('hub').level = 'established';
      item('stage-2').level = 'not-started';
      item('stage-3').level = 'developing';
      delete item('stage-3').level;
      item('stage-4').level = 'developing';
      const { items, sameScale } = compareAssessments(earlier, read(later), defaultCycle);
      const change = (id: string) => items.find((i) => i.part.id === id)!;
      expect(sameScale).to.equal(true);
      expect(change('hub')).to.include({ change: 'up', by: 1 });
      expect(change('stage-2')).to.include({ change: 'same', by: 0 });
      expect(change('stage-3').change).to.equal('dropped');
      expect(change('stage-4').change).to.equal('newly-rated');
      expect(change('stage-1').change).to.equal('not-rated');
      const lower = sample();
      lower.items.find((i: Writable) => i.id === 'hub').level = 'not-started';
      expect(compareAssessments(earlier, read(lower), defaultCycle).items[0]).to.include({
        change: 'down',
        by: -1,
      });
    });
  });

  describe('assessmentToCsv', () => {
    it('writes the project’s CSV: BOM, CRLF, quoted fields, no formulas, evidence and credit written out', () => {
      const a = sample();
      a.items[0].note = '=HYPERLINK("http://x")';
      const r = parse(a);
      if (!r.ok) throw new Error('invalid');
      const csv = assessmentToCsv(r.assessment, defaultCycle);
      expect(csv.charCodeAt(0)).to.equal(0xfeff);
      expect(csv.replace(/\r\n/g, '')).to.not.match(/\r(?!\n)/);
      const lines = csv.slice(1).split('\r\n');
      expect(lines[0]).to.equal('Cycle,The Engagement Cycle');
      expect(lines[1]).to.equal('Date,2026-11-30');
      expect(lines[2]).to.equal('Rated by,Sam (Patient leader); Healthwatch');
      expect(lines[4]).to.equal('Part of the cycle,Level,Target,Levels below target,Evidence,Note');
      expect(csv).to.contain(`"'=HYPERLINK(""http://x"")"`);
      expect(csv).to.contain('Board minutes: https://example.org/minutes.pdf');
      expect(csv).to.contain('"No plan yet, ""but"" soon"');
      expect(csv).to.contain(
        'Licence: CC BY-NC-SA 2.0 UK: England & Wales, https://creativecommons.org/licenses/by-nc-sa/2.0/uk/',
      );
      expect(csv).to.contain(
        'Stage 5: Working with patients and carers to monitor services,Not rated yet,Developing,2',
      );
    });
  });

  describe('assessmentJsonSchema', () => {
    it('is a closed schema of the same rules, shipped beside the cycle schema', () => {
      const schema = assessmentJsonSchema() as Writable;
      expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.required).to.deep.equal(['schemaVersion', 'cycle', 'items']);
      expect(schema.additionalProperties).to.equal(false);
      expect(schema.properties.scale.properties.levels).to.include({ minItems: 2, maxItems: 7 });
      expect(schema.properties.items.items.properties.evidence.maxItems).to.equal(5);
    });
  });

  it('has a default scale of four levels, each with a one-line meaning', () => {
    expect(DEFAULT_SCALE.levels.map((l) => l.label)).to.deep.equal([
      'Not started',
      'Developing',
      'Established',
      'Leading',
    ]);
    for (const l of DEFAULT_SCALE.levels) expect(l.description).to.match(/^[A-Z][^\n]+\.$/);
    const typed: Assessment = emptyAssessment(defaultCycle);
    expect(typed.scale).to.equal(undefined);
  });

  it('has the default scale in Welsh: the same levels in the same order, each with a Welsh meaning', () => {
    expect(DEFAULT_SCALE_CY.levels.map((l) => l.id)).to.deep.equal(DEFAULT_SCALE.levels.map((l) => l.id));
    expect(DEFAULT_SCALE_CY.levels.map((l) => l.label)).to.deep.equal([
      'Heb ddechrau',
      'Datblygu',
      'Wedi ymsefydlu',
      'Arwain',
    ]);
    DEFAULT_SCALE_CY.levels.forEach((l, i) => {
      expect(l.description).to.match(/^[A-Z][^\n]+\.$/);
      expect(l.description).to.not.equal(DEFAULT_SCALE.levels[i]!.description);
    });
    expect(Object.isFrozen(DEFAULT_SCALE_CY.levels[0])).to.equal(true);
    // A Welsh scale is a valid scale for a file.
    expect(
      parseAssessment({ ...emptyAssessment(defaultCycle), scale: DEFAULT_SCALE_CY }, defaultCycle).ok,
    ).to.equal(true);
  });
});
