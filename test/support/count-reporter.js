// Adds up the tests of every browser and prints one plain line, `N passed, N failed`, which
// .ci/run and CI read (wtr's own progress line puts a bar in front of its counts). It also
// writes the numbers to reports/wtr-counts.json for .ci/run to add to the Node tests' counts,
// with the same numbers per browser under `browsers` (Chrome, Firefox, WebKit), each with the
// names of the tests it skipped (`skippedTests`).
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals, skippedNames, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped += 1;
      skippedNames?.push([...here, test.name].join(' > '));
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals, skippedNames, here);
}

const empty = () => ({ passed: 0, failed: 0, skipped: 0, brokenFiles: 0 });

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = empty();
      const perBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!perBrowser.has(name)) perBrowser.set(name, { ...empty(), skippedTests: [] });
        for (const sum of [totals, perBrowser.get(name)]) {
          count(session.testResults, sum, sum.skippedTests);
          // A file that failed to load has no test results but is a failure all the same.
          if (!session.passed && (session.errors?.length ?? 0) > 0) sum.brokenFiles += 1;
        }
      }
      const failed = totals.failed + totals.brokenFiles;
      const browsers = Object.fromEntries(
        [...perBrowser].map(([name, sum]) => [name, { ...sum, failed: sum.failed + sum.brokenFiles }]),
      );
      mkdirSync('reports', { recursive: true });
      writeFileSync('reports/wtr-counts.json', JSON.stringify({ ...totals, failed, browsers }, null, 2));
      for (const [name, sum] of Object.entries(browsers))
        console.log(`  ${name}: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
      console.log(`\nbrowser tests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
    },
  };
}
