// The prerenderer from Node (`pa-statement-widget/prerender`) and its command line (`pa-statement-widget prerender`),
// built into dist/ and run by the test server (tools/test-env/server-side.js): the same output from both, the page otherwise
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
    expect(run.stdout).to.match(/<figure part="figure" lang="de">/);
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
    // Each widget's phrases in its language: the lang of its shadow tree's first element.
    const languages = [...run.stdout.matchAll(/<!--lit-node 0--><\w+ part="\w+" lang="(\w+)"/g)].map(
      ([, lang]) => lang,
    );
    expect(languages).to.deep.equal(['de', 'ru', 'en']);
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
    // As the element marks itself, before it hydrates: `pa-statement-point[invalid] { display: none }` applies.
    expect(run.stdout).to.match(/<pa-statement-point point="99" rendered defer-hydration invalid>/);
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

  it('reads tags as a browser does, however written, and leaves what a <template> holds alone', async () => {
    const forms = [
      '\ufeff<PA-STATEMENT-POINT POINT=4 EXCERPT/>\r\n<p>after</p>',
      "<pa-statement-point point='4'\r\n  excerpt></pa-statement-point>",
      '<template><pa-statement-point point="4"></pa-statement-point></template>',
    ];
    const [uppercase, multiline, inTemplate] = await Promise.all(forms.map((form) => prerender(form)));
    expect(withoutPrerendering(uppercase.html as string)).to.equal(forms[0]);
    expect(uppercase.html).to.match(/<PA-STATEMENT-POINT POINT=4 EXCERPT\/ rendered defer-hydration><template/);
    expect(withoutPrerendering(multiline.html as string)).to.equal(forms[1]);
    expect(multiline.html).to.match(/excerpt rendered defer-hydration><template shadowrootmode="open">/);
    expect(inTemplate.html).to.equal(forms[2]);
  });

  it('gives a widget under an empty lang the language the browser gives it: none, English', async () => {
    const { html } = await prerender('<div lang=""><pa-statement-point point="4"></pa-statement-point></div>', {
      lang: 'de',
    });
    expect(html).to.match(/<figure part="figure" lang="en">/);
    expect(html).to.contain('Point 4 of 11');
  });

  it('reads standard input as -, refuses what is not UTF-8, and survives deep nesting', async () => {
    const dashed = await cli(['prerender', '-'], SNIPPET);
    expect(dashed.stdout).to.equal((await prerender(SNIPPET)).html);
    const latin = await cli(['prerender', 'test/fixtures/windows-1252-page.txt']);
    expect([latin.status, latin.stdout]).to.deep.equal([1, '']);
    expect(latin.stderr).to.equal(
      'pa-statement-widget: test/fixtures/windows-1252-page.txt is not UTF-8 text; convert it to UTF-8 first (its meta charset too).\n',
    );
    const deep = `${'<div>'.repeat(20000)}<pa-statement-point point="4"></pa-statement-point>${'</div>'.repeat(20000)}`;
    const nested = await cli(['prerender'], deep);
    expect(nested.status).to.equal(0);
    expect(nested.stderr).to.not.match(STACK_TRACE);
    expect(nested.stdout).to.contain('<template shadowrootmode="open">');
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
    const unknownOption = await cli(['prerender', '--colour=red', '--stylesheets=mailto:x', '--lang'], SNIPPET);
    expect(unknownOption.status).to.equal(0);
    expect(unknownOption.stderr).to.contain('unknown option --colour');
    expect(unknownOption.stderr).to.contain('pa-statement-widget: --lang needs a value');
    expect(unknownOption.stderr).to.contain('prerender: stylesheets="mailto:x" is not an http(s) address');
    expect(unknownOption.stdout).to.equal((await prerender(SNIPPET)).html);
    const help = await cli(['--help']);
    expect([help.status, help.stderr]).to.deep.equal([0, '']);
    expect(help.stdout).to.contain('--stylesheets');
    for (const run of [unknownCommand, missing, folder, unknownOption]) expect(run.stderr).to.not.match(STACK_TRACE);
  });

  it('warns about unknown or bad options of the API, and rejects what is not HTML text', async () => {
    const result = await prerender(SNIPPET, { lang: 'de', colour: 'red', stylesheets: 'styles/' });
    expect(result.warnings).to.deep.equal([
      'prerender: unknown option "colour"; the options are lang, stylesheets and onWarning.',
      'prerender: stylesheets="styles/" is not an http(s) address; give the folder\'s, e.g. https://example.org/pa-statement-widget/v0.1.0/. Using inline styles.',
    ]);
    expect(result.html).to.contain('<style>');
    expect((await prerender(SNIPPET, 'de')).warnings).to.deep.equal([
      "prerender: options must be an object like { lang: 'de' }; ignoring de.",
    ]);
    expect((await prerender(42)).error).to.equal('TypeError: prerender(html): html must be a text, not number');
  });
});

