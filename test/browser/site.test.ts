// The built site is the distribution: it holds the drop-in bundle in a versioned folder, with the headers its
// host sends, and its builder writes snippets that load the bundle from there, on any other site.
// The test server serves the site under the sub-path /site/ (web-test-runner.config.js). What it offers depends on
// whether the package's version is released (releases/<version>.json) or a preview: each test says what holds in
// either; test/node-side/site-build.test.ts builds both, whatever this repository's state.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  hostedBundle,
  LATEST_FOLDER,
  PINNED_FOLDER,
  PINNED_INTEGRITY,
  RELEASED,
} from '../../demo/builder/hosted-versions.js';
import { points } from '../../src/content/statement.js';
import { PHRASE_MODULES } from '../../src/localization/phrases.js';
import { MIN_INTERVAL_SECONDS } from '../../src/statement-quote/pa-statement-quote.js';
import { integrityOfServed, openBuilder } from '../helpers.js';

const { version } = (await (await fetch('/package.json')).json()) as { version: string };
const folder = `/site/v${version}`;
const bundle = `${location.origin}${folder}/pa-statement-widget.js`;
/** The patch channel's folder, and its bundle: what the builder offers by default for a preview. */
const alias = `/site/v${version.split('.')[0]}`;
const latest = `${location.origin}${alias}/pa-statement-widget.js`;
/** The bundle the builder's snippets load by default: the pinned one once released, else the latest. */
const offered = RELEASED ? bundle : latest;

