// The prerenderer from Node (`pa-statement-widget/prerender`) and its command line (`pa-statement-widget prerender`),
// built into dist/ and run by the test server (scripts/server-side.js): the same output from both, the page otherwise
// unchanged, and a clear sentence, never a stack trace, for bad input.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Prerendered {
  html?: string;
  error?: string;
  warnings: string[];
}
interface Run {
  stdout: string;
  stderr: string;
  status: number;
}

const prerender = (html: unknown, options?: unknown) =>
  executeServerCommand<Prerendered, object>('prerender', { html, options }) as Promise<Prerendered>;
const cli = (args: string[], input = '') =>
  executeServerCommand<Run, object>('prerender-cli', { args, input }) as Promise<Run>;

const fixture = 'test/fixtures/partner-page.txt';
const readFixture = async () => (await fetch(new URL('./fixtures/partner-page.txt', import.meta.url))).text();

/** What the prerenderer adds, taken out again: the page as it was. */
const withoutPrerendering = (html: string) =>
  html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '').replace(/ rendered defer-hydration/g, '');

const STACK_TRACE = /\n\s+at /;

const SNIPPET = `<script type="module" src="https://example.org/v0.1.0/pa-statement-widget.js"></script>
<pa-statement-point point="4" excerpt>
  <blockquote lang="en"><p>There is no place for torture in 21st century Europe.</p></blockquote>
</pa-statement-point>`;

describe('the prerenderer in Node', () => {
  it('prerenders a builder snippet from standard input as the API does', async () => {
    const run = await cli(['prerender', '--lang', 'de'], SNIPPET);
    const api = await prerender(SNIPPET, { lang: 'de' });
    expect(run.status).to.equal(0);
    expect(run.stderr).to.equal('');
    expect(run.stdout).to.equal(api.html);
    expect(run.stdout).to.contain('<!--pa-statement-widget de en ');
    expect(run.stdout).to.contain('Punkt 4 von 11');
    expect(withoutPrerendering(run.stdout)).to.equal(SNIPPET);
  });

  it('prerenders a whole page from a file, each widget in the language of its ancestors, the rest unchanged', async () => {
    const page = await readFixture();
    const run = await cli(['prerender', fixture]);
    expect(run.status).to.equal(0);
    expect(run.stderr).to.equal('');
    expect(run.stdout).to.equal((await prerender(page)).html);
    expect(withoutPrerendering(run.stdout)).to.equal(page);
    const markers = [...run.stdout.matchAll(/<!--pa-statement-widget (\S+) (\S+) \S+-->/g)].map(([, lang]) => lang);
    expect(markers).to.deep.equal(['de', 'ru', 'en']);
    expect(run.stdout.match(/<template shadowrootmode="open">/g)?.length).to.equal(3);
  });

  it('leaves a prerendered page as it is when run again', async () => {
    const once = (await prerender(await readFixture())).html as string;
    expect((await prerender(once)).html).to.equal(once);
  });

  it('links the stylesheets beside the bundle instead of inline styles, when asked', async () => {
    const run = await cli(['prerender', '--stylesheets', 'https://example.org/v0.1.0'], SNIPPET);
    expect(run.stdout).to.contain('<link rel="stylesheet" href="https://example.org/v0.1.0/pa-statement-point.css">');
    expect(run.stdout).to.not.contain('<style>');
  });

  it('warns about bad attribute values on standard error, as the browser does, and still writes the page', async () => {
    const run = await cli(
      ['prerender'],
      '<pa-statement-point point="99"></pa-statement-point><pa-statement limit="none"></pa-statement>',
    );
    expect(run.status).to.equal(0);
    expect(run.stderr).to.contain('<pa-statement-point>: point="99" is not valid; use a number from 1 to 11');
    expect(run.stderr).to.contain('<pa-statement>: limit="none" is not valid');
    expect(run.stdout.match(/<template shadowrootmode="open">/g)?.length).to.equal(2);
  });

  it('reads HTML that is not valid as a browser would, and never fails on it', async () => {
    const broken = '<div><pa-statement-point point="4"><p>unclosed <b>fallback</div></table>\u0000<pa-statement-quote';
    const run = await cli(['prerender'], broken);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.contain('<template shadowrootmode="open">');
    expect(withoutPrerendering(run.stdout)).to.equal(broken);
    for (const input of ['', 'just text, no HTML', '\u00ff\u00fe binary \u0001\u0002']) {
      const plain = await cli(['prerender'], input);
      expect([plain.status, plain.stdout, plain.stderr]).to.deep.equal([0, input, '']);
    }
  });

  it('answers bad use of the command line with a sentence, never a stack trace', async () => {
    const unknownCommand = await cli(['render', fixture]);
    expect(unknownCommand.status).to.equal(2);
    expect(unknownCommand.stderr).to.contain('unknown command "render"');
    expect(unknownCommand.stderr).to.contain('Usage: pa-statement-widget prerender [file]');
    const missing = await cli(['prerender', 'no/such/page.html']);
    expect(missing.status).to.equal(1);
    expect(missing.stderr).to.equal('pa-statement-widget: cannot read no/such/page.html: ENOENT.\n');
    const folder = await cli(['prerender', 'test']);
    expect(folder.status).to.equal(1);
    expect(folder.stderr).to.contain('cannot read test: EISDIR');
    const unknownOption = await cli(['prerender', '--colour=red', '--lang'], SNIPPET);
    expect(unknownOption.status).to.equal(0);
    expect(unknownOption.stderr).to.contain('unknown option --colour');
    expect(unknownOption.stderr).to.contain('--lang needs a value');
    expect(unknownOption.stdout).to.equal((await prerender(SNIPPET)).html);
    const help = await cli(['--help']);
    expect([help.status, help.stderr]).to.deep.equal([0, '']);
    expect(help.stdout).to.contain('--stylesheets');
    for (const run of [unknownCommand, missing, folder, unknownOption]) expect(run.stderr).to.not.match(STACK_TRACE);
  });

  it('warns about unknown or bad options of the API, and rejects what is not HTML text', async () => {
    const result = await prerender(SNIPPET, { lang: 'de', colour: 'red', stylesheets: 'styles/' });
    expect(result.warnings).to.deep.equal([
      'prerender: unknown option "colour"; the options are lang and stylesheets.',
      'prerender: stylesheets="styles/" is not a full address; give the folder\'s, e.g. https://example.org/pa-statement-widget/v0.1.0/. Using inline styles.',
    ]);
    expect(result.html).to.contain('<style>');
    expect((await prerender(SNIPPET, 'de')).warnings).to.deep.equal([
      "prerender: options must be an object like { lang: 'de' }; ignoring de.",
    ]);
    expect((await prerender(42)).error).to.equal('TypeError: prerender(html): html must be a text, not number');
  });
});
