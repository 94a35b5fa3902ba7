// Ends the test run with one plain line, "tests: N passed, N failed, N skipped", counted over every engine, after
// one line per skipped test naming the engines that skipped it. When TEST_REPORT_FILE is set, it also writes there,
// as JSON, each failed test (engine, group, file, title, first line of the error) and whether coverage met its
// thresholds: tools/test-env/test.js reads it to run a failed file once more, alone.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The name BROWSERS gives an engine the runner calls by its browser's name. */
const ENGINES = { chromium: 'chromium', firefox: 'firefox', minibrowser: 'webkit' };

function countTests(suite, totals, skipped, failures, where, path = []) {
  for (const test of suite?.tests ?? []) {
    const title = [...path, test.name].join(' > ');
    if (test.skipped) {
      totals.skipped += 1;
      skipped.set(title, [...(skipped.get(title) ?? []), where.label]);
    } else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failures.push({ ...where, title, error: firstLine(test.error?.message) });
    }
  }
  for (const child of suite?.suites ?? []) countTests(child, totals, skipped, failures, where, [...path, child.name]);
}

function firstLine(message) {
  return String(message ?? 'no error message')
    .split('\n')[0]
    .slice(0, 500);
}

export function summaryReporter() {
  // Said, so that a run which ends without its summary at least tells how (the runner itself prints nothing then).
  let summarized = false;
  process.on('SIGINT', () => console.error('web-test-runner was sent SIGINT: it stops without its summary.'));
  process.once('exit', (code) => {
    if (!summarized) console.error(`web-test-runner exits with code ${code}, before its summary.`);
  });
  return {
    stop({ sessions, testCoverage }) {
      summarized = true;
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const skipped = new Map();
      const failures = [];
      for (const session of sessions) {
        const group = session.group?.name ?? 'default';
        const name = session.browser.name;
        const where = {
          label: group === 'default' ? name : `${name} (${group})`,
          engine: ENGINES[name.toLowerCase()] ?? name,
          group,
          file: relative(process.cwd(), session.testFile),
        };
        countTests(session.testResults, totals, skipped, failures, where);
        // A file that failed to load or threw outside a test has errors but no failed test: count it.
        if (!session.passed && session.errors.length > 0) {
          totals.failed += 1;
          failures.push({ ...where, title: '(the file)', error: firstLine(session.errors[0]?.message) });
        }
      }
      if (skipped.size > 0)
        console.log('\nSkipped, where the engine or its test driver cannot do what the test needs:');
      for (const [title, engines] of skipped) console.log(`  ${title} (${engines.join(', ')})`);
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      const reportFile = process.env.TEST_REPORT_FILE;
      if (reportFile) {
        const coveragePassed = testCoverage?.passed ?? true;
        writeFileSync(reportFile, JSON.stringify({ failures, coveragePassed }, null, 2));
      }
    },
  };
}
