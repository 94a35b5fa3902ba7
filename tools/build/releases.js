// A released version's files never change: partners pin them by address and integrity. `npm run release` keeps, in
// releases/, each version's record (<version>.json: the integrity of every file the site publishes under its
// folder) and those files themselves (<version>/), so that every later site build publishes every released
// version's folder with the same bytes, and a site build of a released version must build exactly them. A version
// without a record is a preview: its files may still change.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityOf } from './integrity.js';

/** The folder of releases: releases/, or RELEASES_FOLDER (the tests' own). */
const releasesFolder = () => process.env.RELEASES_FOLDER || fileURLToPath(new URL('../../releases/', import.meta.url));
const recordOf = (version, folder = releasesFolder()) => join(folder, `${version}.json`);

/** The record of `version` ({ version, date, files: { path: integrity } }), or undefined for a preview. */
export function releaseRecord(version) {
  const record = recordOf(version);
  return existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : undefined;
}

/** Orders versions as numbers, part by part (0.10.0 after 0.9.0). */
const byVersion = (a, b) => a.localeCompare(b, 'en', { numeric: true });

/** Every released version, oldest first. */
export function releasedVersions() {
  const folder = releasesFolder();
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort(byVersion);
}

/** The major version of `version` (`0` of `0.1.0`). */
export const majorOf = (version) => version.split('.')[0];

/** The latest released version of the major version `major` (`0`) among `versions` (every released one), if any. */
export const latestRelease = (major, versions = releasedVersions()) =>
  versions.filter((version) => majorOf(version) === major && !version.includes('-')).at(-1);

/**
 * The files `version`'s release keeps (path to bytes), each checked against its record: a file that differs, or is
 * missing, stops the build with one sentence.
 */
export function releasedFiles(version) {
  const folder = join(releasesFolder(), version);
  const files = new Map();
  for (const [path, integrity] of Object.entries(releaseRecord(version).files)) {
    const file = join(folder, path);
    const bytes = existsSync(file) ? readFileSync(file) : undefined;
    if (!bytes || integrityOf(bytes) !== integrity) {
      throw new Error(
        `releases/${version}/${path} is ${bytes ? 'not the file' : 'missing, not kept as'} its release recorded: a released file never changes; restore it from git.`,
      );
    }
    files.set(path, bytes);
  }
  return files;
}

/** Releases `files` (path to bytes) as `version` on `date`: writes its record and keeps the files beside it. */
export function writeRelease(version, date, files, folder = releasesFolder()) {
  const integrity = Object.fromEntries([...files].map(([path, bytes]) => [path, integrityOf(bytes)]));
  const kept = join(folder, version);
  rmSync(kept, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(kept, path)), { recursive: true });
    writeFileSync(join(kept, path), bytes);
  }
  writeFileSync(recordOf(version, folder), `${JSON.stringify({ version, date, files: integrity }, null, 2)}\n`);
}

/**
 * Why `files` (path to bytes) cannot be published as `version`, in one sentence; undefined where they can: a preview,
 * or exactly the files its release recorded. The first file that differs is named.
 */
export function releaseMismatch(version, files) {
  const record = releaseRecord(version);
  if (!record) return undefined;
  const recorded = new Map(Object.entries(record.files));
  const bump = 'a released version never changes: bump the version (npm run release) to publish a change.';
  for (const [path, bytes] of files) {
    if (!recorded.has(path)) return `v${version} is released without ${path}, which this build adds; ${bump}`;
    if (recorded.get(path) !== integrityOf(bytes)) {
      return `v${version} is released, and this build's ${path} differs from the one it published; ${bump}`;
    }
  }
  const missing = [...recorded.keys()].find((path) => !files.has(path));
  return missing && `v${version} is released with ${missing}, which this build lacks; ${bump}`;
}
