// The statement's pages as the site build writes them for its public address (tools/test-env/test-site.js), read as link
// previews, crawlers and oEmbed consumers read them: every page's tags, each oEmbed answer and each card, against
// the statement's text in src/content/statement.ts; and the headers the host sends.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { RELEASED } from '../../demo/builder/hosted-versions.js';
import { points, type StatementPoint } from '../../src/content/statement.js';
import { LANGUAGES } from '../../src/localization/phrases.js';
import { axeViolationsIn, frame } from '../helpers.js';
import { fetchFromSite, parseHtml, testSite } from '../site-server.js';

const TITLE = 'Progressive Alliance statement on Belarus';
const { version } = (await (await fetch('/package.json')).json()) as { version: string };
/** The major version, whose folder (`v0/`) follows its latest release. */
const major = version.split('.')[0];

interface Page {
  path: string;
  point?: StatementPoint;
}
const pages: Page[] = [
  { path: 'statement/' },
  ...points.map((point) => ({ path: `statement/point-${point.number}/`, point })),
];
const positionOf = (point: StatementPoint) => `Point ${point.number} of ${points.length}`;

let site = '';
before(async function () {
  this.timeout(180000);
  site = await testSite();
});

/** The page's `<meta property|name>` content. */
const metaOf = (document: Document, name: string) =>
  document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');

/** The text of the widget's prerendered shadow root: what readers without JavaScript see. */
const prerenderedText = (document: Document, tag: string) =>
  (document.querySelector(`${tag} > template[shadowrootmode="open"]`) as HTMLTemplateElement | null)?.content
    .textContent ?? '';

/** Scripts and styles of the page itself (not the widgets' shadow roots): all files, none inline. */
function expectOnlyFiles(document: Document) {
  const inline = [...document.querySelectorAll('script:not([src]), style, [style]')].filter(
    (element) => !element.closest('template'),
  );
  expect(inline.map((element) => element.outerHTML)).to.deep.equal([]);
}

describe("the statement's pages", () => {
  for (const { path, point } of pages) {
    it(`${path}: the ${point ? 'point' : 'statement'} prerendered, with canonical, oEmbed, Open Graph and X tags`, async () => {
      const { status, text } = await fetchFromSite(path);
      expect(status).to.equal(200);
      const page = parseHtml(text);
      const url = `${site}${path}`;
      expect(page.documentElement.lang).to.equal('en');
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).to.equal(url);
      const oembed = page.querySelector('link[rel="alternate"][type="application/json+oembed"]');
      expect(oembed?.getAttribute('href')).to.equal(`${url}oembed.json`);
      expect(metaOf(page, 'og:title')).to.equal(point ? `${positionOf(point)} · ${TITLE}` : TITLE);
      expect(page.title).to.equal(metaOf(page, 'og:title'));
      // Verbatim: a point's whole text; for the statement, its first point's.
      expect(metaOf(page, 'og:description')).to.equal((point ?? points[0]).text);
      expect(metaOf(page, 'og:url')).to.equal(url);
      expect(metaOf(page, 'og:image')).to.equal(`${url}card.png`);
      expect([metaOf(page, 'og:image:width'), metaOf(page, 'og:image:height')]).to.deep.equal(['1200', '630']);
      expect(metaOf(page, 'og:image:alt')).to.contain(point ? point.quote : TITLE);
      expect(metaOf(page, 'twitter:card')).to.equal('summary_large_image');
      // Readable without JavaScript: the widget's shadow root is in the page, with the words verbatim.
      const shown = prerenderedText(page, point ? 'pa-statement-point' : 'pa-statement');
      for (const { text: words } of point ? [point] : points) expect(shown).to.contain(words);
      if (point) expect(shown).to.contain(positionOf(point));
      // The bundle of the versioned folder, the widget's stylesheets beside it; nothing inline.
      const bundle = page.querySelector('script[type="module"]')?.getAttribute('src') ?? '';
      expect(new URL(bundle, url).href).to.equal(`${site}v${version}/pa-statement-widget.js`);
      expect(text).to.contain(`<link rel="stylesheet" href="${site}v${version}/`);
      expectOnlyFiles(page);
    });
  }

  it('link each point to its own page from the statement’s', async () => {
    const page = parseHtml((await fetchFromSite('statement/')).text);
    const links = [...page.querySelectorAll('.point-links a')].map(
      (link) => new URL(link.getAttribute('href') ?? '', `${site}statement/`).href,
    );
    expect(links).to.deep.equal(pages.slice(1).map(({ path }) => `${site}${path}`));
  });

  it('answer an address that names no point with a 404 page naming the valid ones', async () => {
    for (const path of ['statement/point-12/', 'statement/point-0/', 'statement/torture/']) {
      const { status, text } = await fetchFromSite(path);
      expect(status, path).to.equal(404);
      const page = parseHtml(text);
      expect(page.querySelector('base')?.getAttribute('href')).to.equal(site);
      const links = [...page.querySelectorAll('ol a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
        points.map((point) => `statement/point-${point.number}/`),
      );
      expect(links.map((link) => link.textContent)).to.deep.equal(points.map((point) => point.quote));
      expectOnlyFiles(page);
    }
  });
});

