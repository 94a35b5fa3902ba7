// The licences of what the drop-in files redistribute. The minifier keeps no comment, so the bundle and hydrate.js
// each begin with one short comment that names this package's licence and Lit's and points to LICENSES.txt, written
// beside them: this package's MIT licence, then the other packages whose code the files carry, each with the text of
// its own LICENSE file, as their licences ask (BSD-3-Clause: "Redistributions in binary form must reproduce the above
// copyright notice, this list of conditions and the following disclaimer"). The bundle builds (vite.config.ts) add
// the comment, write the file, and fail when a file carries code of a package not listed here, or no longer carries
// one listed. The npm package and the site's widget folders ship LICENSES.txt with the files.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { name, version } = JSON.parse(read('package.json'));

/** The file of licences, beside the drop-in files in cdn/. */
export const LICENCES_FILE = 'LICENSES.txt';

/** The packages whose code each drop-in file carries; the locale modules carry none. */
export const REDISTRIBUTED = {
  'pa-statement-widget.js': ['@lit/reactive-element', 'lit-element', 'lit-html'],
  'hydrate.js': ['@lit-labs/ssr-client', 'lit-html'],
};

/** The comment each drop-in file that carries other packages' code begins with. */
export const licenceComment = () =>
  `/*! ${name} ${version}, MIT; with Lit, BSD-3-Clause. Licences: ${LICENCES_FILE} */`;

/** The package a module of the build comes from (`lit-html` for `…/node_modules/lit-html/lit-html.js`), if any. */
export function packageOf(moduleId) {
  const path = moduleId.replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [scope, packageName] = path.slice(at + '/node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${packageName}` : scope;
}

const installed = (packageName) => {
  const { version: installedVersion, license } = JSON.parse(read(`node_modules/${packageName}/package.json`));
  return {
    name: packageName,
    version: installedVersion,
    license,
    text: read(`node_modules/${packageName}/LICENSE`).trim(),
  };
};

/** LICENSES.txt: this package's licence, then each licence text of the packages above once, with whose it is. */
export function licencesText() {
  const packages = [...new Set(Object.values(REDISTRIBUTED).flat())].sort().map(installed);
  const carriedBy = (packageName) =>
    Object.keys(REDISTRIBUTED).filter((file) => REDISTRIBUTED[file].includes(packageName));
  const texts = [...new Set(packages.map((entry) => entry.text))];
  const rule = '-'.repeat(80);
  return [
    `${name} ${version}`,
    '',
    `The files beside this one (pa-statement-widget.js, hydrate.js, locales/, the stylesheets) are ${name}'s,`,
    'under the MIT License:',
    '',
    read('LICENSE').trim(),
    '',
    ...texts.flatMap((text) => [
      rule,
      '',
      `${Object.keys(REDISTRIBUTED).join(' and ')} also carry code of these packages:`,
      '',
      ...packages
        .filter((entry) => entry.text === text)
        .map(
          (entry) => `  ${entry.name} ${entry.version} (${entry.license}), in ${carriedBy(entry.name).join(' and ')}`,
        ),
      '',
      'under this licence:',
      '',
      text,
      '',
    ]),
  ].join('\n');
}
