// Ends the test run with one plain line, "tests: N passed, N failed, N skipped", counted over every engine, after
// one line per skipped test naming the engines that skipped it.
function countTests(suite, totals, skipped, engine, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped += 1;
      const title = [...path, test.name].join(' > ');
      skipped.set(title, [...(skipped.get(title) ?? []), engine]);
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals, skipped, engine, [...path, child.name]);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const skipped = new Map();
      for (const session of sessions) {
        const group = session.group?.name;
        const engine = group && group !== 'default' ? `${session.browser.name} (${group})` : session.browser.name;
        countTests(session.testResults, totals, skipped, engine);
        // A file that failed to load or threw outside a test has errors but no failed test: count it.
        if (!session.passed && session.errors.length > 0) totals.failed += 1;
      }
      if (skipped.size > 0)
        console.log('\nSkipped, where the engine or its test driver cannot do what the test needs:');
      for (const [title, engines] of skipped) console.log(`  ${title} (${engines.join(', ')})`);
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
