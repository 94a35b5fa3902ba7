// The licences of what the drop-in files redistribute (tools/build/licences.js): Lit's code is in the bundle and in
// hydrate.js, whose minifier keeps no comment; each begins with one line pointing to LICENSES.txt beside it, which
// holds this package's licence and, for each package whose code they carry, the text of that package's own LICENSE.
import { expect } from '@open-wc/testing';
import { PHRASE_MODULES } from '../../src/localization/phrases.js';

const text = async (path: string) => {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
};

const pkg = JSON.parse(await text('/package.json')) as { name: string; version: string; files: string[] };
const COMMENT = `/*! ${pkg.name} ${pkg.version}, MIT; with Lit, BSD-3-Clause. Licences: LICENSES.txt */\n`;

/** The packages whose code each file carries, as the build found them (it fails on any other). */
const CARRIED = {
  'pa-statement-widget.js': ['@lit/reactive-element', 'lit-element', 'lit-html'],
  'hydrate.js': ['@lit-labs/ssr-client', 'lit-html'],
};

describe('the licences of the drop-in files', () => {
  let licences = '';
  before(async () => {
    licences = await text('/cdn/LICENSES.txt');
  });

  it('are pointed to by the one comment the bundle and hydrate.js begin with', async () => {
    for (const file of Object.keys(CARRIED))
      expect((await text(`/cdn/${file}`)).startsWith(COMMENT), file).to.equal(true);
    // The locale modules carry no other package's code, and begin with their code.
    for (const language of Object.keys(PHRASE_MODULES)) {
      expect(await text(`/cdn/locales/${language}.js`), language).to.match(/^var /);
    }
  });

  it("hold this package's MIT licence, and the LICENSE of each package whose code the files carry", async () => {
    const normalized = (licence: string) => licence.trim().replace(/\s+/g, ' ');
    const held = normalized(licences);
    expect(held).to.contain(normalized(await text('/LICENSE')));
    for (const [file, packages] of Object.entries(CARRIED)) {
      for (const name of packages) {
        const { version, license } = JSON.parse(await text(`/node_modules/${name}/package.json`)) as {
          version: string;
          license: string;
        };
        expect(licences, name).to.match(new RegExp(`^  ${name} ${version} \\(${license}\\), in .*${file}`, 'm'));
        expect(held, name).to.contain(normalized(await text(`/node_modules/${name}/LICENSE`)));
      }
    }
  });

  it('ship with the files: in the npm package, and in both of the site’s folders', async () => {
    expect(pkg.files).to.include('cdn/LICENSES.txt');
    const major = pkg.version.split('.')[0];
    for (const folder of [`v${pkg.version}`, `v${major}`]) {
      expect(await text(`/site/${folder}/LICENSES.txt`), folder).to.equal(licences);
    }
  });
});

describe("the licences of the site's own scripts", () => {
  const packageLine = /^ {2}(\S+) (\S+) \((\S+)\), in (.+)$/gm;

  it('are held in assets/LICENSES.txt, and named in a comment at the top of each script that carries their code', async () => {
    const licences = await text('/site/assets/LICENSES.txt');
    const normalized = (licence: string) => licence.trim().replace(/\s+/g, ' ');
    expect(normalized(licences)).to.contain(normalized(await text('/LICENSE')));
    const carriers = new Map<string, string[]>();
    for (const [, name, , , files] of licences.matchAll(packageLine)) {
      for (const file of files.split(' and ')) carriers.set(file, [...(carriers.get(file) ?? []), name]);
    }
    // The builder's script (Lit) and its prerendering worker (Lit's server renderer, parse5) among them.
    const builder = /src="\.\/assets\/([^"]+\.js)"/.exec(await text('/site/index.html'))?.[1] ?? '';
    const worker = /prerender-worker-[\w-]+\.js/.exec(await text(`/site/assets/${builder}`))?.[0] ?? '';
    expect(carriers.get(builder)).to.include('lit-element');
    expect(carriers.get(worker)).to.include.members(['@lit-labs/ssr', 'parse5', 'lit-html']);
    for (const [file, names] of carriers) {
      const comment = (await text(`/site/assets/${file}`)).split('\n', 1)[0];
      expect(comment, file).to.equal(`/*! With code of ${[...names].sort().join(', ')}. Licences: LICENSES.txt */`);
    }
    for (const name of ['parse5', 'lit', '@lit-labs/ssr']) {
      expect(normalized(licences), name).to.contain(normalized(await text(`/node_modules/${name}/LICENSE`)));
    }
  });
});
