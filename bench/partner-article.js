// What readers feel: Lighthouse's mobile run (4× CPU slowdown, slow 4G, applied throttling) on a partner's news
// article holding the builder's three snippets, beside the same article prerendered by the built prerender()
// (dist/prerender/prerender.js, as a site's server would run it) and the article without the script (each element's
// fallback stays in view). The pages, and each run's Lighthouse report, are written into bench/pages/ and served
// gzipped from 127.0.0.1. Run alone, `npm run bench:lighthouse` (a build, then this file) rewrites this section
// of bench/RESULTS.md and leaves the others as they are.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runnerImport } from 'vite';
import { prerender } from '../dist/prerender/prerender.js';
import { browserPaths, chromiumArgs, chromiumVersion } from '../tools/browsers.js';
import { median, met, serve, writeSection } from './shared.js';

const root = new URL('../', import.meta.url);
const pages = new URL('./pages/', import.meta.url);
// Another build of the bundle may be measured on the same page, e.g. an older one copied under bench/pages/.
export const BUNDLE = process.env.BENCH_BUNDLE ?? '/cdn/pa-statement-widget.js';
/** The three pages, in the order each round measures them. */
const PAGES = ['without', 'widgets', 'prerendered'];

const paragraphs = [
  'The party’s international secretary met members of the Belarusian democratic movement this week and renewed the call for a peaceful, democratic transition in the country.',
  'Since the presidential election of 9 August 2020, hundreds of thousands of people have taken to the streets of Minsk, Grodno, Brest and other cities, week after week.',
  'Together with our partners in the Progressive Alliance we adopted a statement on 18 September 2020. Its fourth point could not be clearer:',
  'Our members of parliament have raised the situation of political prisoners in committee, and will keep doing so until every one of them is free.',
  'The statement in full sets out what we and our sister parties demand of the authorities in Minsk, of the European Union and of the OSCE.',
  'Trade unions in Belarus have called strikes at state enterprises; workers who joined them have been dismissed or detained. We stand with them.',
  'Women have been at the forefront of the protests, forming chains of solidarity in white clothes with flowers in their hands.',
  'We will hold a public meeting on the situation in Belarus next month, with speakers from the democratic opposition and from civil society.',
  'From the statement, in the words of the parties that signed it:',
  'The European Union has prepared sanctions against those responsible for the violence and the falsification of the election results.',
  'We call on everyone to follow the news from Belarus, to share it, and to support the independent media that report it at great risk.',
];

/**
 * A party's news article: its paragraphs, with each of `inserts` (`[index, html]`, applied in order) spliced in
 * among them.
 */
