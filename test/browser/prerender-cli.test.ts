// The prerenderer from Node (`pa-statement-widget/prerender`) and its command line (`pa-statement-widget prerender`),
// built into dist/ and run by the test server (tools/test-env/server-side.js): the same output from both, the page otherwise
// unchanged, and a clear sentence, never a stack trace, for bad input.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { escapeHtml } from '../../src/shared/escape-html.js';

interface Prerendered {
  html?: string;
  error?: string;
  warnings: string[];
}
interface Run {
  stdout: string;
  stderr: string;
  status: number;
  milliseconds: number;
  /** Ended before reading all of its standard input. */
  unread: boolean;
  /** The temporary file it read, where asked to read one. */
  path?: string;
}

const prerender = (html: unknown, options?: unknown) =>
  executeServerCommand<Prerendered, object>('prerender', { html, options }) as Promise<Prerendered>;
const cli = (args: string[], input = '', more: { repeat?: number; file?: boolean } = {}) =>
  executeServerCommand<Run, object>('prerender-cli', { args, input, ...more }) as Promise<Run>;

const fixture = 'test/fixtures/partner-page.txt';
const readFixture = async () => (await fetch(new URL('../fixtures/partner-page.txt', import.meta.url))).text();

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

  it('reads standard input as -, refuses what is not UTF-8, and takes nesting as deep as browsers build', async () => {
    const dashed = await cli(['prerender', '-'], SNIPPET);
    expect(dashed.stdout).to.equal((await prerender(SNIPPET)).html);
    const latin = await cli(['prerender', 'test/fixtures/windows-1252-page.txt']);
    expect([latin.status, latin.stdout]).to.deep.equal([1, '']);
    expect(latin.stderr).to.equal(
      'pa-statement-widget: test/fixtures/windows-1252-page.txt is not UTF-8 text; convert it to UTF-8 first (its meta charset too).\n',
    );
    // <body> and 511 elements in it: as deep as Chromium, Firefox and WebKit nest.
    const deep = `${'<div>'.repeat(510)}<pa-statement-point point="4"></pa-statement-point>${'</div>'.repeat(510)}`;
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
    // The fastest of three runs of each: a shared machine's pauses (another process, a collection) only add time.
    const fastest = async (repeat: number) => {
      const runs = [];
      for (let run = 0; run < 3; run += 1) runs.push(await summarized(point, repeat));
      return runs.reduce((best, next) => ((next.milliseconds as number) < (best.milliseconds as number) ? next : best));
    };
    const [few, many] = [await fastest(60), await fastest(600)];
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

const DEEP_POINT = '<pa-statement-point point="4"></pa-statement-point>';

const nesting = (html: string) =>
  executeServerCommand<{ parse5: number; counted: number }, object>('nesting', { html }) as Promise<{
    parse5: number;
    counted: number;
  }>;

/**
 * Markup on which a count of tags goes wrong, each repeated: end tags the parser ignores or that close more, elements
 * it closes or opens unwritten, raw text, foreign content and its ways out, templates, selects, tables, framesets, and
 * formatting elements it closes, moves and reopens.
 */
const TRICKY_MARKUP = [
  '<div>',
  '<DIV class=x/>',
  '<p>x',
  '<li>x',
  '<ul><li>',
  '<dl><dt><dd>',
  '<h1><h2>',
  '<button><div><button>',
  '<option><div><option>',
  '<select><option><optgroup>',
  '<select><title></select><div>',
  '<ruby><rb><rt><rp>',
  '<pre><listing><xmp></xmp>',
  '<span><div></span>',
  '<div></span>',
  '<form><div></form>',
  '<table><tr><td>',
  '<table><td><table><td>',
  '<div><table></div><td>',
  '<table><caption><div>',
  '<table><colgroup><col><div>',
  '<table><tbody><tr><form><td>',
  '<table><form>',
  '<table><template><td></table><a/>',
  '<table><template><tbody></table><b/></p>',
  '<template><caption><select><td>',
  '<table>x<b>y',
  '<p><table></table><button>',
  '<!doctype html><p><table></table><button>',
  '<template><tr>',
  '<template><td><div>',
  '<template><div><td><span></td>',
  '<b><p>x',
  '<p><b>x',
  '<b><i><u><s></b>',
  '<a><div><a></a></a>',
  '<a name="anchor"/><h3><a name="anchor"/>',
  '<nobr><div><nobr>',
  '<object><b>x</object>',
  '<math><mi><div>',
  '<math><mtext><mo></mtext><style/>',
  '<math><annotation-xml encoding="text/html"><div>',
  '<math><annotation-xml encoding="text&#47;html"><div/>',
  '<math><annotation-xml encoding="TEXT/HTML"><style>',
  '<svg><foreignObject><div>',
  '<svg><style><div>',
  '<svg><font color=red/>',
  '<font color=1><svg><font size=2>',
  '<svg><![CDATA[<div>]]><g>',
  '<script><!--<script></script></div>--></script><div>',
  '<textarea></textarea><div>',
  '<iframe><div></iframe><div>',
  '<noscript><div>',
  '<title><div></title/><div>',
  '<!--<div>--!><div>',
  '<frameset><frameset>',
  '<div><frameset>',
];

describe('the prerenderer on markup that would tie up the parser', () => {
  it('refuses nesting deeper than browsers build, and tags of more than 1,000 attributes, saying where', async () => {
    // <body>, 510 <div> and the widget: as deep as browsers nest.
    const deepest = await prerender(`${'<div>'.repeat(510)}${DEEP_POINT}`);
    expect(deepest.error).to.equal(undefined);
    expect(deepest.html).to.contain('<template shadowrootmode="open">');
    expect((await prerender(`${'<div>'.repeat(511)}${DEEP_POINT}`)).error).to.equal(
      "RangeError: prerender(html): html nests elements more than 512 deep (at character 2556), deeper than browsers' HTML parsers go; close the elements it leaves open.",
    );
    const attributes = (count: number) =>
      `<p>Before.</p><pa-statement-point point="4"${' data-x'.repeat(count - 1)}></pa-statement-point>`;
    expect((await prerender(attributes(1000))).error).to.equal(undefined);
    expect((await prerender(attributes(1001))).error).to.equal(
      'RangeError: prerender(html): html writes 1001 attributes in one tag (at character 15), more than the 1000 one call takes; remove those the page does not need.',
    );
  });

  it('counts nesting as browsers build it, not what closes itself, ends with its parent, or is text', async () => {
    // Each repeated 600 times: past 512 if each opened an element that stays open.
    const flat = [
      '<br><img src="x.png" alt=""><input><hr><wbr>',
      '<!-- <div> --><!----><!-- </p> <div> --!>',
      '<script>if (a < b) document.write("<div>")</script>',
      '<script><!--<script></script><div>--></script>',
      '<style>/* <div> */</style><textarea><div></textarea><title><div></title>',
      '<svg viewBox="0 0 1 1"><path d="M0 0"/><g><circle r="1"/></g></svg>',
      '<math><mi>x</mi><mo/></math>',
      '<p>A paragraph left open',
      '<b>bold</b> <i><b>nested</b></i> <p><b>bold left open',
    ];
    const lists = [
      `<ul>${'<li>an item left open'.repeat(600)}</ul>`,
      `<dl>${'<dt>term<dd>description'.repeat(600)}</dl>`,
      `<table>${'<tr><td>a<td>b'.repeat(600)}</table>`,
      `<select>${'<option>one'.repeat(600)}</select>`,
    ];
    for (const html of [...flat.map((markup) => markup.repeat(600)), ...lists]) {
      const result = await prerender(`${html}${DEEP_POINT}`);
      expect(result.error, html.slice(0, 60)).to.equal(undefined);
    }
  });

  it('counts nesting as parse5 builds it, on markup that trips a count of tags', async () => {
    for (const markup of [...TRICKY_MARKUP.map((tricky) => tricky.repeat(300)), await readFixture()]) {
      const { parse5, counted } = await nesting(markup);
      expect(counted, markup.slice(0, 80)).to.equal(parse5);
    }
    const reopened = Array.from({ length: 300 }, (_, index) => `<div><b class="b${index}"></div>x`).join('');
    expect(await nesting(reopened)).to.deep.equal({ parse5: 302, counted: 302 });
  });

  it('counts what browsers nest that a count of tags would miss', async () => {
    const deep = [
      // Self-closing syntax on an HTML element opens it all the same.
      '<div/>'.repeat(600),
      // An end tag of an element not open, or beyond a block, is ignored.
      '<div></span>'.repeat(600),
      '<span><div></span>'.repeat(300),
      // Text of a script that hides its end tags.
      '<div><script><!--<script></script></div>--></script>'.repeat(600),
      // Formatting elements left open are reopened in each block.
      Array.from({ length: 600 }, (_, index) => `<div><b class="b${index}"></div>x`).join(''),
    ];
    for (const html of deep) {
      expect((await prerender(html)).error, html.slice(0, 60)).to.match(
        /^RangeError: prerender\(html\): html nests elements more than 512 deep/,
      );
    }
  });

  it('refuses markup that has the parser reopen more elements than it has characters', async () => {
    // 400 bold elements left open, reopened in each of 20 blocks, again and again.
    const bold = Array.from({ length: 400 }, (_, index) => `<b class="b${index}">`).join('');
    const blocks = `${'<div>'.repeat(20)}x${'</div>x'.repeat(19)}</div>`.repeat(100);
    expect((await prerender(`<div>${bold}</div>${blocks}`)).error).to.match(
      /^RangeError: prerender\(html\): html has a browser's HTML parser reopen \d+ elements by character \d+, more than one a character, as formatting elements such as <b> left open across blocks make it do; close them\.$/,
    );
  });

  it('answers within a second on the command line, for nesting 40,000 deep and a tag of 100,000 attributes', async () => {
    const nested = await cli(['prerender'], `${'<div>'.repeat(40000)}${DEEP_POINT}`);
    const attributes = Array.from({ length: 100000 }, (_, index) => ` data-${index}="x"`).join('');
    const written = await cli(['prerender'], `<pa-statement-point point="4"${attributes}></pa-statement-point>`);
    for (const run of [nested, written]) {
      expect([run.status, run.stdout]).to.deep.equal([1, '']);
      expect(run.stderr).to.not.match(STACK_TRACE);
      // A second, with room for a busy machine: before the limits, these took 10 and 24 seconds.
      expect(run.milliseconds).to.be.below(2000);
    }
    expect(nested.stderr).to.equal(
      "pa-statement-widget: could not prerender: prerender(html): html nests elements more than 512 deep (at character 2556), deeper than browsers' HTML parsers go; close the elements it leaves open.\n",
    );
    expect(written.stderr).to.equal(
      'pa-statement-widget: could not prerender: prerender(html): html writes 100001 attributes in one tag (at character 1), more than the 1000 one call takes; remove those the page does not need.\n',
    );
  });

  it('reads no more of standard input, or of a file, than the characters one call takes', async function () {
    this.timeout(30000);
    const megabyte = 'x'.repeat(1024 * 1024);
    const piped = await cli(['prerender'], megabyte, { repeat: 40 });
    expect([piped.status, piped.stdout, piped.unread]).to.deep.equal([1, '', true]);
    expect(piped.stderr).to.equal(
      'pa-statement-widget: could not prerender: standard input holds more than the 10485760 characters one call takes; prerender the page in parts.\n',
    );
    // Thirty-one million bytes are more than ten million characters in any UTF-8: refused before it is read.
    const file = await cli(['prerender'], megabyte, { repeat: 31, file: true });
    expect([file.status, file.stdout]).to.deep.equal([1, '']);
    expect(file.stderr).to.equal(
      `pa-statement-widget: could not prerender: ${file.path} holds more than the 10485760 characters one call takes; prerender the page in parts.\n`,
    );
    // Within three bytes a character, it is read, and refused once its characters pass the limit.
    const read = await cli(['prerender'], megabyte, { repeat: 11, file: true });
    expect(read.stderr).to.equal(
      `pa-statement-widget: could not prerender: ${read.path} holds more than the 10485760 characters one call takes; prerender the page in parts.\n`,
    );
  });
});

describe('the prerenderer on addresses and attributes that hold markup characters', () => {
  /**
   * As a browser parses the page: its widgets, the templates of each, and of each one's shadow tree its content, the
   * elements at its top and its stylesheet links.
   */
  function parsed(html: string) {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const widgets = [...page.body.children];
    const templates = widgets.map((widget) => [...widget.children].filter((child) => child.localName === 'template'));
    const contents = templates.map(([template]) => (template as HTMLTemplateElement | undefined)?.content);
    const tops = contents.map((content) => [...(content?.children ?? [])].map((child) => child.localName));
    const links = contents.map((content) => [...(content?.querySelectorAll('link') ?? [])]);
    return { page, widgets, templates, contents, tops, links };
  }

  for (const address of ["https://cdn.example/a$'b/", 'https://cdn.example/a$&b/']) {
    it(`links the stylesheets at an address holding a replacement pattern as given: ${address}`, async () => {
      const run = await cli(
        ['prerender', '--stylesheets', address],
        `${DEEP_POINT}<pa-statement-quote></pa-statement-quote>`,
      );
      expect(run.stderr).to.equal('');
      const { widgets, templates, tops, links } = parsed(run.stdout);
      expect(widgets.map((widget) => widget.localName)).to.deep.equal(['pa-statement-point', 'pa-statement-quote']);
      // One shadow tree each: the link, then the widget's figure or carousel, once.
      expect(templates.map((list) => list.length)).to.deep.equal([1, 1]);
      expect(tops).to.deep.equal([
        ['link', 'figure'],
        ['link', 'section'],
      ]);
      expect(links.map((list) => list.map((link) => link.getAttribute('href')))).to.deep.equal([
        [`${address}pa-statement-point.css`],
        [`${address}pa-statement-quote.css`],
      ]);
      expect(run.stdout).to.contain(`href="${escapeHtml(address)}pa-statement-point.css"`);
    });
  }

  it('writes attributes and addresses holding ", &, < and \' so that they parse back as they were', async () => {
    const href = "https://example.org/?a=1&amp;b=&quot;x&quot;&lt;'y'";
    const label = "Quotes &amp; &quot;more&quot; &lt;b&gt;bold&lt;/b&gt; 'here'";
    const html = `<pa-statement-quote label="${label}" href="${href}" points="2,4"></pa-statement-quote><pa-statement-point point="4" href='${href.replace(/'/g, '&#39;')}' excerpt></pa-statement-point>`;
    const stylesheets = 'https://cdn.example/a&amp;b&lt;c&quot;/';
    const { html: output, warnings } = await prerender(html, { stylesheets });
    expect(warnings).to.deep.equal([]);
    const given = parsed(html);
    const { page, widgets, templates, contents, tops, links } = parsed(output as string);
    expect(widgets.map((widget) => widget.localName)).to.deep.equal(['pa-statement-quote', 'pa-statement-point']);
    for (const [index, widget] of widgets.entries()) {
      for (const name of ['label', 'href', 'points', 'point', 'excerpt']) {
        expect(widget.getAttribute(name), name).to.equal(given.widgets[index].getAttribute(name));
      }
    }
    expect(widgets[0].getAttribute('label')).to.equal('Quotes & "more" <b>bold</b> \'here\'');
    expect(widgets[1].getAttribute('href')).to.equal('https://example.org/?a=1&b="x"<\'y\'');
    expect(templates.map((list) => list.length)).to.deep.equal([1, 1]);
    expect(tops).to.deep.equal([
      ['link', 'section'],
      ['link', 'figure'],
    ]);
    // The address as given: its `&…;` are text, however much they look like character references.
    expect(links.map((list) => list.map((link) => link.getAttribute('href')))).to.deep.equal([
      [`${stylesheets}pa-statement-quote.css`],
      [`${stylesheets}pa-statement-point.css`],
    ]);
    // Nothing else became markup: the page holds the two widgets and their templates, and these the widgets' parts.
    expect(page.querySelectorAll('body *:not(pa-statement-quote, pa-statement-point, template)')).to.have.length(0);
    for (const content of contents) {
      expect(
        content?.querySelectorAll('b, script, img, template, pa-statement-quote, pa-statement-point'),
      ).to.have.length(0);
    }
  });
});
