// Checks what `npm publish` would ship, from a fresh copy of the working tree (no dist/ or cdn/): `npm publish
// --dry-run` must pass, with its `prepack` build and check, which must build them; the copy, packed then, is installed
// in a throwaway app (tools/checks/package-consumer/) as a user would: every module export must import in Node, and
// the public types must compile under an older, strict configuration. The drop-in files it packed must be, byte for
// byte, those the version's release recorded (the site's), once it is released.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { releaseMismatch, releaseRecord } from '../build/releases.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const consumerSources = join(root, 'tools/checks/package-consumer');
const work = mkdtempSync(join(tmpdir(), 'pa-check-pack-'));
const fresh = join(work, 'fresh');
const app = join(work, 'app');
const problems = [];

/** Runs a command to its end: whether it succeeded, and what it printed (stdout and stderr) to explain a failure. */
function execute(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() || (result.error?.message ?? '');
  return { ok: result.status === 0, stdout: result.stdout, output };
}

/** Runs a step that the later ones build on: its failure ends the check. */
function run(step, command, args, cwd) {
  const { ok, stdout, output } = execute(command, args, cwd);
  if (!ok) throw new Error(`${step} failed:\n${output}`);
  return stdout;
}

const filesUnder = (dir) =>
  existsSync(join(fresh, dir))
    ? readdirSync(join(fresh, dir), { recursive: true })
        .filter((path) => statSync(join(fresh, dir, path)).isFile())
        .map((path) => `${dir}/${path}`)
    : [];

/** The export map's targets under every condition, e.g. `./dist/all.js` for `./all.js`. */
const exportTargets = Object.values(pkg.exports).flatMap((target) =>
  typeof target === 'string' ? [target] : Object.values(target),
);

/** A pattern target (`./cdn/locales/*`) as a regular expression for the paths it exports. */
const patternOf = (target) =>
  new RegExp(
    `^${target
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace('*', '[^/]+')}$`,
  );

/**
 * The exports a server imports: those with a Node condition or a dist/ target. The others are the drop-in files
 * for browsers (hydrate.js needs a DOM), stylesheets and data.
 */
const nodeSpecifiers = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && (target.node ?? target.default ?? '').startsWith('./dist/'))
  .map(([subpath]) => pkg.name + subpath.slice(1));

function checkContents(shipped) {
  // What the build wrote must ship: the drop-in bundle loads its locale modules from beside itself.
  const built = [...filesUnder('dist'), ...filesUnder('cdn')];
  if (built.length === 0) throw new Error('the tarball holds no build: the `prepack` script must build dist/ and cdn/');
  const patterns = exportTargets.filter((target) => target.includes('*'));
  const needed = [...exportTargets, pkg.types, pkg.customElements, ...built]
    .filter((path) => !patterns.includes(path))
    .map((path) => path.replace(/^\.\//, ''));
  for (const path of new Set(needed)) if (!shipped.has(path)) problems.push(`the tarball lacks ${path}`);
  for (const target of patterns) {
    if (![...shipped].some((path) => patternOf(target).test(path))) {
      problems.push(`the tarball holds no file for the export ${target}`);
    }
  }
  // The README's guides ship with it, so that its links work wherever the package is read.
  const allowed =
    /^(dist\/.+\.(js|d\.ts)|cdn\/(pa-statement-widget|hydrate)\.js|cdn\/pa-statement(-point|-quote)?\.css|cdn\/locales\/[a-z]{2,3}\.js|cdn\/LICENSES\.txt|custom-elements\.json|vscode\.html-custom-data\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md|SECURITY\.md|docs\/[\w-]+\.md)$/;
  for (const guide of ['SECURITY.md', 'docs/web-editors.md', 'docs/developers.md', 'docs/api.md']) {
    if (!shipped.has(guide)) problems.push(`the tarball lacks ${guide}`);
  }
  for (const path of shipped) if (!allowed.test(path)) problems.push(`the tarball should not hold ${path}`);
}

function checkConsumerApp(tarball) {
  cpSync(consumerSources, app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  run(
    'npm install of the tarball',
    'npm',
    ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball],
    app,
  );
  // A browser-only app has no server-rendering packages (optional peer dependencies): the command line says so.
  const withoutPeers = spawnSync('npx', ['--no-install', 'pa-statement-widget', 'prerender'], {
    cwd: app,
    input: '<pa-statement-point point="4"></pa-statement-point>',
    encoding: 'utf8',
  });
  if (
    withoutPeers.status !== 1 ||
    !/^pa-statement-widget: prerender needs .*npm install @lit-labs\/ssr parse5\n$/.test(withoutPeers.stderr)
  ) {
    problems.push(
      `without @lit-labs/ssr and parse5, the command line should say in one sentence to install them; it said: ${withoutPeers.stderr}`,
    );
  }
  const peers = Object.entries(pkg.peerDependencies).map(([name, range]) => `${name}@${range}`);
  run(
    'npm install of the server-rendering peers',
    'npm',
    ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', ...peers],
    app,
  );

  const imported = execute('node', ['import-in-node.js', ...nodeSpecifiers], app);
  if (!imported.ok) problems.push(...imported.output.split('\n'));

  const appSource = readFileSync(join(app, 'app.ts'), 'utf8');
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const specifier = pkg.name + subpath.slice(1);
    if (target.types && !appSource.includes(`'${specifier}'`)) {
      problems.push(`tools/checks/package-consumer/app.ts should import '${specifier}', which has types`);
    }
  }
  const compiled = execute('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  if (!compiled.ok) {
    problems.push(
      `the public types fail to compile in an app with an ES2017 lib and strict settings:\n${compiled.output}`,
    );
  }
}

/** A released version's drop-in files, as the fresh copy built them, are the ones its release recorded. */
async function checkReleasedBytes() {
  if (!releaseRecord(pkg.version)) return;
  const { module } = await runnerImport(join(root, 'tools/build/widget-files.ts'));
  const mismatch = releaseMismatch(pkg.version, module.publishedFiles(join(fresh, 'cdn')));
  if (mismatch) problems.push(`the npm package's drop-in files: ${mismatch}`);
}

try {
  // Tracked and new files, as a clone with the working tree's changes would have them; never the ignored builds.
  const sources = run('git ls-files', 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  for (const path of sources.split('\0').filter((path) => path && existsSync(join(root, path)))) {
    cpSync(join(root, path), join(fresh, path));
  }
  symlinkSync(join(root, 'node_modules'), join(fresh, 'node_modules'));
  // .npmrc skips every script; publishing runs its prepack build (publishConfig), which builds dist/ and cdn/ and
  // checks the release, once: the pack after it takes what it built.
  const dryRun = execute('npm', ['publish', '--dry-run'], fresh);
  if (!dryRun.ok) problems.push(`npm publish --dry-run failed:\n${dryRun.output}`);
  run('npm pack', 'npm', ['pack', '--ignore-scripts', '--pack-destination', work], fresh);
  const tarball = join(
    work,
    readdirSync(work).find((file) => file.endsWith('.tgz')),
  );
  const listing = run('tar', 'tar', ['-tzf', tarball], work);
  const shipped = new Set(
    listing
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, '')),
  );
  checkContents(shipped);
  await checkReleasedBytes();
  checkConsumerApp(tarball);
  console.log(`npm pack: ${shipped.size} files, ${statSync(tarball).size} B packed`);
} catch (error) {
  problems.push(error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const problem of problems) console.error(`check-pack: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
