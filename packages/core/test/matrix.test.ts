import { expect } from '@open-wc/testing';
import { csvField, matrixToCsv, whoDoesWhat } from '../src/matrix.js';
import { defaultCycle } from '../src/default-cycle.js';
import { copyOfDefault } from './helpers.js';

/** A small RFC 4180 reader, to prove the CSV reads back as written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push([]);
      i++;
    } else {
      field += ch;
    }
  }
  if (field || rows.at(-1)!.length) endField();
  if (rows.at(-1)!.length === 0) rows.pop();
  return rows;
}

describe('whoDoesWhat', () => {
  it('has the hub and every stage as columns and every role as a row', () => {
    const m = whoDoesWhat(defaultCycle);
    expect(m.columns.map((c) => c.id)).to.deep.equal([
      'hub',
      'stage-1',
      'stage-2',
      'stage-3',
      'stage-4',
      'stage-5',
    ]);
    expect(m.rows.map((r) => r.role.id)).to.deep.equal(defaultCycle.roles!.map((r) => r.id));
    expect(m.total).to.equal(defaultCycle.roles!.length);
    const filled = m.rows.flatMap((r) => r.cells).filter((c) => c.text);
    expect(filled).to.have.length(defaultCycle.responsibilities!.length);
  });

  it('puts each responsibility in its role’s row and its stage’s column', () => {
    const m = whoDoesWhat(defaultCycle);
    for (const r of defaultCycle.responsibilities!) {
      const row = m.rows.find((x) => x.role.id === r.role)!;
      const cell = row.cells.find((c) => c.column === r.stage)!;
      expect(cell).to.deep.equal({ column: r.stage, text: r.text, basis: r.basis });
    }
  });

  it('filters rows by role group and by a part at a stage, never columns', () => {
    const group = defaultCycle.roleGroups![0]!.id;
    const byGroup = whoDoesWhat(defaultCycle, { group });
    expect(byGroup.rows.every((r) => r.role.group === group)).to.equal(true);
    expect(byGroup.rows.length).to.be.below(byGroup.total);
    expect(byGroup.columns).to.have.length(6);
    const active = whoDoesWhat(defaultCycle, { activeAt: 'stage-5' });
    const expected = new Set(
      defaultCycle.responsibilities!.filter((r) => r.stage === 'stage-5').map((r) => r.role),
    );
    expect(active.rows.map((r) => r.role.id).sort()).to.deep.equal([...expected].sort());
    expect(active.columns).to.have.length(6);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a, b')).to.equal('"a, b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\r\nlf')).to.equal('"cr\r\nlf"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const value = `${start}HYPERLINK("http://x","y")`;
      const field = csvField(value);
      const read = readCsv(field)[0]![0]!;
      expect(read.startsWith("'"), JSON.stringify(field)).to.equal(true);
      expect(read.slice(1)).to.equal(value);
    }
    expect(csvField('=1+1')).to.equal("'=1+1");
  });

  it('writes UTF-8 with a BOM, CRLF lines, a header, the suggestion marks and the credit', () => {
    const csv = matrixToCsv(whoDoesWhat(defaultCycle), defaultCycle.source.credit);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.contain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.to.match(/\n/);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).to.deep.equal([
      'Role',
      'Group',
      'Hub: Strategy, culture and systems',
      'Stage 1: Needs and aspirations',
      'Stage 2: Plan and transform',
      'Stage 3: Improve quality and safety',
      'Stage 4: Procure services',
      'Stage 5: Monitor services',
    ]);
    expect(rows).to.have.length(1 + defaultCycle.roles!.length + 2);
    expect(rows.at(-1)).to.deep.equal([defaultCycle.source.credit]);
    // Given the source, the credit rows also give the addresses of the source and the licence.
    const withSource = readCsv(matrixToCsv(whoDoesWhat(defaultCycle), defaultCycle.source).slice(1));
    expect(withSource.slice(-3)).to.deep.equal([
      [defaultCycle.source.credit],
      ['Source: The Engagement Cycle, http://engagementcycle.org/'],
      ['Licence: CC BY-NC-SA 2.0 UK: England & Wales, https://creativecommons.org/licenses/by-nc-sa/2.0/uk/'],
    ]);
    const suggested = defaultCycle.responsibilities!.filter((r) => r.basis === 'suggested').length;
    expect((csv.match(/ \(suggestion\)/g) ?? []).length).to.equal(suggested);
  });

  it('keeps tricky text intact through a round trip', () => {
    const cycle = copyOfDefault();
    const tricky = [
      'Commas, and "quotes"',
      'Two\nlines',
      "=cmd|' /C calc'!A0",
      '@SUM(1)',
      'Welsh: Ymgysylltu â’r cyhoedd',
    ];
    cycle.roles = tricky.map((name, i) => ({ id: `r${i}`, name }));
    cycle.responsibilities = tricky.map((text, i) => ({
      role: `r${i}`,
      stage: 'stage-1',
      text,
      basis: 'source' as const,
    }));
    const rows = readCsv(matrixToCsv(whoDoesWhat(cycle), 'Credit').slice(1));
    tricky.forEach((value, i) => {
      const expected = /^[=+\-@]/.test(value) ? `'${value}` : value;
      expect(rows[i + 1]![0]).to.equal(expected);
      expect(rows[i + 1]![3]).to.equal(expected);
    });
  });
});
