// `npm run release -- <version>`: releases the package's current state as <version>, whose files then never change.
// It checks that the working tree is clean and the version new, sets the version (package.json and its lock), dates
// the CHANGELOG's heading for it, builds the drop-in files, records their integrity in releases/<version>.json and
// keeps them in releases/<version>/: every later site build publishes them, and one of that version must build
// exactly them (tools/build/releases.js). Publishing (a commit, a tag,
// npm and the site) is left to the maintainers: it says what is next. A problem is one sentence, never a stack trace.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { releaseRecord, writeRelease } from './releases.js';

const say = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const [version] = process.argv.slice(2);
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  say('give the version to release, as in `npm run release -- 0.2.0` (major.minor.patch).');
}
if (releaseRecord(version)) say(`${version} is released already (releases/${version}.json): choose the next version.`);
if (run('git', ['status', '--porcelain']).trim()) {
  say('the working tree has changes: commit or stash them first, so that the release is what the repository holds.');
}

const changelog = readFileSync('CHANGELOG.md', 'utf8');
const heading = /^## (?:Unreleased|\d+\.\d+\.\d+\S* \(unreleased\))$/m;
if (!heading.test(changelog)) {
  say('CHANGELOG.md has no heading "## Unreleased" (or "## x.y.z (unreleased)") for what this release holds.');
}
const date = new Date().toISOString().slice(0, 10);
run('npm', ['version', version, '--no-git-tag-version', '--allow-same-version', '--ignore-scripts']);
writeFileSync('CHANGELOG.md', changelog.replace(heading, `## ${version} (${date})`));

console.log(`release: building the drop-in files of ${version}…`);
run('npm', ['run', 'build:cdn']);
const { module } = await runnerImport(new URL('./widget-files.ts', import.meta.url).pathname);
writeRelease(version, date, module.publishedFiles());

console.log(`release: ${version} is recorded in releases/${version}.json, its files kept in releases/${version}/. Next, as docs/releasing.md says:
  git add -A && git commit -m "Release ${version}" && git tag v${version}
  git push --follow-tags       (the publishing workflow tests it, then publishes it to npm with provenance)
  publish the site built from the tag (npm run build:site with SITE_URL): its v${version}/ folder never changes again.`);