const bytes = async (path: string) => {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** Each of `files` is served at `path` byte for byte as at `original`, and is not empty. */
async function expectSameFiles(files: string[], path: string, original: string): Promise<void> {
  for (const file of files) {
    const [copy, source] = await Promise.all([bytes(`${path}/${file}`), bytes(`${original}/${file}`)]);
    expect(source.length, file).to.be.greaterThan(0);
    expect(copy, file).to.deep.equal(source);
  }
}

/** A hosting file's rules: its lines, but blank ones and comments. */
const hostingRules = async (path: string) =>
  (await (await fetch(path)).text()).split('\n').filter((line) => line && !line.startsWith('#'));

/**
 * Static hosts are told to send `headers` for the site's folder at `path` (under /site/), and the test server sends
 * them from the same definition (its own Cache-Control replaces that one).
 */
async function expectHostingHeaders(path: string, headers: [string, string][]): Promise<void> {
  // Netlify and Cloudflare Pages: a path pattern at the start of a line, then its headers indented. Rules for the
  // site's pages come before (test/browser/site-pages.test.ts).
  const headersFile = await hostingRules('/site/_headers');
  const pattern = `${path.slice('/site'.length)}/*`;
  const folderRule = headersFile.indexOf(pattern);
  expect(folderRule, pattern).to.be.greaterThan(-1);
  expect(headersFile.slice(folderRule, folderRule + 3)).to.deep.equal([
    pattern,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
  ]);
  // Apache: in the folder itself, so that it applies under any path and stays with the folder.
  expect(await hostingRules(`${path}/.htaccess`)).to.deep.equal(
    headers.map(([name, value]) => `Header set ${name} "${value}"`),
  );
  expect((await fetch(`${path}/locales/de.js`)).headers.get('Access-Control-Allow-Origin')).to.equal('*');
}

describe('the built site', () => {
  const files = ['pa-statement-widget.js', ...Object.keys(PHRASE_MODULES).map((language) => `locales/${language}.js`)];

  it('holds the bundle and every locale module in the versioned folder, byte for byte as in cdn/', async () => {
    await expectSameFiles(files, folder, '/cdn');
  });

  it('tells static hosts, in _headers and .htaccess, to send CORS and a year of caching once released', async () => {
    await expectHostingHeaders(folder, [
      ['Access-Control-Allow-Origin', '*'],
      // A preview's files may change: asked for again each time.
      ['Cache-Control', RELEASED ? 'public, max-age=31536000, immutable' : 'no-cache'],
    ]);
    expect((await fetch('/site/index.html')).headers.get('Access-Control-Allow-Origin')).to.equal(null);
  });

  it("writes snippets whose script is the bundle on the builder's own host and sub-path", async () => {
    const builder = await openBuilder();
    expect(builder.form.scriptUrl.value).to.equal(offered);
    expect(await bytes(builder.form.scriptUrl.value)).to.deep.equal(await bytes('/cdn/pa-statement-widget.js'));
    // Pinned by default once released: the versioned folder, with the bundle's integrity; a preview's, the latest.
    expect(builder.write({})).to.contain(
      RELEASED
        ? `<script type="module" src="${bundle}" integrity="${PINNED_INTEGRITY}" crossorigin="anonymous"></script>`
        : `<script type="module" src="${latest}"></script>`,
    );
    // The test server is this machine, over http: fine to try the code here, and the builder says so.
    expect(builder.document.querySelector('#script-address-problem')?.textContent).to.contain('this machine');

    // Another address, e.g. a self-hosted copy, is taken when it is a full https one, without an integrity the
    // builder cannot know; and kept whichever channel is chosen.
    const ownAddress = 'https://party.example/js/pa-statement-widget.js';
    expect(builder.write({ scriptUrl: ownAddress })).to.contain(`<script type="module" src="${ownAddress}"></script>`);
    expect(builder.write({ channel: 'latest' })).to.contain(`<script type="module" src="${ownAddress}"></script>`);
    // An empty field means the channel's address, as its placeholder says.
    expect(builder.write({ scriptUrl: '', channel: 'latest' })).to.contain(
      `<script type="module" src="${latest}"></script>`,
    );
    expect(builder.form.scriptUrl.placeholder).to.equal(latest);
    builder.iframe.remove();
  });

  it('offers the pinned and the latest channel, named for their folders, and the address follows the choice', async () => {
    const builder = await openBuilder();
    const channel = builder.form.elements.namedItem('channel') as HTMLSelectElement;
    const major = LATEST_FOLDER.slice(1);
    expect([...channel.options].map((option) => [option.value, option.text, option.disabled])).to.deep.equal([
      // A preview is never offered pinned: its files may still change.
      ['pinned', `Pinned: ${version} (immutable, with SRI)`, !RELEASED],
      ['latest', `Latest ${major}.x (receives fixes)`, false],
    ]);
    const notice = builder.document.querySelector<HTMLElement>('#preview-notice');
    expect(notice?.hidden).to.equal(RELEASED);
    if (!RELEASED) expect(notice?.textContent).to.contain(`publishes ${version} as a preview`);
    expect(builder.document.querySelector(`#${channel.getAttribute('aria-describedby')}`)?.textContent).to.match(
      /never changes[\s\S]*integrity[\s\S]*fixes reach your page/,
    );
    const code = builder.write({ channel: 'latest' });
    expect(builder.form.scriptUrl.value).to.equal(latest);
    expect(code).to.contain(`<script type="module" src="${latest}"></script>`);
    expect(code).not.to.contain('integrity');
    if (RELEASED) {
      expect(builder.write({ channel: 'pinned' })).to.contain(`src="${bundle}" integrity="${PINNED_INTEGRITY}"`);
      expect(builder.form.scriptUrl.value).to.equal(bundle);
    }
    builder.iframe.remove();
  });

  it('reflows to a 320 px wide window, and to every width up to 1280 px, without scrolling sideways', async () => {
    const builder = await openBuilder();
    for (const width of [320, 400, 600, 960, 1000, 1280]) {
      builder.iframe.style.width = `${width}px`;
      await new Promise((resolve) => builder.view.requestAnimationFrame(resolve));
      const { scrollWidth, clientWidth } = builder.document.documentElement;
      expect(scrollWidth, `${width} px`).to.be.at.most(clientWidth);
    }
    builder.iframe.remove();
  });

  it('writes no code that would be unsafe on a partner’s page, and says why', async () => {
    const builder = await openBuilder();
    const copy = builder.document.querySelector('#copy') as HTMLButtonElement;
    const why = () => builder.document.querySelector('#code-status')?.textContent ?? '';
    const refused: [Record<string, string | boolean>, RegExp][] = [
      [{ scriptUrl: 'data:text/javascript,alert(1)' }, /data: address would run what it holds/],
      [{ scriptUrl: 'javascript:alert(1)' }, /javascript: address would run what it holds/],
      [{ scriptUrl: 'https://user:secret@widget.example/pa-statement-widget.js' }, /user name or password/],
      [{ scriptUrl: 'http://widget.example/pa-statement-widget.js' }, /refuse a script from an http: address/],
      [{ scriptUrl: '/js/pa-statement-widget.js' }, /not a full address/],
      [{ href: 'javascript:alert(1)' }, /link to the full statement must be an http\(s\) address/],
    ];
    for (const [choice, reason] of refused) {
      expect(builder.write({ scriptUrl: '', href: '', ...choice }), JSON.stringify(choice)).to.equal('');
      expect(copy.disabled).to.equal(true);
      expect(why()).to.match(reason);
    }
    // A colour or a font that is no value of its kind, as only tampering with the page could give: no code either.
    const font = builder.form.elements.namedItem('font') as HTMLSelectElement;
    font.add(new Option('tampered', 'x;}</style><script>alert(1)</script>'));
    expect(builder.write({ scriptUrl: '', href: '', font: 'x;}</style><script>alert(1)</script>' })).to.equal('');
    expect(why()).to.contain('font must be a list of font names');
    const accent = builder.form.elements.namedItem('accent') as HTMLInputElement;
    accent.type = 'text';
    expect(builder.write({ font: '', colours: true, accent: 'red;}</style>' })).to.equal('');
    expect(why()).to.contain('accent colour must be written #rrggbb');
    expect(builder.write({ accent: '#b0002a' })).to.contain('--pa-color-accent: #b0002a;');
    expect(copy.disabled).to.equal(false);
    builder.iframe.remove();
  });

  it('writes a link to paste on its own line, or a frame, of a point’s page or the statement’s', async () => {
    const builder = await openBuilder();
    const site = new URL('/site/', location.href).href;
    expect(builder.write({ output: 'link', tag: 'pa-statement-point', point: '4' })).to.equal(
      `${site}statement/point-4/`,
    );
    expect(builder.write({ output: 'link', tag: 'pa-statement' })).to.equal(`${site}statement/`);
    const frame = builder.write({ output: 'frame', tag: 'pa-statement-point', point: '7', lang: 'de', theme: 'dark' });
    const element = new DOMParser().parseFromString(frame, 'text/html').querySelector('iframe') as HTMLIFrameElement;
    expect(frame).to.equal(element.outerHTML);
    expect(element.src).to.equal(`${site}statement/point-7/embed/?lang=de&theme=dark`);
    expect(element.title).to.match(/^Point 7 of 11 · /);
    expect([element.width, element.height, element.loading]).to.deep.equal(['600', '240', 'lazy']);
    // The partner's page's address is not sent: the embed page needs none of it.
    expect(element.referrerPolicy).to.equal('no-referrer');
    // Sandboxed to scripts alone, as the site's own framing code and WordPress frame it: the embed page runs there,
    // and tells its parent its height.
    expect([...element.sandbox]).to.deep.equal(['allow-scripts']);
    document.body.insertAdjacentHTML('beforeend', frame);
    const framed = document.body.lastElementChild as HTMLIFrameElement;
    const height = await new Promise<unknown>((resolve) =>
      addEventListener('message', function listener({ source, data }) {
        if (source !== framed.contentWindow || data?.message !== 'height') return;
        removeEventListener('message', listener);
        resolve(data.value);
      }),
    );
    expect(height).to.be.a('number').and.to.be.greaterThan(100);
    framed.remove();
    expect(builder.write({ output: 'link', tag: 'pa-statement-quote', lang: '', theme: '' })).to.equal('');
    expect(builder.document.querySelector('#code-status')?.textContent).to.contain('no page of its own');
    builder.iframe.remove();
  });
});

interface PartnerReport {
  elements: { tag: string; defined: boolean; text: string }[];
  requests: string[];
}

/**
 * The page requested nothing but `expected`. What it did request shows in the elements being defined and speaking
 * the language; WebKit lists no Resource Timing entry for a file served from its memory cache, where an earlier
 * test loaded the same address.
 */
const expectRequestsAmong = (report: PartnerReport, expected: string[]) =>
  expect(report.requests.filter((request) => !expected.includes(request))).to.deep.equal([]);

/** Opens a page on the partner's origin with `html` pasted into its body and waits for its report. */
async function partnerPage(lang: string, html: string): Promise<{ address: string; report: PartnerReport }> {
  const address = await executeServerCommand<string, { lang: string; html: string }>('paste-into-partner-page', {
    lang,
    html,
  });
  const iframe = document.createElement('iframe');
  iframe.src = address;
  const report = await new Promise<PartnerReport>((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as PartnerReport);
    });
    document.body.append(iframe);
  });
  iframe.remove();
  return { address, report };
}

