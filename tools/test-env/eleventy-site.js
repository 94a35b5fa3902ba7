// A web-test-runner plugin: an Eleventy site, as a front-end developer would make one, that server-renders the
// widgets with Lit's own `@lit-labs/eleventy-plugin-lit`, from this package as npm installs it (packed, then
// unpacked into the site's node_modules; its dependencies resolve from the project's). Built into eleventy-site/
// on the first `eleventy-site` command, which returns the built page's address on the test server; the server
// serves the site under /eleventy-site/.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { longCommand } from './long-command.js';

const run = promisify(execFile);

const root = fileURLToPath(new URL('../../eleventy-site/', import.meta.url));
const project = fileURLToPath(new URL('../..', import.meta.url));
const eleventy = fileURLToPath(new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url));
const PATH = '/eleventy-site';

/** The configuration docs/developers.md gives, read from it: the site is built as the guide says. */
function configOfTheGuide() {
  const guide = readFileSync(fileURLToPath(new URL('../../docs/developers.md', import.meta.url)), 'utf8');
  const config = /with this `eleventy\.config\.js`:\n\n```js\n([^`]+)```/.exec(guide)?.[1];
  if (!config)
    throw new Error('docs/developers.md no longer gives an eleventy.config.js after "with this `eleventy.config.js`:"');
  return config;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A party's page</title>
    <script src="/test/fixtures/page-recorder.js"></script>
  </head>
  <body>
    <h1>Belarus</h1>
    <pa-statement limit="3"></pa-statement>
    <pa-statement-point point="4" excerpt></pa-statement-point>
    <pa-statement-quote points="2,4"></pa-statement-quote>
    <script src="/test/fixtures/record-first-nodes.js"></script>
    <script type="module" src="${PATH}/cdn/pa-statement-widget.js"></script>
  </body>
</html>
`;

/** Packs the package as npm publishes it, unpacks it into the site, and builds the site with Eleventy. */
async function build() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(`${root}node_modules/pa-statement-widget`, { recursive: true });
  mkdirSync(`${root}src`);
  await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', root], { cwd: project });
  const [tarball] = readdirSync(root).filter((name) => name.endsWith('.tgz'));
  await run('tar', [
    '-xzf',
    `${root}${tarball}`,
    '-C',
    `${root}node_modules/pa-statement-widget`,
    '--strip-components=1',
  ]);
  writeFileSync(`${root}eleventy.config.js`, configOfTheGuide());
  writeFileSync(`${root}src/index.html`, PAGE);
  await run(process.execPath, [eleventy, '--input=src', '--output=_site', '--quiet'], { cwd: root });
  return `${PATH}/`;
}

export function eleventySite() {
  let built = false;
  const site = longCommand(() => build().then((address) => ((built = true), address)));
  return {
    name: 'eleventy-site',
    serve(context) {
      if (!built || !context.path.startsWith(`${PATH}/`)) return undefined;
      const path = context.path.slice(PATH.length);
      const file = resolve(root, '_site', `.${path.endsWith('/') ? `${path}index.html` : path}`);
      if (!file.startsWith(resolve(root, '_site')) || !existsSync(file)) return undefined;
      return { body: readFileSync(file, 'utf8'), type: extname(file) };
    },
    executeCommand({ command }) {
      return command === 'eleventy-site' ? site() : undefined;
    },
  };
}
