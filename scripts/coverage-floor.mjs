// Holds each package to its own coverage floor. web-test-runner's threshold is one number
// across every file it covers, so a well-tested package could hide a poorly tested one; this
// reads the istanbul json-summary that the browser tests write (reports/coverage) and adds
// the files up per package. It fails with the package, its numbers and its floor.
//
//   node scripts/coverage-floor.mjs [path/to/coverage-summary.json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Per package, the least share of lines and of branches (in %) the browser tests must reach. */
export const FLOORS = {
  '@engagement-cycle/core': { lines: 95, branches: 90 },
  '@engagement-cycle/elements': { lines: 95, branches: 90 },
};

const KINDS = ['lines', 'branches', 'statements', 'functions'];

/** The package directory (packages/NAME) a source file belongs to, or undefined. */
function packageDirOf(file, root) {
  const parts = relative(root, file).split(sep);
  return parts[0] === 'packages' && parts[2] === 'src' ? join('packages', parts[1]) : undefined;
}

/** Adds the files of a json-summary up per package name. */
export function perPackage(summary, root = process.cwd()) {
  const totals = new Map();
  for (const [file, numbers] of Object.entries(summary)) {
    if (file === 'total') continue;
    const dir = packageDirOf(resolve(root, file), root);
    if (!dir) continue;
    const { name } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const sum = totals.get(name) ?? {
      files: 0,
      ...Object.fromEntries(KINDS.map((k) => [k, { total: 0, covered: 0 }])),
    };
    sum.files += 1;
    for (const kind of KINDS) {
      sum[kind].total += numbers[kind]?.total ?? 0;
      sum[kind].covered += numbers[kind]?.covered ?? 0;
    }
    totals.set(name, sum);
  }
  return totals;
}

/** Source files (not stories) of each floored package that no browser test loaded. */
export function notLoaded(summary, floors = FLOORS, root = process.cwd()) {
  const seen = new Set(Object.keys(summary).map((f) => resolve(root, f)));
  const missing = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', dir, 'src');
    const manifest = join(root, 'packages', dir, 'package.json');
    if (!existsSync(src) || !existsSync(manifest)) continue;
    if (!(JSON.parse(readFileSync(manifest, 'utf8')).name in floors)) continue;
    for (const file of readdirSync(src, { recursive: true })) {
      const path = join(src, String(file));
      if (!path.endsWith('.ts') || path.endsWith('.stories.ts') || path.includes(`${sep}stories${sep}`))
        continue;
      if (!seen.has(path)) missing.push(relative(root, path));
    }
  }
  return missing.sort();
}

const pct = ({ total, covered }) => (total === 0 ? 100 : (100 * covered) / total);

/** The lines of the report and whether every package holds its floor. */
export function check(summary, floors = FLOORS, root = process.cwd()) {
  const totals = perPackage(summary, root);
  const report = [];
  let ok = true;
  for (const [name, floor] of Object.entries(floors)) {
    const sum = totals.get(name);
    if (!sum) {
      ok = false;
      report.push(
        `${name}: no coverage at all (did its tests run in Chromium?) - floor ${floor.lines} % lines, ${floor.branches} % branches`,
      );
      continue;
    }
    const shortOf = Object.entries(floor).filter(([kind, min]) => pct(sum[kind]) < min);
    if (shortOf.length) ok = false;
    const numbers = KINDS.map(
      (k) => `${pct(sum[k]).toFixed(2)} % ${k} (${sum[k].covered}/${sum[k].total})`,
    ).join(', ');
    const verdict = shortOf.length
      ? `UNDER THE FLOOR in ${shortOf.map(([k, min]) => `${k} (${pct(sum[k]).toFixed(2)} % < ${min} %)`).join(' and ')}`
      : 'ok';
    report.push(
      `${name}: ${numbers}; ${sum.files} files; floor ${floor.lines} % lines, ${floor.branches} % branches: ${verdict}`,
    );
  }
  return { ok, report };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? 'reports/coverage/coverage-summary.json';
  if (!existsSync(path)) {
    console.error(`coverage floor: ${path} is missing; run the browser tests (web-test-runner) first.`);
    process.exit(1);
  }
  const { ok, report } = check(JSON.parse(readFileSync(path, 'utf8')));
  console.log(`\ncoverage per package (${path}):`);
  for (const line of report) console.log(`  ${line}`);
  const missing = notLoaded(JSON.parse(readFileSync(path, 'utf8')));
  // A module that only declares types compiles to nothing and is never fetched; any other
  // file here is code no browser test reaches, and is not in the numbers above.
  if (missing.length)
    console.log(`  not loaded by any browser test (fine if it only holds types): ${missing.join(', ')}`);
  if (!ok) {
    console.error(
      'coverage floor: a package is under its floor (see above); reports/coverage/lcov-report shows the lines.',
    );
    process.exit(1);
  }
}
