// A released version's files never change: partners pin them by address and integrity. releases/<version>.json
// records, when the version is released (`npm run release`), the integrity of every file the site publishes under
// its folder; a site build of a released version must publish exactly those bytes. A version without a record is a
// preview: its files may still change, so they are not cached as immutable and no pinned snippet is offered for them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityOf } from './integrity.js';

/** The folder of release records: releases/, or RELEASES_FOLDER (the tests' own records). */
const recordsFolder = () => process.env.RELEASES_FOLDER || fileURLToPath(new URL('../../releases/', import.meta.url));
const recordOf = (version, folder = recordsFolder()) => join(folder, `${version}.json`);

/** The record of `version` ({ version, date, files: { path: integrity } }), or undefined for a preview. */
export function releaseRecord(version) {
  const record = recordOf(version);
  return existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : undefined;
}

/** Writes the record of `version`, released on `date`, for `files` (path to bytes), into `folder` (releases/). */
export function writeReleaseRecord(version, date, files, folder = recordsFolder()) {
  const integrity = Object.fromEntries([...files].map(([path, bytes]) => [path, integrityOf(bytes)]));
  mkdirSync(folder, { recursive: true });
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
