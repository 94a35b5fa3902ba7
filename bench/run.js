// `npm run bench`: every benchmark of the performance issue, each against its baseline in the same run, in
// Debian's Chromium; results (with date, browser and machine) go to bench/RESULTS.md. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs, chromiumVersion } from '../scripts/browsers.js';
import { longTasks, longTaskSection } from './long-tasks.js';
import { articleSection, partnerArticle } from './partner-article.js';
import { met, serve } from './shared.js';

const root = new URL('../', import.meta.url);
const pages = new URL('./pages/', import.meta.url);
const sampleSize = Number(process.env.BENCH_SAMPLES ?? 40);
const browser = {
  name: 'chrome',
  headless: true,
  binary: browserPaths.chromium,
  addArguments: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
};

/**
 * Runs one tachometer comparison of `widget` against each of `baselines`, all pages of the case interleaved in one
 * run; returns the means and, per baseline, the widget/baseline ratio with its 95% confidence interval.
 */
function compare(name, measurement, widget, ...baselines) {
  const config = new URL(`${name}.json`, pages);
  const results = new URL(`${name}.results.json`, pages);
  const benchmark = (label, url) => ({ name: label, url, measurement, browser });
  writeFileSync(
    config,
    JSON.stringify({
      root: '../..',
      sampleSize,
      timeout: 0,
      benchmarks: [benchmark(...widget), ...baselines.map((baseline) => benchmark(...baseline))],
    }),
  );
  execFileSync('npx', ['tach', '--config', config.pathname, '--json-file', results.pathname], {
    stdio: 'inherit',
    env: { ...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true' },
  });
  const all = JSON.parse(readFileSync(results, 'utf8')).benchmarks;
  /** The ratio of page `a`'s mean over page `b`'s (indices in the run's order: the widget first). */
  const between = (a, b) => {
    const { low, high } = all[a].differences[b].percentChange;
    return { low: 1 + low / 100, high: 1 + high / 100 };
  };
  const [first, ...others] = all;
  const versus = (other, index) => ({
    name: other.name,
    mean: other.mean,
    bytes: other.bytesSent,
    ratio: between(0, index + 1),
  });
  const [baseline, ...more] = others.map(versus);
  return { name, widget: { name: first.name, mean: first.mean, bytes: first.bytesSent }, baseline, more, between };
}

/** Files a module graph loads, following static imports: what a page downloads for `entries`. */
function moduleGraph(entries) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    if (extname(url.pathname) !== '.js') return;
    const code = readFileSync(url, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(new URL(specifier, url));
    }
  };
  for (const entry of entries) visit(new URL(entry, root));
  return [...seen].map((href) => new URL(href));
}

