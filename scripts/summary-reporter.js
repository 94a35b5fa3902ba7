// Ends the test run with one plain line, "tests: N passed, N failed, N skipped", counted over every engine.
function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, totals);
        // A file that failed to load or threw outside a test has errors but no failed test: count it.
        if (!session.passed && session.errors.length > 0) totals.failed += 1;
      }
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
