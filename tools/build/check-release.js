// Part of `npm run build:site`, after the bundle's build: the files the site would publish under this version's folder
// are the very files its release recorded (tools/build/releases.js), and every earlier release's kept files are
// those it recorded, or the build stops here with one sentence naming the version and the first file that differs.
// A version without a record is a preview, which may change.
import { runnerImport } from 'vite';
import { released, siteVersion as version } from './hosting.js';
import { releasedFiles, releasedVersions, releaseMismatch } from './releases.js';

const { module } = await runnerImport(new URL('./widget-files.ts', import.meta.url).pathname);
let files;
try {
  files = module.publishedFiles();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const mismatch = releaseMismatch(version, files);
if (mismatch) {
  console.error(mismatch);
  process.exit(1);
}
try {
  releasedVersions().forEach(releasedFiles);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (!released) console.log(`v${version} is not released: the site publishes it as a preview.`);
