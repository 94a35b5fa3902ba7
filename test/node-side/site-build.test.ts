// `SITE_URL=… npm run build:site`: the site is built for the public address given, with or without its trailing
// slash; without one, for the local preview, saying so once; and a SITE_URL that is no address stops the build with
// one sentence. Run in Node by the test site's `site-build` command (tools/test-env/test-site.js).
import { expect } from '@open-wc/testing';
import { integrityOfServed, openBuilder, untilDone } from '../helpers.js';

interface Built {
  status: number;
  output: string;
  files: Record<string, string>;
}
/** Of a version, released (with a record of today's drop-in files) or a preview, of those files changed or not. */
interface Release {
  version: string;
  recorded: boolean;
  changed: boolean;
  /** A version released before, whose bundle ends in a line of its own (`// 9.9.9`). */
  earlier?: string;
  /** Its kept hydrate.js altered since its release. */
  alteredEarlier?: boolean;
}
const build = (siteUrl: string | undefined, read: string[] = [], release?: Release) =>
  untilDone<Built>('site-build', { siteUrl, read, release });

/** What the build itself said: the output without npm's own lines ("> pa-statement-widget@… build:site", "> …"). */
const saidByBuild = (output: string) => output.split('\n').filter((line) => line.trim() && !line.startsWith('> '));

/** A page of the statement's, as readers see it. */
const PAGE = 'statement/point-4/index.html';

const CANONICAL = /<link rel="canonical" href="([^"]*)">/;

describe('npm run build:site', () => {
  it('stops with one sentence, and no stack trace, at a SITE_URL that is not an absolute http(s) address', async function () {
    this.timeout(60000);
    for (const siteUrl of ['widget.example', 'ftp://widget.example/', '/belarus/', 'https://widget.example/?page=1']) {
      const { status, output } = await build(siteUrl);
      expect(status, siteUrl).not.to.equal(0);
      const said = saidByBuild(output);
      expect(said, siteUrl).to.have.length(1);
      expect(said[0]).to.match(/^SITE_URL=".*" is not the absolute http\(s\) address of the site, .*\.$/);
      expect(said[0]).to.contain(siteUrl);
    }
  });

  it('builds the pages for the address given, its trailing slash optional', async function () {
    this.timeout(90000);
    const { status, output, files } = await build('https://widget.example/belarus', [
      'statement/point-4/index.html',
      'statement/point-4/oembed.json',
      '.htaccess',
    ]);
    expect(status, output).to.equal(0);
    expect(output).not.to.contain('SITE_URL');
    expect(CANONICAL.exec(files['statement/point-4/index.html'])?.[1]).to.equal(
      'https://widget.example/belarus/statement/point-4/',
    );
    const answer = JSON.parse(files['statement/point-4/oembed.json']) as { provider_url: string; html: string };
    expect(answer.provider_url).to.equal('https://widget.example/belarus/');
    expect(answer.html).to.contain('<iframe src="https://widget.example/belarus/statement/point-4/embed/"');
    // Apache finds the 404 page and the builder under the site's path.
    expect(files['.htaccess']).to.contain('ErrorDocument 404 /belarus/404.html');
    expect(files['.htaccess']).to.contain('m#^/belarus/(index\\.html)?$#');
  });

  it('without SITE_URL, builds for the local preview and says once that link previews and oEmbed need it', async function () {
    this.timeout(90000);
    const { status, output, files } = await build(undefined, ['statement/index.html']);
    expect(status, output).to.equal(0);
    const notice = output.split('\n').filter((line) => line.includes('SITE_URL'));
    expect(notice).to.have.length(1);
    expect(notice[0]).to.contain('link previews and oEmbed').and.to.contain('http://127.0.0.1:4173/');
    expect(CANONICAL.exec(files['statement/index.html'])?.[1]).to.equal('http://127.0.0.1:4173/statement/');
  });
});

/** The rules `_headers` gives for a folder (`/v9.9.9/*`): the indented lines after its pattern. */
const headersRule = (headersFile: string, pattern: string) => {
  const lines = headersFile.split('\n');
  const start = lines.indexOf(pattern);
  expect(start, pattern).to.be.greaterThan(-1);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('  '));
  return lines.slice(start + 1, end).map((line) => line.trim());
};

