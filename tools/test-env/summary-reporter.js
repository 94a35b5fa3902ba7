// Ends the test run with one plain line, "tests: N passed, N failed, N skipped", counted over every engine, after
// one line per skipped test naming the engines that skipped it. When TEST_FAILURES_FILE is set, the failed tests
// (engine, title, first line of the error) are also written there, so that CI can repeat them at the very end of
// its output, where a log cut to its tail still shows them.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function countTests(suite, totals, skipped, failures, engine, file, path = []) {
  for (const test of suite?.tests ?? []) {
    const title = [...path, test.name].join(' > ');
    if (test.skipped) {
      totals.skipped += 1;
      skipped.set(title, [...(skipped.get(title) ?? []), engine]);
    } else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failures.push(`${engine}, ${file}: ${title}\n    ${firstLine(test.error?.message)}`);
    }
  }
  for (const child of suite?.suites ?? [])
    countTests(child, totals, skipped, failures, engine, file, [...path, child.name]);
}

function firstLine(message) {
  return String(message ?? 'no error message').split('\n')[0].slice(0, 500);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const skipped = new Map();
      const failures = [];
      for (const session of sessions) {
        const group = session.group?.name;
        const engine = group && group !== 'default' ? `${session.browser.name} (${group})` : session.browser.name;
        const file = relative(process.cwd(), session.testFile);
        countTests(session.testResults, totals, skipped, failures, engine, file);
        // A file that failed to load or threw outside a test has errors but no failed test: count it.
        if (!session.passed && session.errors.length > 0) {
          totals.failed += 1;
          failures.push(`${engine}, ${file}\n    ${firstLine(session.errors[0]?.message)}`);
        }
      }
      if (skipped.size > 0)
        console.log('\nSkipped, where the engine or its test driver cannot do what the test needs:');
      for (const [title, engines] of skipped) console.log(`  ${title} (${engines.join(', ')})`);
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      const failuresFile = process.env.TEST_FAILURES_FILE;
      if (failuresFile) writeFileSync(failuresFile, failures.map((line) => `${line}\n`).join(''));
    },
  };
}