describe('the embed pages', () => {
  for (const { path, point } of pages) {
    it(`${path}embed/: the widget alone, prerendered, with the embed script before the bundle`, async () => {
      const { status, text } = await fetchFromSite(`${path}embed/`);
      expect(status).to.equal(200);
      const page = parseHtml(text);
      const tag = point ? 'pa-statement-point' : 'pa-statement';
      // The widget alone, in the page's one landmark.
      expect([...page.body.children].map((element) => element.localName)).to.deep.equal(['main']);
      expect([...page.querySelectorAll('main > *')].map((element) => element.localName)).to.deep.equal([tag]);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).to.equal(`${site}${path}`);
      expect(page.querySelector(tag)?.getAttribute('href')).to.equal(`${site}statement/`);
      const shown = prerenderedText(page, tag);
      for (const { text: words } of point ? [point] : points.slice(0, 3)) expect(shown).to.contain(words);
      const scripts = [...page.querySelectorAll('script')];
      expect(scripts.map((script) => [script.type, script.defer])).to.deep.equal([
        ['', true],
        ['module', false],
      ]);
      expect(scripts[0].dataset.languages?.split(' ')).to.deep.equal([...LANGUAGES].sort());
      expectOnlyFiles(page);
    });
  }
});

/** What WordPress's wp_filter_oembed_result() keeps of the frame, and `sandbox`, which it replaces by its own. */
const FRAME_ATTRIBUTES = [
  'src',
  'width',
  'height',
  'frameborder',
  'marginwidth',
  'marginheight',
  'scrolling',
  'title',
  'sandbox',
];

describe("the site's pages, to axe (its WCAG 2.2 A and AA rules and its best practices)", () => {
  // An embed page is a part of the partner's page that frames it, whose own heading is the level-one one.
  const framed = ['page-has-heading-one'];
  for (const [path, skipped] of [
    ['statement/', []],
    ['statement/point-4/', []],
    ['statement/embed/', framed],
    ['statement/point-4/embed/', framed],
    ['404.html', []],
  ] as const) {
    it(`/${path} has no violation${skipped.length > 0 ? `, but ${skipped.join(', ')}` : ''}`, async () => {
      const opened = await frame({ src: `/site/${path}` }, (view) => view.document.readyState === 'complete');
      const violations = await axeViolationsIn(opened);
      expect(violations.filter((id) => !(skipped as readonly string[]).includes(id))).to.deep.equal([]);
      opened.iframe.remove();
    });
  }
});