describe('snippets copied from the built site, pasted into a page on another origin', () => {
  let snippets: string;
  before(async () => {
    const builder = await openBuilder();
    snippets = ['pa-statement', 'pa-statement-point', 'pa-statement-quote']
      .map((tag) => builder.write({ tag }))
      .join('\n');
    builder.iframe.remove();
  });

  it('render all three elements in English, loading nothing but the bundle', async () => {
    const { address, report } = await partnerPage('en', snippets);
    expect(new URL(address).origin).not.to.equal(location.origin);
    expect(report.elements.map(({ tag, defined }) => [tag, defined])).to.deep.equal([
      ['pa-statement', true],
      ['pa-statement-point', true],
      ['pa-statement-quote', true],
    ]);
    const [statement, point, quote] = report.elements.map((element) => element.text);
    expect(statement).to.contain('Progressive Alliance statement on Belarus').and.to.contain(points[10].text);
    expect(point).to.contain(points[3].text).and.to.contain('Point 4 of 11');
    expect(quote).to.contain(points[0].quote).and.to.contain('Point 1 of 11');
    expectRequestsAmong(report, [`${new URL(address).origin}/report.js`, offered]);
  });

  it('render all three in German, loading de.js from the same folder too', async () => {
    const { address, report } = await partnerPage('de', snippets);
    expect(report.elements.every((element) => element.defined)).to.equal(true);
    const [statement, point, quote] = report.elements.map((element) => element.text);
    expect(statement).to.contain('Erklärung der Progressiven Allianz zu Belarus').and.to.contain(points[10].text);
    expect(point).to.contain(points[3].text).and.to.contain('Punkt 4 von 11');
    expect(quote).to.contain(points[0].quote).and.to.contain('Punkt 1 von 11');
    expectRequestsAmong(report, [
      `${new URL(address).origin}/report.js`,
      offered,
      new URL('locales/de.js', offered).href,
    ]);
  });

  it('would not load from a server that sends no CORS header (the control)', async () => {
    const { report } = await partnerPage(
      'en',
      snippets
        .replaceAll(offered, `${location.origin}/cdn/pa-statement-widget.js`)
        .replace(/<script type="importmap">[\s\S]*?<\/script>/g, ''),
    );
    expect(report.elements.map((element) => element.defined)).to.deep.equal([false, false, false]);
  });
});

