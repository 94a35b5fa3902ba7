// `SITE_URL=… npm run build:site`: the site is built for the public address given, with or without its trailing
// slash; without one, for the local preview, saying so once; and a SITE_URL that is no address stops the build with
// one sentence. Run in Node by the test site's `site-build` command (tools/test-env/test-site.js).
import { expect } from '@open-wc/testing';
import { untilDone } from '../helpers.js';

interface Built {
  status: number;
  output: string;
  files: Record<string, string>;
}
const build = (siteUrl: string | undefined, read: string[] = []) => untilDone<Built>('site-build', { siteUrl, read });

/** What the build itself said: the output without npm's own lines ("> pa-statement-widget@… build:site", "> …"). */
const saidByBuild = (output: string) => output.split('\n').filter((line) => line.trim() && !line.startsWith('> '));

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
