// `npm publish` runs this as it packs (prepack, after building the drop-in files; .npmrc skips every other script,
// and package.json's publishConfig lets publishing run this one): a version goes to npm only as it was released, and
// only once the maintainers have filled in what a release needs. It refuses to publish, in one sentence per
// problem, when
// - the version has no release record (`npm run release -- <version>` writes releases/<version>.json), or the
//   drop-in files built now differ from the ones it recorded: npm and the site must ship the same bytes;
// - CHANGELOG.md does not date the version;
// - package.json names no repository (npm's provenance links the package to it), or SECURITY.md still gives the
//   placeholder address for reports.
// With `npm publish --dry-run` it only warns, so that the package's contents can be checked before all of that.
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { releaseMismatch, releaseRecord } from '../build/releases.js';

// `npm pack` alone (tools/checks/check-pack.js) publishes nothing.
if (process.env.npm_command !== 'publish') process.exit(0);

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const { version } = pkg;
const problems = [];

if (!releaseRecord(version)) {
  problems.push(`${version} is not released: run \`npm run release -- ${version}\` and commit its record first.`);
} else {
  const { module } = await runnerImport(new URL('../build/widget-files.ts', import.meta.url).pathname);
  const mismatch = releaseMismatch(version, module.publishedFiles());
  if (mismatch) problems.push(mismatch);
}
if (!new RegExp(`^## ${version.replaceAll('.', '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, 'm').test(read('CHANGELOG.md'))) {
  problems.push(`CHANGELOG.md has no dated heading "## ${version} (YYYY-MM-DD)": \`npm run release\` writes it.`);
}
if (!pkg.repository?.url) {
  problems.push('package.json names no repository: add "repository": { "type": "git", "url": "git+https://…" }.');
}
if (/placeholder/i.test(read('SECURITY.md'))) {
  problems.push('SECURITY.md still gives a placeholder address for reports: give a monitored one.');
}

const dryRun = process.env.npm_config_dry_run === 'true';
for (const problem of problems) console.error(`${dryRun ? 'warning' : 'publish'}: ${problem}`);
if (problems.length > 0 && !dryRun) {
  console.error('Not published. docs/releasing.md says what a release needs.');
  process.exit(1);
}