describe('the builder’s facts, read from the package', () => {
  it('offers the languages the bundle ships, each once, and the elements’ own defaults', async () => {
    const builder = await openBuilder();
    const offered = [...(builder.form.elements.namedItem('lang') as HTMLSelectElement).options]
      .map((option) => option.value)
      .filter(Boolean);
    const bundle = await (await fetch(`${folder}/pa-statement-widget.js`)).text();
    const shipped = ['en', ...[...bundle.matchAll(/\.\/locales\/(\w+)\.js/g)].map(([, code]) => code)];
    expect([...offered].sort()).to.deep.equal([...new Set(shipped)].sort());
    // The published fallback stylesheet holds every language's copy label.
    const stylesheet = await (await fetch(`${folder}/pa-statement-fallback.css`)).text();
    for (const code of shipped.filter((code) => code !== 'en')) expect(stylesheet, code).to.contain(`:lang(${code})`);
    // Its fields start at the elements' defaults.
    const quote = builder.document.createElement('pa-statement-quote');
    const interval = builder.form.elements.namedItem('interval') as HTMLInputElement;
    expect(Number(interval.value)).to.equal(quote.interval);
    expect(Number(interval.min)).to.equal(MIN_INTERVAL_SECONDS);
    expect(builder.write({ tag: 'pa-statement-quote', interval: String(quote.interval) })).not.to.contain(' interval=');
    builder.iframe.remove();
  });
});

