// The licences of what the drop-in files redistribute. The minifier keeps no comment, so the bundle and hydrate.js
// each begin with one short comment that names this package's licence and Lit's and points to LICENSES.txt, written
// beside them: this package's MIT licence, then the other packages whose code the files carry, each with the text of
// its own LICENSE file, as their licences ask (BSD-3-Clause: "Redistributions in binary form must reproduce the above
// copyright notice, this list of conditions and the following disclaimer"). The bundle builds (vite.config.ts) add
// the comment, write the file, and fail when a file carries code of a package not listed here, or no longer carries
// one listed. The npm package and the site's widget folders ship LICENSES.txt with the files. The site's own scripts
// (the builder, its prerendering worker, the pages' scripts) carry code of more packages, found as it is built:
// assets/LICENSES.txt holds their licences, and each such script begins with a comment naming them.
import { readdirSync, readFileSync } from 'node:fs';

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
  return packageFolderOf(moduleId)?.split('/node_modules/').at(-1);
}

/** The folder of the package a module of the build comes from (`…/node_modules/lit-html`), if any. */
export function packageFolderOf(moduleId) {
  const path = moduleId.replaceAll('\\', '/').replace(/^\0/, '').replace(/\?.*$/, '');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [scope, packageName] = path.slice(at + '/node_modules/'.length).split('/');
  return path.slice(0, at + '/node_modules/'.length) + (scope.startsWith('@') ? `${scope}/${packageName}` : scope);
}

/**
 * Packages that ship no LICENSE file, and the package whose LICENSE is theirs: @lit-labs/ssr-dom-shim is Lit's, under
 * the BSD-3-Clause licence of all Lit's packages (its sources' headers say so), whose text lit's LICENSE holds.
 */
const LICENCE_SHIPPED_BY = { '@lit-labs/ssr-dom-shim': 'lit' };

/**
 * The MIT License's text for a package that declares it and its author in package.json but ships no LICENSE file
 * (@parse5/tools): the standard text, as this package's own LICENSE has it, with that author's copyright.
 */
function mitLicence(author) {
  const holder = typeof author === 'string' ? author : author.name;
  return read('LICENSE')
    .trim()
    .replace(
      /^Copyright .*$/m,
      `Copyright (c) ${holder} (as its package.json names its author; it ships no LICENSE file)`,
    );
}

/** A package, installed in `folder`: its name, version, licence, and the text of its LICENSE (or LICENCE…) file. */
function installedIn(folder) {
  const {
    name: packageName,
    version: installedVersion,
    license,
    author,
  } = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8'));
  const file = readdirSync(folder).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
  const text = file
    ? readFileSync(`${folder}/${file}`, 'utf8').trim()
    : LICENCE_SHIPPED_BY[packageName]
      ? installed(LICENCE_SHIPPED_BY[packageName]).text
      : license === 'MIT' && author && mitLicence(author);
  if (!text) throw new Error(`${packageName} ships no LICENSE file, whose text must go with its code`);
  return { name: packageName, version: installedVersion, license, text };
}

const installed = (packageName) =>
  installedIn(new URL(`node_modules/${packageName}`, root).pathname.replace(/\/$/, ''));

/**
 * A file of licences: `intro`, this package's licence, then each licence text of `packages` once, each package with
 * the files that carry its code (`carriedBy`), and `carriers` naming all of them.
 */
function licencesFile(intro, packages, carriedBy, carriers) {
  const texts = [...new Set(packages.map((entry) => entry.text))];
  const rule = '-'.repeat(80);
  return [
    `${name} ${version}`,
    '',
    intro,
    '',
    read('LICENSE').trim(),
    '',
    ...texts.flatMap((text) => [
      rule,
      '',
      `${carriers} also carry code of these packages:`,
      '',
      ...packages
        .filter((entry) => entry.text === text)
        .map((entry) => `  ${entry.name} ${entry.version} (${entry.license}), in ${carriedBy(entry).join(' and ')}`),
      '',
      'under this licence:',
      '',
      text,
      '',
    ]),
  ].join('\n');
}

/** LICENSES.txt: this package's licence, then each licence text of the packages above once, with whose it is. */
export function licencesText() {
  const packages = [...new Set(Object.values(REDISTRIBUTED).flat())].sort().map(installed);
  return licencesFile(
    `The files beside this one (pa-statement-widget.js, hydrate.js, locales/, the stylesheets) are ${name}'s,\nunder the MIT License:`,
    packages,
    (entry) => Object.keys(REDISTRIBUTED).filter((file) => REDISTRIBUTED[file].includes(entry.name)),
    Object.keys(REDISTRIBUTED).join(' and '),
  );
}

/**
 * The site's assets/LICENSES.txt, for `carried`: each script of the site (by its name in assets/) with the folders of
 * the packages whose code it carries.
 */
export function siteLicencesText(carried) {
  const packages = new Map();
  for (const [file, folders] of carried) {
    for (const folder of folders) {
      const entry = installedIn(folder);
      const key = `${entry.name} ${entry.version}`;
      if (!packages.has(key)) packages.set(key, { ...entry, files: new Set() });
      packages.get(key).files.add(file);
    }
  }
  return licencesFile(
    `The site's scripts in this folder are ${name}'s, under the MIT License:`,
    [...packages.values()].sort((a, b) => a.name.localeCompare(b.name)),
    (entry) => [...entry.files].sort(),
    'They',
  );
}