function transferSize(entries) {
  const files = moduleGraph(entries);
  const bodies = files.map((file) => readFileSync(file));
  return {
    files: files.length,
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

/** 10,000 create / append / remove cycles of <pa-statement-quote>: heap growth after GC, timers and observers left. */
async function memoryCase() {
  const server = await serve();
  const launched = await chromium.launch({
    executablePath: browserPaths.chromium,
    args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await launched.newPage();
    // Counts what is still pending: timers not yet run or cleared, observers not disconnected.
    await page.addInitScript(() => {
      const timers = new Set();
      const { setTimeout: set, clearTimeout: clear } = window;
      window.setTimeout = (callback, delay, ...rest) => {
        const id = set(() => (timers.delete(id), callback(...rest)), delay);
        timers.add(id);
        return id;
      };
      window.clearTimeout = (id) => (timers.delete(id), clear(id));
      let observing = 0;
      const Observer = window.IntersectionObserver;
      window.IntersectionObserver = class extends Observer {
        observe(target) {
          observing += 1;
          super.observe(target);
        }
        disconnect() {
          observing -= 1;
          super.disconnect();
        }
      };
      window.pending = () => ({ timers: timers.size, observers: observing });
    });
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}/bench/pages/memory.html`);
    return await page.evaluate(async () => {
      await customElements.whenDefined('pa-statement-quote');
      const cycles = async (count) => {
        for (let cycle = 0; cycle < count; cycle += 1) {
          const element = document.createElement('pa-statement-quote');
          document.body.append(element);
          await element.updateComplete;
          element.remove();
        }
      };
      const heap = async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (let pass = 0; pass < 3; pass += 1) window.gc();
        return performance.memory.usedJSHeapSize;
      };
      await cycles(500); // warm up: template caches and compiled code are not leaks
      const before = await heap();
      const started = performance.now();
      await cycles(10000);
      const millis = performance.now() - started;
      const after = await heap();
      return { growth: after - before, before, after, millis, ...window.pending() };
    });
  } finally {
    await launched.close();
    server.close();
  }
}

/**
 * What each shadow-DOM floor is made of, and whether it shows what its widget shows: its page with `?check` (see
 * floorSetup in pages.js) renders each specimen as the widget and as the floor and compares their text and boxes.
 */
async function floorChecks(files) {
  const server = await serve();
  const launched = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
  try {
    const page = await launched.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const checks = {};
    for (const file of files) {
      await page.goto(`http://127.0.0.1:${server.address().port}/bench/pages/${file}?check`);
      // A floor that cannot be made would leave tachometer waiting for ever: stop here instead.
      const check = await page
        .waitForFunction(() => window.floorCheck, null, { timeout: 60000 })
        .catch((error) => {
          throw new Error(`${file}: no floor (${errors.join('; ') || error.message})`);
        });
      checks[file] = await check.jsonValue();
      const same = ({ widget, floor }) =>
        widget.text === floor.text && widget.width === floor.width && widget.height === floor.height;
      checks[file].same = checks[file].keys.every(same);
      if (!checks[file].same || !checks[file].sameSheets) {
        console.warn(`${file}: the floor differs from the widget: ${JSON.stringify(checks[file])}`);
      }
    }
    return checks;
  } finally {
    await launched.close();
    server.close();
  }
}

execFileSync('node', [new URL('./pages.js', import.meta.url).pathname], { stdio: 'inherit' });
const floors = await floorChecks(['statement-floor.html', 'points-floor.html']);
const statementCase = compare(
  'statement',
  'global',
  ['<pa-statement>', 'statement-widget.html'],
  ['static HTML', 'statement-static.html'],
  ['shadow-DOM floor', 'statement-floor.html'],
);
const pointsCase = compare(
  'points',
  'global',
  ['200 <pa-statement-point>', 'points-widget.html'],
  ['200 static figures', 'points-static.html'],
  ['200 shadow-DOM floors', 'points-floor.html'],
);
const quoteCase = compare(
  'quote',
  'global',
  ['<pa-statement-quote>', 'quote-widget.html'],
  ['Shoelace <sl-carousel>', 'quote-shoelace.html'],
);
const ours = transferSize(['cdn/pa-statement-widget.js']);
const shoelace = transferSize([
  'node_modules/@shoelace-style/shoelace/cdn/components/carousel/carousel.js',
  'node_modules/@shoelace-style/shoelace/cdn/components/carousel-item/carousel-item.js',
  'node_modules/@shoelace-style/shoelace/cdn/themes/light.css',
]);
const memory = await memoryCase();
const tasks = await longTasks();
const article = await partnerArticle();

const ms = (mean) => `${((mean.low + mean.high) / 2).toFixed(1)} ms`;
const mid = ({ low, high }) => (low + high) / 2;
const ratio = ({ low, high }) => `${((low + high) / 2).toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** A row of case 1 or 2: the widget against one of its baselines, within 1.5×. */
const row = (name, testCase, baseline) =>
  `| ${name} | ${ms(testCase.widget.mean)} | ${ms(baseline.mean)} | ${ratio(baseline.ratio)} | ≤ 1.5× | ${met(mid(baseline.ratio) <= 1.5)} |`;
/** How each floor was made and checked, from its page's \`?check\`. */
function floorNote() {
  const statement = floors['statement-floor.html'];
  const point = floors['points-floor.html'];
  const [one] = statement.keys;
  const markup = point.keys.map((key) => key.markup);
  const heights = point.keys.map((key) => key.widget.height);
  const checked = [statement, point].every((floor) => floor.same && floor.sameSheets)
    ? 'each floor showed the same text in the same box as its widget'
    : "**a floor differed from its widget** (see the run's output)";
  return `The shadow-DOM floor is the element's own output without the element's code: a custom element of four lines
(\`attachShadow({ mode: 'open' })\`, \`adoptedStyleSheets = sheets\`, \`append(template.content.cloneNode(true))\` in its
\`connectedCallback\`), in a page that has loaded the bundle as well. Before anything is timed, that page renders one
real \`<pa-statement>\`, and one \`<pa-statement-point point="N">\` for each of the 11 points, with the bundle, and takes
from each its shadow root's nodes, cloned into a \`<template>\` **with every comment removed** (Lit's markers,
\`<!--?lit$…$-->\` and \`<!---->\`, are not in the floor): ${one.markup} characters of markup for the statement,
${Math.min(...markup)}–${Math.max(...markup)} for a point (a floor picks its point's template by its \`point\` attribute; the
200 follow the widgets' mix of points). The sheets are the constructable sheets the element's shadow root adopted:
${statement.sheets} (${statement.rules} rules) for the statement, ${point.sheets} (${point.rules} rules) for a point,
${statement.sameSheets && point.sameSheets ? 'the very objects of' : '**not** those of'} the class's \`elementStyles\`. The floor's host gets no
\`rendered\` attribute and its buttons no listeners. Checked in this run: ${checked} (the statement
${one.widget.width} × ${one.widget.height} px, the points ${point.keys[0].widget.width} px wide and ${Math.min(...heights)}–${Math.max(...heights)} px high).
In the same runs, the floor over static HTML: ${ratio(statementCase.between(2, 1))} for the statement,
${ratio(pointsCase.between(2, 1))} for the 200 points; that much the shadow roots, adopted sheets and clones cost
before any of the widget's own code.`;
}
const results = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${chromiumVersion()}, headless, through
tachometer ${JSON.parse(readFileSync(new URL('node_modules/tachometer/package.json', root), 'utf8')).version} and
Debian's chromedriver; ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB of
memory. ${sampleSize} samples per page, each case against its baselines in the same run. A ratio is the widget's
mean over the baseline's, with its 95% confidence interval; a target is met when the mean ratio meets it.

| case | widget | baseline | ratio (95% CI) | target | |
| --- | --- | --- | --- | --- | --- |
${row('1. work, warm, insertion to layout: one `<pa-statement>` vs the statement as static HTML', statementCase, statementCase.baseline)}
${row("1. the same, vs the shadow-DOM floor: the statement's own output cloned into a shadow root", statementCase, statementCase.more[0])}
${row('2. work, warm, insertion to layout: 200 `<pa-statement-point>` vs 200 static figures', pointsCase, pointsCase.baseline)}
${row("2. the same, vs 200 shadow-DOM floors: each point's own output cloned into a shadow root", pointsCase, pointsCase.more[0])}
| 3a. rendered and ready: \`<pa-statement-quote>\` vs Shoelace \`<sl-carousel>\`, 11 quotes | ${ms(quoteCase.widget.mean)} | ${ms(quoteCase.baseline.mean)} | ${ratio(quoteCase.baseline.ratio)} | faster | ${met(mid(quoteCase.baseline.ratio) < 1)} |
| 3b. bytes transferred (gzip -9; files) | ${ours.gzip} B (${ours.files}) | ${shoelace.gzip} B (${shoelace.files}) | ${(ours.gzip / shoelace.gzip).toFixed(2)}× | smaller | ${met(ours.gzip < shoelace.gzip)} |
| 4. 10,000 create / append / remove cycles of \`<pa-statement-quote>\`: heap growth after forced GC | ${(memory.growth / 1024).toFixed(0)} KiB | | | < 1 MiB | ${met(memory.growth < 1024 * 1024)} |
| 4. timers and IntersectionObservers left pending after the cycles | ${memory.timers} timers, ${memory.observers} observers | | | none | ${met(memory.timers === 0 && memory.observers === 0)} |

Uncompressed bytes the benchmark server sent for the quote pages: ${quoteCase.widget.bytes} B (widget page) and
${quoteCase.baseline.bytes} B (Shoelace page); Shoelace's files uncompressed: ${shoelace.raw} B. The 10,000 cycles took
${(memory.millis / 1000).toFixed(1)} s (heap ${kb(memory.before)} before, ${kb(memory.after)} after).
Cases 1 and 2 time twenty insertions after twenty untimed ones (the bundle loaded, Lit's templates prepared, the
code warm), from putting the markup into the page until every element has rendered (\`updateComplete\`) and the
page is laid out. Each case's three pages (widget, static HTML, floor) run interleaved in one tachometer run.

${floorNote()}

${longTaskSection(tasks)}
${articleSection(article)}`;
writeFileSync(new URL('./RESULTS.md', import.meta.url), results);
console.log(results);
