// A test that fails in the full run is run once more, alone: its file, in its engine and group, without coverage.
// The run passes only if every such file then passes, and the tests that failed are named either way (a test that
// passes alone is flaky: it still needs a fix). Nothing is run again when coverage missed its thresholds, when the
// runner left no report (./test.js repeats the whole run once then), or when more than a few files failed: that is
// not a flake.
import { existsSync, readFileSync, rmSync } from 'node:fs';

const MOST_FILES_RUN_AGAIN = 3;

function readReport(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  return report;
}

const describe = (failure) => `  ${failure.label}, ${failure.file}: ${failure.title}\n      ${failure.error}`;

/**
 * After a full run that failed: runs its failed files again with `runWtr` (test.js's, which takes the runner's
 * arguments and more of its environment) and returns the exit code the whole run ends with, and the lines that say
 * what failed.
 */
export async function rerunFailed(runWtr, reportFile) {
  const report = readReport(reportFile);
  if (!report || report.failures.length === 0 || !report.coveragePassed) return { code: 1, lines: [] };
  const lines = ['Failed in the full run:', ...report.failures.map(describe)];
  const runs = new Map();
  for (const { engine, group, file } of report.failures) {
    const key = `${engine} ${group}`;
    const run = runs.get(key) ?? { engine, group, files: [] };
    if (!run.files.includes(file)) run.files.push(file);
    runs.set(key, run);
  }
  const fileCount = [...runs.values()].reduce((sum, run) => sum + run.files.length, 0);
  if (fileCount > MOST_FILES_RUN_AGAIN) return { code: 1, lines };
  const failedAgain = [];
  for (const run of runs.values()) {
    console.log(`\nRunning again, alone: ${run.files.join(', ')} in ${run.engine} (group ${run.group})`);
    const { code } = await runWtr(['--group', run.group, '--files', ...run.files], { BROWSERS: run.engine });
    if (code === 0) continue;
    const unreported = { label: run.engine, file: run.files.join(', '), title: '(the run)', error: 'left no report' };
    failedAgain.push(...(readReport(reportFile)?.failures ?? [unreported]));
  }
  if (failedAgain.length > 0) {
    return { code: 1, lines: [...lines, 'Failed again when run alone:', ...failedAgain.map(describe)] };
  }
  return { code: 0, lines: [...lines, 'Each passed when run again alone: flaky, and still to be fixed.'] };
}