describe('the oEmbed answers', () => {
  for (const { path, point } of pages) {
    it(`${path}oembed.json: a rich answer whose html is the text, a link to the page and the embed frame`, async () => {
      const { status, headers, text } = await fetchFromSite(`${path}oembed.json`);
      expect(status).to.equal(200);
      expect(headers['content-type']).to.match(/^application\/json/);
      const answer = JSON.parse(text) as Record<string, unknown>;
      expect(answer).to.include({
        version: '1.0',
        type: 'rich',
        title: point ? `${positionOf(point)} · ${TITLE}` : TITLE,
        provider_name: TITLE,
        provider_url: site,
        thumbnail_url: `${site}${path}card.png`,
      });
      const { width, height } = answer as { width: number; height: number };
      expect([width, Number.isInteger(height) && height >= 200 && height <= 1000]).to.deep.equal([600, true]);
      // As WordPress's wp_filter_oembed_result() reads it: a bare blockquote, then the frame, and nothing else.
      const html = answer.html as string;
      expect(html).to.match(/^<blockquote>.*<\/blockquote><iframe [^>]*><\/iframe>$/s);
      const fragment = parseHtml(html).body;
      const [quote, frame] = [...fragment.children];
      expect([...quote.querySelectorAll('*')].map((element) => element.localName)).to.deep.equal(['a']);
      expect(quote.querySelector('a')?.getAttribute('href')).to.equal(`${site}${path}`);
      for (const { text: words } of point ? [point] : points) expect(quote.textContent).to.contain(words);
      const attributes = [...frame.attributes].map((attribute) => attribute.name);
      expect(attributes.filter((name) => !FRAME_ATTRIBUTES.includes(name))).to.deep.equal([]);
      expect(frame.getAttribute('src')).to.equal(`${site}${path}embed/`);
      expect(frame.getAttribute('title')).to.equal(answer.title);
      // Any other consumer frames it sandboxed too: its scripts run, with no access to the consumer's page.
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts');
      expect([frame.getAttribute('width'), frame.getAttribute('height')]).to.deep.equal([
        String(width),
        String(height),
      ]);
    });
  }
});