describe("the built site's patch channel: the major version's folder", () => {
  const major = `v${version.split('.')[0]}`;
  // Every file of the versioned folder but its .htaccess (each folder has its own headers).
  const files = [
    'pa-statement-widget.js',
    'hydrate.js',
    ...Object.keys(PHRASE_MODULES).map((language) => `locales/${language}.js`),
    'pa-statement.css',
    'pa-statement-point.css',
    'pa-statement-quote.css',
    'pa-statement-fallback.css',
    'LICENSES.txt',
  ];

  it('is named for the major version (v0 for every 0.x), as the builder is told', () => {
    expect(LATEST_FOLDER).to.equal(major);
    expect(PINNED_FOLDER).to.equal(`v${version}`);
  });

  it('holds the same files as the versioned folder, byte for byte', async () => {
    await expectSameFiles(files, alias, folder);
  });

  it('tells static hosts to send CORS and an hour of caching, then a day of revalidating in the background', async () => {
    await expectHostingHeaders(alias, [
      ['Access-Control-Allow-Origin', '*'],
      ['Cache-Control', 'public, max-age=3600, stale-while-revalidate=86400'],
    ]);
    // The versioned folder's rule matches no path of this folder, nor this one's a path of that.
    expect(`/v${version}/`.startsWith(`/${major}/`)).to.equal(false);
  });

  it('serves a snippet with the latest address on another origin, its locale module from the same folder', async () => {
    expect(hostedBundle('latest', `${location.origin}/site/`)).to.deep.equal({ src: latest });
    const { address, report } = await partnerPage(
      'de',
      `<script type="module" src="${latest}"></script><pa-statement-point point="4"></pa-statement-point>`,
    );
    expect(report.elements.map(({ defined, text }) => [defined, text.includes('Punkt 4 von 11')])).to.deep.equal([
      [true, true],
    ]);
    expectRequestsAmong(report, [
      `${new URL(address).origin}/report.js`,
      latest,
      `${location.origin}${alias}/locales/de.js`,
    ]);
  });
});

describe("the pinned address's Subresource Integrity, as the builder is told it", () => {
  const pinned = hostedBundle('pinned', `${location.origin}/site/`);

  it("is, once released, the SHA-384 of the versioned folder's bundle, as built in cdn/ and as recorded; none for a preview", async () => {
    expect(pinned.src).to.equal(bundle);
    if (!RELEASED) {
      expect(PINNED_INTEGRITY).to.equal('');
      expect(pinned).to.deep.equal({ src: bundle });
      return;
    }
    expect(pinned.integrity).to.equal(PINNED_INTEGRITY);
    expect(PINNED_INTEGRITY).to.equal(await integrityOfServed(`${folder}/pa-statement-widget.js`));
    expect(PINNED_INTEGRITY).to.equal(await integrityOfServed('/cdn/pa-statement-widget.js'));
    // And of each module it loads, by its address, for the snippet's import map.
    const modules = Object.entries(pinned.moduleIntegrity ?? {});
    expect(modules.map(([address]) => address)).to.include(`${location.origin}${folder}/hydrate.js`);
    expect(modules).to.have.length(Object.keys(PHRASE_MODULES).length + 1);
    for (const [address, integrity] of modules) {
      expect(integrity, address).to.equal(await integrityOfServed(new URL(address).pathname));
    }
  });

  it('lets a browser run the bundle from another origin, and refuses it where the bytes differ (the control)', async () => {
    const snippet = (integrity: string) =>
      `<script type="module" src="${pinned.src}" integrity="${integrity}"></script><pa-statement-point point="4"></pa-statement-point>`;
    const defined = async (integrity: string) =>
      (await partnerPage('en', snippet(integrity))).report.elements.map((element) => element.defined);
    expect(await defined(await integrityOfServed(`${folder}/pa-statement-widget.js`))).to.deep.equal([true]);
    expect(await defined(await integrityOfServed(`${folder}/hydrate.js`))).to.deep.equal([false]);
  });
});