export function article(inserts) {
  const body = paragraphs.map((text) => `<p>${text}</p>`);
  for (const [index, html] of inserts) body.splice(index, 0, html);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Solidarity with the people of Belarus · News</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; }
  header { padding: 1em; background: #b0151e; color: #fff; font: bold 1.1em sans-serif; }
  nav a { color: #fff; margin-right: 1em; }
  main { max-width: 40em; margin: 0 auto; padding: 1em; }
  h1 { font-size: 1.8em; line-height: 1.2; }
  main > * + * { margin-top: 1.2em; }
  footer { padding: 2em 1em; background: #eee; }
</style>
</head>
<body>
<header>Social Democratic Party <nav><a href="#">News</a><a href="#">People</a><a href="#">Join</a></nav></header>
<main>
<h1>Solidarity with the people of Belarus</h1>
<p><time datetime="2020-09-21">21 September 2020</time> · International</p>
${body.join('\n')}
</main>
<footer>© Social Democratic Party</footer>
</body>
</html>
`;
}

/** The builder's three snippets for this article, `{ point, statement, quote }`, each loading the bundle. */
export async function articleSnippets() {
  const load = (path) => runnerImport(new URL(path, import.meta.url).pathname).then(({ module }) => module);
  const [{ snippetOf }, { defaultOptions }] = await Promise.all([
    load('../demo/embed-code/code.ts'),
    load('../demo/embed-code/options.ts'),
  ]);
  const snippet = (options) => snippetOf({ ...defaultOptions, scriptUrl: BUNDLE, ...options });
  return {
    point: snippet({ tag: 'pa-statement-point', point: '4', excerpt: true }),
    statement: snippet({ tag: 'pa-statement', limit: '3' }),
    quote: snippet({ tag: 'pa-statement-quote' }),
  };
}

/** A snippet without its script: its element and fallback alone. */
export const withoutScript = (snippet) => snippet.replace(/<script[^>]*><\/script>\n/, '');

/**
 * Writes the three article pages from the builder's own snippets: with the script, the same prerendered, and
 * without the script; returns their file names.
 */
export async function writeArticlePages() {
  const { point, statement, quote } = await articleSnippets();
  const places = (strip) => [
    [3, strip(point)],
    [7, strip(statement)],
    [12, strip(quote)],
  ];
  const html = { widgets: article(places((snippet) => snippet)), without: article(places(withoutScript)) };
  html.prerendered = await prerender(html.widgets);
  const written = Object.fromEntries(PAGES.map((page) => [page, `article-${page}.html`]));
  mkdirSync(pages, { recursive: true });
  for (const page of PAGES) writeFileSync(new URL(written[page], pages), html[page]);
  return written;
}

/**
 * One Lighthouse mobile run: TBT, LCP, CLS and the long tasks the widget's bundle caused. The whole report is kept
 * in `report` (under bench/pages/) for a closer look, e.g. at its `layout-shifts` and `long-tasks` audits.
 */
async function measure(url, report) {
  const chrome = await chromeLauncher.launch({
    chromePath: browserPaths.chromium,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      throttlingMethod: 'devtools',
    });
    writeFileSync(report, JSON.stringify(lhr));
    const value = (audit) => lhr.audits[audit].numericValue;
    const longTasks = (lhr.audits['long-tasks'].details?.items ?? []).filter((task) => task.url.includes(BUNDLE));
    return {
      tbt: value('total-blocking-time'),
      lcp: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      longTasks: longTasks.map((task) => Math.round(task.duration)),
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Runs Lighthouse `runs` times on each page, alternating them so that all three see the same machine; returns each
 * page's medians and every run.
 */
export async function partnerArticle(runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5)) {
  const written = await writeArticlePages();
  const server = await serve({ gzip: true });
  const { port } = server.address();
  const url = (file) => `http://127.0.0.1:${port}/bench/pages/${file}`;
  const results = Object.fromEntries(PAGES.map((page) => [page, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const page of PAGES) {
        results[page].push(await measure(url(written[page]), new URL(`lighthouse-${page}-${run + 1}.json`, pages)));
        console.log(`lighthouse ${page} ${run + 1}/${runs}: ${JSON.stringify(results[page].at(-1))}`);
      }
    }
  } finally {
    server.close();
  }
  const summary = (list) => ({
    tbt: median(list.map((run) => run.tbt)),
    lcp: median(list.map((run) => run.lcp)),
    cls: median(list.map((run) => run.cls)),
    longTasks: list.map((run) => run.longTasks),
  });
  const { version } = JSON.parse(readFileSync(new URL('node_modules/lighthouse/package.json', root), 'utf8'));
  return { version, runs, ...Object.fromEntries(PAGES.map((page) => [page, summary(results[page])])) };
}

export const HEADING = "## What readers feel: a partner's article";

/** The section of bench/RESULTS.md that `partnerArticle()`'s figures make. */
export function articleSection(article) {
  const { without, widgets, prerendered } = article;
  // A metric's row: its median on each page; on the two with the widget, in brackets, what it adds to the article
  // without the script, which the target bounds.
  const row = (name, metric, format, target, within) => {
    const cell = (page) => {
      const added = page[metric] - without[metric];
      return `${format(page[metric])} (${added < 0 ? '−' : '+'}${format(Math.abs(added))})`;
    };
    const ok = (page) => met(within(page[metric] - without[metric]));
    return `| ${name} | ${format(without[metric])} | ${cell(widgets)} | ${cell(prerendered)} | ${target} | ${ok(widgets)} | ${ok(prerendered)} |`;
  };
  const ms = (value) => `${Math.round(value)} ms`;
  const score = (value) => value.toFixed(3);
  const tasksOf = (page) =>
    page.longTasks
      .map(
        (tasks, run) => `run ${run + 1}: ${tasks.length > 0 ? tasks.map((task) => `${task} ms`).join(', ') : 'none'}`,
      )
      .join('; ');
  return `${HEADING}

Lighthouse ${article.version} on ${new Date().toISOString().slice(0, 10)} (${chromiumVersion()}, headless), mobile
preset (4× CPU slowdown, slow 4G, applied throttling), on a party's news article with the builder's three snippets
among its paragraphs (\`<pa-statement-point point="4" excerpt>\`, \`<pa-statement limit="3">\`,
\`<pa-statement-quote>\`); beside it the same article prerendered, as a site would serve it after running
\`prerender()\` (dist/prerender/prerender.js) over it, and the article without the script, where each element's
fallback stays in view. Median of ${article.runs} runs each, the three pages alternating; in brackets, what a page adds
to the article without the script. The prerendered widgets paint with the page, from their declarative shadow roots,
before the bundle has loaded, and each hydrates only when it must (the point and the statement on the reader's first
input, the quote once seen and the browser idle), so while Lighthouse watches they stay as served: against the page with the widget, the
comparison shows what server rendering changes for readers; against the page without the script, what the widgets
still cost.

| | without the widget | with the widget | prerendered | target (added) | with the widget | prerendered |
| --- | --- | --- | --- | --- | --- | --- |
${row('Total Blocking Time', 'tbt', ms, '≤ 30 ms', (added) => added <= 30)}
${row('Largest Contentful Paint', 'lcp', ms, '≤ +50 ms', (added) => added <= 50)}
${row('Cumulative Layout Shift', 'cls', score, '0', (added) => added === 0)}

Long tasks (over 50 ms) that Lighthouse attributes to the bundle, per run: with the widget, ${tasksOf(widgets)};
prerendered, ${tasksOf(prerendered)}.
`;
}

// Run alone: `npm run bench:lighthouse` (or, after `npm run build`, `node bench/partner-article.js`) replaces this
// section of bench/RESULTS.md.
if (import.meta.url === `file://${process.argv[1]}`) {
  const section = articleSection(await partnerArticle());
  writeSection(HEADING, section);
  console.log(section);
}