interface Summary {
  length?: number;
  templates?: number;
  milliseconds?: number;
  error?: string;
  warnings: string[];
}
const summarized = (html: string, repeat: number) =>
  executeServerCommand<Summary, object>('prerender', { html, repeat, summary: true }) as Promise<Summary>;

describe('the prerenderer on what users write', () => {
  it('costs time in proportion to the widgets: ten times as many take about ten times as long', async function () {
    this.timeout(60000);
    const point = '<pa-statement-point point="4"></pa-statement-point>';
    await summarized(point, 20); // warm: modules loaded, templates prepared
    const [few, many] = [await summarized(point, 60), await summarized(point, 600)];
    expect([few.templates, many.templates]).to.deep.equal([60, 600]);
    const growth = (many.milliseconds as number) / (few.milliseconds as number);
    // Linear is about 10; the quadratic assembly it replaced took 37 to 51 times as long.
    expect(growth, `${few.milliseconds} ms, then ${many.milliseconds} ms`).to.be.below(25);
  });

  it('takes each point of a quote once, however long its list, and pages of many siblings', async () => {
    const quote = `<pa-statement-quote points="${'1,'.repeat(20000)}1"></pa-statement-quote>`;
    const repeated = await prerender(quote);
    // The page as it was, and one quote's shadow tree (it was one per entry, 18 MB for this list).
    expect(repeated.html?.length).to.be.below(quote.length + 10000);
    expect(repeated.html?.match(/part="slide"/g)).to.have.length(1);
    const siblings = await summarized('<p>x</p>', 130000);
    expect(siblings.error).to.equal(undefined);
    expect(siblings.length).to.equal(130000 * 8);
  });

  it('refuses more than it takes in one call, saying which limit, before any work', async () => {
    const widgets = await summarized('<pa-statement-point point="4"></pa-statement-point>', 1001);
    expect(widgets.error).to.equal(
      'RangeError: prerender(html): html holds 1001 widgets, more than the 1000 one call prerenders; prerender the page in parts.',
    );
    const characters = await summarized('x'.repeat(1024), 10 * 1024 + 1);
    expect(characters.error).to.match(
      /^RangeError: prerender\(html\): html holds 10486784 characters, more than the 10485760/,
    );
    const run = await cli(['prerender'], '<pa-statement-point point="4"></pa-statement-point>'.repeat(1001));
    expect([run.status, run.stdout]).to.deep.equal([1, '']);
    expect(run.stderr).to.match(
      /^pa-statement-widget: could not prerender: prerender\(html\): html holds 1001 widgets, .*\n$/,
    );
  });

  it('prerenders widgets in HTML only: inside <svg> or <math> the parser makes no shadow root', async () => {
    const foreign =
      '<svg><pa-statement-point point="4"></pa-statement-point></svg><math><pa-statement-point point="4"></pa-statement-point></math>';
    expect((await prerender(foreign)).html).to.equal(foreign);
  });

  it('writes what the page gave as text only: no language, attribute or address becomes markup', async () => {
    const hostile = 'x--><img src=x onerror=alert(1)><!--';
    const { html } = await prerender(
      `<pa-statement-point point="4" lang='${hostile}' href="javascript:alert(1)"></pa-statement-point>`,
    );
    const parsed = new DOMParser().parseFromString(html as string, 'text/html');
    const templates = [...parsed.querySelectorAll('template')];
    expect(templates).to.have.length(1);
    for (const root of [parsed, ...templates.map((template) => template.content)]) {
      expect(root.querySelectorAll('img, script, [onerror]')).to.have.length(0);
      expect([...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'))).to.deep.equal([]);
    }
    expect(parsed.querySelector('pa-statement-point')?.getAttribute('lang')).to.equal(hostile);
  });
});