describe('npm run build:site and the release of the version it publishes', () => {
  // Each build is opened at an address of its own: the browser may keep the last one's page.
  it("publishes a released version's recorded files as immutable, and the builder offers them pinned, modules and all", async function () {
    this.timeout(120000);
    const release = { version: '9.9.9', recorded: true, changed: false };
    const { status, output, files } = await build(undefined, ['_headers', 'v9.9.9/.htaccess', PAGE], release);
    expect(status, output).to.equal(0);
    expect(output).not.to.contain('is not released');
    expect(headersRule(files._headers, '/v9.9.9/*')).to.include('Cache-Control: public, max-age=31536000, immutable');
    expect(files['v9.9.9/.htaccess']).to.contain('Header set Cache-Control "public, max-age=31536000, immutable"');
    expect(files[PAGE]).not.to.contain('preview-notice');

    const builder = await openBuilder('/test-site-build/index.html?of=released');
    const pinned = builder.form.elements.namedItem('channel') as HTMLSelectElement;
    expect(pinned.value).to.equal('pinned');
    expect(builder.document.querySelector<HTMLElement>('#preview-notice')?.hidden).to.equal(true);
    const code = builder.write({ channel: 'pinned', lang: 'de' });
    const folder = `${location.origin}/test-site-build/v9.9.9`;
    const bundleIntegrity = await integrityOfServed('/test-site-build/v9.9.9/pa-statement-widget.js');
    expect(code).to.contain(`src="${folder}/pa-statement-widget.js" integrity="${bundleIntegrity}"`);
    // The modules the bundle may load, each with the integrity its release recorded: the served bytes'.
    const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(code)?.[1] ?? '{}') as {
      integrity?: Record<string, string>;
    };
    const modules = map.integrity ?? {};
    expect(Object.keys(modules)).to.include.members([`${folder}/hydrate.js`, `${folder}/locales/de.js`]);
    for (const [address, integrity] of Object.entries(modules)) {
      expect(integrity, address).to.equal(await integrityOfServed(new URL(address).pathname));
    }
    expect(code.indexOf('importmap')).to.be.lessThan(code.indexOf('pa-statement-widget.js'));
    builder.iframe.remove();
  });

  it('stops, in one sentence naming the version and the file, where a released file would change by one byte', async function () {
    this.timeout(120000);
    const { status, output } = await build(undefined, [], { version: '9.9.9', recorded: true, changed: true });
    expect(status).not.to.equal(0);
    const said = saidByBuild(output);
    expect(said, output).to.have.length(1);
    expect(said[0]).to.equal(
      "v9.9.9 is released, and this build's pa-statement-widget.js differs from the one it published; a released version never changes: bump the version (npm run release) to publish a change.",
    );
  });

  it('publishes a version without a release as a preview: asked for again each time, and never offered pinned', async function () {
    this.timeout(120000);
    const release = { version: '9.9.10-preview', recorded: false, changed: true };
    const { status, output, files } = await build(undefined, ['_headers', 'v9.9.10-preview/.htaccess', PAGE], release);
    expect(status, output).to.equal(0);
    expect(output).to.contain('v9.9.10-preview is not released: the site publishes it as a preview.');
    expect(headersRule(files._headers, '/v9.9.10-preview/*')).to.include('Cache-Control: no-cache');
    expect(files['v9.9.10-preview/.htaccess']).to.contain('Header set Cache-Control "no-cache"');
    expect(files._headers).not.to.contain('immutable');
    // The statement's pages say so too.
    expect(files[PAGE]).to.contain(
      '<p class="preview-notice" role="note">This site shows a preview of the widget\'s version 9.9.10-preview: its files may still change.</p>',
    );

    const builder = await openBuilder('/test-site-build/index.html?of=preview');
    const channel = builder.form.elements.namedItem('channel') as HTMLSelectElement;
    expect(channel.value).to.equal('latest');
    expect(channel.querySelector<HTMLOptionElement>('option[value="pinned"]')?.disabled).to.equal(true);
    const notice = builder.document.querySelector<HTMLElement>('#preview-notice');
    expect(notice?.hidden).to.equal(false);
    expect(notice?.textContent).to.contain('9.9.10-preview as a preview');
    const code = builder.write({ lang: 'de' });
    expect(code).to.contain(`src="${location.origin}/test-site-build/v9/pa-statement-widget.js"`);
    expect(code).not.to.contain('integrity');
    builder.iframe.remove();
  });

  it("keeps publishing an earlier release's folder byte for byte, and its major version's folder holds the latest release", async function () {
    this.timeout(120000);
    const release = { version: '9.9.10-preview', recorded: false, changed: false, earlier: '9.9.9' };
    const bundles = ['v9.9.9', 'v9', 'v9.9.10-preview'].map((folder) => `${folder}/pa-statement-widget.js`);
    const { status, output, files } = await build(undefined, ['_headers', ...bundles], release);
    expect(status, output).to.equal(0);
    const [earlier, latest, preview] = bundles.map((path) => files[path]);
    expect(earlier.endsWith('\n// 9.9.9\n')).to.equal(true);
    // The patch channel serves releases only: not the preview built today.
    expect(latest).to.equal(earlier);
    expect(preview).not.to.contain('// 9.9.9');
    expect(headersRule(files._headers, '/v9.9.9/*')).to.include('Cache-Control: public, max-age=31536000, immutable');
    expect(headersRule(files._headers, '/v9/*')).to.include(
      'Cache-Control: public, max-age=3600, stale-while-revalidate=86400',
    );
    expect(headersRule(files._headers, '/v9.9.10-preview/*')).to.include('Cache-Control: no-cache');
  });

  it("stops, in one sentence, where a kept release's file was altered", async function () {
    this.timeout(120000);
    const release = {
      version: '9.9.10-preview',
      recorded: false,
      changed: false,
      earlier: '9.9.9',
      alteredEarlier: true,
    };
    const { status, output } = await build(undefined, [], release);
    expect(status).not.to.equal(0);
    expect(saidByBuild(output)).to.deep.equal([
      'releases/9.9.9/hydrate.js is not the file its release recorded: a released file never changes; restore it from git.',
    ]);
  });
});