/** A PNG's size, from its IHDR chunk: the 8-byte signature, the chunk's length and type, then width and height. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  expect([...bytes.slice(0, 8)]).to.deep.equal(signature);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).to.equal('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the link-preview cards', () => {
  it('one per point and for the statement: 1200×630 PNGs of at most 500 KB', async () => {
    for (const { path } of pages) {
      const { status, headers, bytes } = await fetchFromSite(`${path}card.png`);
      expect(status, path).to.equal(200);
      expect(headers['content-type']).to.equal('image/png');
      expect(pngSize(bytes), path).to.deep.equal({ width: 1200, height: 630 });
      expect(bytes.length, path).to.be.at.most(500 * 1024);
    }
  });
});

describe('the headers the host sends', () => {
  const SECURITY = ['x-content-type-options', 'referrer-policy', 'content-security-policy'];

  it("protect the site's pages, and let anyone frame the embed pages and the statement's", async () => {
    for (const path of ['', 'statement/', 'statement/point-4/', 'statement/embed/', 'statement/point-4/embed/']) {
      const { headers } = await fetchFromSite(path);
      for (const name of SECURITY) expect(headers[name], `${name} of /${path}`).to.be.a('string');
      expect(headers['x-content-type-options']).to.equal('nosniff');
      // The site's origin beside 'self', which WebKit does not match in a sandboxed frame.
      const own = `'self' ${new URL(site).origin}`;
      expect(headers['content-security-policy']).to.contain(`script-src ${own}`).and.to.contain(`style-src ${own}`);
      expect(headers['content-security-policy']).not.to.contain('frame-ancestors');
      // Trusted Types, with Lit's policy twice (the bundle's and hydrate.js's) and the builder's (test/browser/trusted-types.test.ts).
      expect(headers['content-security-policy']).to.contain(
        "require-trusted-types-for 'script'; trusted-types lit-html pa-statement-builder 'allow-duplicates'",
      );
      // The builder alone may be framed by its own site only.
      expect(headers['x-frame-options'], `x-frame-options of /${path}`).to.equal(
        path === '' ? 'SAMEORIGIN' : undefined,
      );
    }
    const notFound = await fetchFromSite('statement/point-12/');
    expect(notFound.headers['content-security-policy']).to.be.a('string');
  });

  it("are Apache's too, which reads them from the site's .htaccess files", async function () {
    this.timeout(20000);
    const paths = [
      '',
      'index.html',
      'statement/',
      'statement/point-4/',
      'statement/point-4/embed/',
      'statement/point-12/',
      'statement/point-4/card.png',
      `v${version}/pa-statement-widget.js`,
      `v${version}/locales/de.js`,
      `v${major}/pa-statement-widget.js`,
      `v${major}/locales/de.js`,
    ];
    const apache = (await executeServerCommand('test-site-apache', { paths })) as Record<
      string,
      { status: number; headers: Record<string, string> }
    >;
    const names = [...SECURITY, 'x-frame-options', 'access-control-allow-origin', 'cache-control'];
    for (const path of paths) {
      const ours = await fetchFromSite(path);
      expect(apache[path].status, `/${path}`).to.equal(ours.status);
      for (const name of names) expect(apache[path].headers[name], `${name} of /${path}`).to.equal(ours.headers[name]);
    }
  });

  it("keep the builder's X-Frame-Options on Apache under a sub-path with + or Cyrillic letters in it", async function () {
    this.timeout(20000);
    for (const under of ['belarus+2020/', 'беларусь/']) {
      const paths = [under, `${under}index.html`, `${under}statement/`];
      const apache = (await executeServerCommand('htaccess-under', { under, paths })) as Record<
        string,
        { status: number; headers: Record<string, string> }
      >;
      expect(paths.map((path) => [apache[path].status, apache[path].headers['x-frame-options']])).to.deep.equal([
        [200, 'SAMEORIGIN'],
        [200, 'SAMEORIGIN'],
        [200, undefined],
      ]);
    }
  });

  it('send no caching and no CORS of the widget folders with a missing file there, as Apache does', async () => {
    const paths = [`v${version}/missing.js`, `v${major}/locales/xx.js`];
    const apache = (await executeServerCommand('test-site-apache', { paths })) as Record<
      string,
      { status: number; headers: Record<string, string> }
    >;
    for (const path of paths) {
      const ours = await fetchFromSite(path);
      expect(ours.status, `/${path}`).to.equal(404);
      expect(ours.headers['cache-control'], `cache-control of /${path}`).to.equal(
        apache[path].headers['cache-control'],
      );
      expect(ours.headers['access-control-allow-origin'], `CORS of /${path}`).to.equal(undefined);
      expect(apache[path].headers['access-control-allow-origin'], `Apache's CORS of /${path}`).to.equal(undefined);
      expect(ours.headers['content-security-policy']).to.be.a('string');
    }
  });

  it('keep CORS and a year of caching for the versioned folder, once released', async () => {
    const { headers } = await fetchFromSite(`v${version}/pa-statement-widget.js`);
    expect(headers['access-control-allow-origin']).to.equal('*');
    expect(headers['cache-control']).to.equal(RELEASED ? 'public, max-age=31536000, immutable' : 'no-cache');
    expect(headers['x-content-type-options']).to.equal('nosniff');
  });

  it("keep CORS and an hour of caching, a day more revalidating, for the major version's folder", async () => {
    const { status, headers } = await fetchFromSite(`v${major}/hydrate.js`);
    expect(status).to.equal(200);
    expect(headers['access-control-allow-origin']).to.equal('*');
    expect(headers['cache-control']).to.equal('public, max-age=3600, stale-while-revalidate=86400');
  });
});
