// Adds up the tests of every browser and prints one plain line, `N passed, N failed`, which
// .ci/run and CI read (wtr's own progress line puts a bar in front of its counts). It also
// writes the numbers to reports/wtr-counts.json for .ci/run to add to the Node tests' counts.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no test results but is a failure all the same.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.brokenFiles += 1;
      }
      const failed = totals.failed + totals.brokenFiles;
      mkdirSync('reports', { recursive: true });
      writeFileSync('reports/wtr-counts.json', JSON.stringify({ ...totals, failed }));
      console.log(`\nbrowser tests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
    },
  };
}
