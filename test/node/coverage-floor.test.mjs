// scripts/coverage-floor.mjs: each package is held to its own floor, from the json-summary
// that the browser tests write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check } from '../../scripts/coverage-floor.mjs';

const root = resolve(import.meta.dirname, '../..');
const floors = {
  '@engagement-cycle/core': { lines: 95, branches: 90 },
  '@engagement-cycle/elements': { lines: 95, branches: 90 },
};
const numbers = (lines, branches) => ({
  lines: { total: 100, covered: lines },
  statements: { total: 100, covered: lines },
  branches: { total: 100, covered: branches },
  functions: { total: 10, covered: 10 },
});
const file = (path) => join(root, path);

test('passes when every package holds its floor, adding its files up', () => {
  const { ok, report } = check(
    {
      total: numbers(0, 0),
      [file('packages/core/src/a.ts')]: numbers(100, 100),
      [file('packages/core/src/b.ts')]: numbers(90, 80), // 95 % and 90 % together
      [file('packages/elements/src/c.ts')]: numbers(96, 91),
    },
    floors,
    root,
  );
  assert.equal(ok, true);
  assert.match(
    report[0],
    /^@engagement-cycle\/core: 95\.00 % lines \(190\/200\), 90\.00 % branches .*2 files.*: ok$/,
  );
});

test('fails naming the package, its numbers and the floor it is under', () => {
  const { ok, report } = check(
    {
      [file('packages/core/src/a.ts')]: numbers(99, 99),
      [file('packages/elements/src/c.ts')]: numbers(97, 85),
    },
    floors,
    root,
  );
  assert.equal(ok, false);
  assert.match(report[0], /: ok$/);
  assert.match(report[1], /^@engagement-cycle\/elements: 97\.00 % lines .* 85\.00 % branches/);
  assert.match(report[1], /UNDER THE FLOOR in branches \(85\.00 % < 90 %\)$/);
});

test('one package cannot make up for another', () => {
  // Together these are 96 % lines; elements alone is 92 %.
  const { ok, report } = check(
    {
      [file('packages/core/src/a.ts')]: { ...numbers(100, 100), lines: { total: 200, covered: 200 } },
      [file('packages/elements/src/c.ts')]: numbers(92, 95),
    },
    floors,
    root,
  );
  assert.equal(ok, false);
  assert.match(report[1], /UNDER THE FLOOR in lines \(92\.00 % < 95 %\)$/);
});

test('fails for a package with no coverage at all, and ignores files outside packages/*/src', () => {
  const { ok, report } = check(
    { [file('packages/core/src/a.ts')]: numbers(100, 100), [file('test/support/x.js')]: numbers(0, 0) },
    floors,
    root,
  );
  assert.equal(ok, false);
  assert.match(report[1], /^@engagement-cycle\/elements: no coverage at all/);
});

test('the command exits 1 with the report when a package is under its floor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'));
  const summary = join(dir, 'coverage-summary.json');
  writeFileSync(
    summary,
    JSON.stringify({
      [file('packages/core/src/load.ts')]: numbers(50, 50),
      [file('packages/elements/src/shared/store.ts')]: numbers(100, 100),
    }),
  );
  let failure;
  try {
    execFileSync(process.execPath, ['scripts/coverage-floor.mjs', summary], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    failure = error;
  }
  assert.equal(failure?.status, 1);
  assert.match(String(failure.stdout), /@engagement-cycle\/core: 50\.00 % lines .*UNDER THE FLOOR/);
  assert.match(String(failure.stderr), /a package is under its floor/);
});
