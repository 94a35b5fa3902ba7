// `npm run bench`: every benchmark of the performance issue, each against its baseline in the same run, in
// Debian's Chromium; results (with date, browser and machine) go to bench/RESULTS.md. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs, chromiumVersion } from '../tools/browsers.js';
import { longTasks, longTaskSection } from './long-tasks.js';
import { articleSection, partnerArticle } from './partner-article.js';
import { met, serve } from './shared.js';

const root = new URL('../', import.meta.url);
const pages = new URL('./pages/', import.meta.url);
const sampleSize = Number(process.env.BENCH_SAMPLES ?? 40);
/** Every case, in the order of bench/RESULTS.md; `long-tasks` and `lighthouse` are its two later sections. */
const CASES = ['1', '2', '3', '4', 'long-tasks', 'lighthouse'];
/**
 * BENCH_CASES (comma separated, e.g. `1,2`) runs some cases only, for a quick look; their results are printed, not
 * written: bench/RESULTS.md holds one run of every case, so that its ratios can be compared with each other.
 */
const selectedCases = (process.env.BENCH_CASES ?? CASES.join(',')).split(',').map((name) => name.trim());
const unknownCases = selectedCases.filter((name) => !CASES.includes(name));
if (unknownCases.length > 0) {
  throw new Error(`BENCH_CASES names ${unknownCases.join(', ')}; valid names: ${CASES.join(', ')}`);
}
const runs = (name) => selectedCases.includes(name);
const everyCase = CASES.every(runs);
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
      checks[file].inInsertingTask = checks[file].keys.every(({ widget }) => widget.inInsertingTask);
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

/** Case 1 or 2: the widget's page against static HTML and against its floor, with the floor's check. */
async function floorCase(name, widgetLabel, staticLabel, floorLabel) {
  const [floor] = Object.values(await floorChecks([`${name}-floor.html`]));
  return {
    ...compare(
      name,
      'global',
      [widgetLabel, `${name}-widget.html`],
      [staticLabel, `${name}-static.html`],
      [floorLabel, `${name}-floor.html`],
    ),
    floor,
  };
}

const ms = (mean) => `${((mean.low + mean.high) / 2).toFixed(1)} ms`;
const mid = ({ low, high }) => (low + high) / 2;
const ratio = ({ low, high }) => `${((low + high) / 2).toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** A row of case 1 or 2: the widget against one of its baselines, within 1.5×. */
const row = (name, testCase, baseline) =>
  `| ${name} | ${ms(testCase.widget.mean)} | ${ms(baseline.mean)} | ${ratio(baseline.ratio)} | ≤ 1.5× | ${met(mid(baseline.ratio) <= 1.5)} |`;
/** The floor's page over the static page, in the same run (pages in the order widget, static, floor). */
const floorOverStatic = (testCase) => ratio(testCase.between(2, 1));

const statementRows = (testCase) => [
  row(
    '1. work, warm, insertion to layout: one `<pa-statement>` vs the statement as static HTML',
    testCase,
    testCase.baseline,
  ),
  row(
    "1. the same, vs the shadow-DOM floor: the statement's own output cloned into a shadow root",
    testCase,
    testCase.more[0],
  ),
];
const pointsRows = (testCase) => [
  row(
    '2. work, warm, insertion to layout: 200 `<pa-statement-point>` vs 200 static figures',
    testCase,
    testCase.baseline,
  ),
  row(
    "2. the same, vs 200 shadow-DOM floors: each point's own output cloned into a shadow root",
    testCase,
    testCase.more[0],
  ),
];
const quoteRows = ({ quote, ours, shoelace }) => [
  `| 3a. rendered and ready: \`<pa-statement-quote>\` vs Shoelace \`<sl-carousel>\`, 11 quotes | ${ms(quote.widget.mean)} | ${ms(quote.baseline.mean)} | ${ratio(quote.baseline.ratio)} | faster | ${met(mid(quote.baseline.ratio) < 1)} |`,
  `| 3b. bytes transferred (gzip -9; files) | ${ours.gzip} B (${ours.files}) | ${shoelace.gzip} B (${shoelace.files}) | ${(ours.gzip / shoelace.gzip).toFixed(2)}× | smaller | ${met(ours.gzip < shoelace.gzip)} |`,
];
const memoryRows = (memory) => [
  `| 4. 10,000 create / append / remove cycles of \`<pa-statement-quote>\`: heap growth after forced GC | ${(memory.growth / 1024).toFixed(0)} KiB | | | < 1 MiB | ${met(memory.growth < 1024 * 1024)} |`,
  `| 4. timers and IntersectionObservers left pending after the cycles | ${memory.timers} timers, ${memory.observers} observers | | | none | ${met(memory.timers === 0 && memory.observers === 0)} |`,
];

/** What every page of cases 1 and 2 times, and how. */
const insertionNote = `Cases 1 and 2 time twenty insertions after twenty untimed ones (the bundle loaded, Lit's templates prepared, the
code warm), with one script for every page of a case. Each round empties the page's stage (a \`<div>\`, the page's
only content) and lays the page out, then reads \`performance.now()\`, sets the stage's \`innerHTML\` to the markup (the
tags are defined already, so each element upgrades and connects as it goes in), waits until no element in the stage
has an update pending (\`updateComplete\`, across tasks if an update waits for one, and again while one resolves
\`false\`; the floor's elements and static HTML have none), reads \`offsetHeight\` so the page is laid out, and reads
\`performance.now()\` again: from insertion to layout, the previous round's removal not included. A page's result is the
mean of its twenty rounds. Each case's three pages (widget, static HTML, floor) run interleaved in one tachometer run.`;

/** Whether every widget of the checked floors had rendered before the task that inserted it ended. */
function insertingTaskNote(checks) {
  return checks.every((check) => check.inInsertingTask)
    ? `every widget had rendered before the task that inserted it ended (added by a script after its tag is defined, a
widget renders in that task, as any Lit element does; a first render in a task of its own is only for a widget on the
page when the bundle defines its tag, which these cases do not measure), so no round waited across tasks`
    : "**a widget rendered in a later task** (see the run's output): its rounds include the wait for it";
}

/** How each floor was made and checked, from its page's `?check`. */
function floorNote(statementCase, pointsCase) {
  const statement = statementCase.floor;
  const point = pointsCase.floor;
  const [one] = statement.keys;
  const markup = point.keys.map((key) => key.markup);
  const heights = point.keys.map((key) => key.widget.height);
  const checked = [statement, point].every((floor) => floor.same && floor.sameSheets)
    ? 'each floor showed the same text in the same box as its widget'
    : "**a floor differed from its widget** (see the run's output)";
  return `The shadow-DOM floor is the project's reference for render cost, "the element's own output cloned into a shadow
root with its own style sheets", exactly: the nodes the element rendered into its shadow root, **with every comment
removed** (Lit's markers, \`<!--?lit$…$-->\` and \`<!---->\`), cloned with \`document.importNode(template.content, true)\`
(as Lit clones its templates: nodes of the page's own document) into a fresh shadow root, attached in \`connectedCallback\`
with the element class's \`shadowRootOptions\`, that adopts the very sheet objects the element's shadow root adopted:
${statement.sheets} (${statement.rules} rules) for the statement, ${point.sheets} (${point.rules} rules) for a point,
${statement.sameSheets && point.sameSheets ? 'the very objects of' : '**not** those of'} the class's \`elementStyles\`. The floor element does nothing else: its host gets no \`rendered\`
attribute, its buttons no listeners. The output is taken before anything is timed from one real \`<pa-statement>\`,
and one \`<pa-statement-point point="N">\` for each of the 11 points, rendered by the bundle in the same page:
${one.markup} characters of markup for the statement, ${Math.min(...markup)}–${Math.max(...markup)} for a point (a floor picks its point's template by its
\`point\` attribute; the 200 follow the widgets' mix of points). The floor's page is the widget's page but for the tag
in the inserted markup: both load the bundle, render the same specimens and define the floor element before timing,
and both run the timing script above, so the floor is inserted the same way (the same \`innerHTML\`, into the same
stage, as many elements), timed to the same end (no update pending, then a forced layout) with the same clock; the one
difference is the element's own code. Checked in this run: ${checked} (the statement
${one.widget.width} × ${one.widget.height} px, the points ${point.keys[0].widget.width} px wide and ${Math.min(...heights)}–${Math.max(...heights)} px high), and
${insertingTaskNote([statement, point])}.
In the same runs, the floor over static HTML: ${floorOverStatic(statementCase)} for the statement,
${floorOverStatic(pointsCase)} for the 200 points; that much the shadow roots, adopted sheets and clones cost
before any of the widget's own code.`;
}

/** Cases 1 and 2 in a run of some cases only: each floor's check and its cost over static HTML. */
const floorSummary = (name, testCase) =>
  `${name}: the floor over static HTML ${floorOverStatic(testCase)}; the same text in the same box as the widget: ${
    testCase.floor.same && testCase.floor.sameSheets ? 'yes' : 'NO'
  }; ${insertingTaskNote([testCase.floor]).replace(/\n/g, ' ')}.`;

function quoteCase() {
  return {
    quote: compare(
      'quote',
      'global',
      ['<pa-statement-quote>', 'quote-widget.html'],
      ['Shoelace <sl-carousel>', 'quote-shoelace.html'],
    ),
    ours: transferSize(['cdn/pa-statement-widget.js']),
    shoelace: transferSize([
      'node_modules/@shoelace-style/shoelace/cdn/components/carousel/carousel.js',
      'node_modules/@shoelace-style/shoelace/cdn/components/carousel-item/carousel-item.js',
      'node_modules/@shoelace-style/shoelace/cdn/themes/light.css',
    ]),
  };
}

execFileSync('node', [new URL('./pages.js', import.meta.url).pathname], { stdio: 'inherit' });
const statementCase = runs('1')
  ? await floorCase('statement', '<pa-statement>', 'static HTML', 'shadow-DOM floor')
  : undefined;
const pointsCase = runs('2')
  ? await floorCase('points', '200 <pa-statement-point>', '200 static figures', '200 shadow-DOM floors')
  : undefined;
const quote = runs('3') ? quoteCase() : undefined;
const memory = runs('4') ? await memoryCase() : undefined;
const tasks = runs('long-tasks') ? await longTasks() : undefined;
const article = runs('lighthouse') ? await partnerArticle() : undefined;

const tableHead = `| case | widget | baseline | ratio (95% CI) | target | |
| --- | --- | --- | --- | --- | --- |`;

if (!everyCase) {
  const rows = [
    ...(statementCase ? statementRows(statementCase) : []),
    ...(pointsCase ? pointsRows(pointsCase) : []),
    ...(quote ? quoteRows(quote) : []),
    ...(memory ? memoryRows(memory) : []),
  ];
  const floors = [
    ...(statementCase ? [floorSummary('Case 1', statementCase)] : []),
    ...(pointsCase ? [floorSummary('Case 2', pointsCase)] : []),
  ];
  console.log(`BENCH_CASES=${selectedCases.join(',')}, ${sampleSize} samples per page; bench/RESULTS.md left as it was.
${rows.length > 0 ? `\n${tableHead}\n${rows.join('\n')}\n` : ''}${floors.length > 0 ? `\n${floors.join('\n')}\n` : ''}${
    tasks ? `\n${longTaskSection(tasks)}` : ''
  }${article ? `\n${articleSection(article)}` : ''}`);
} else {
  const results = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${chromiumVersion()}, headless, through
tachometer ${JSON.parse(readFileSync(new URL('node_modules/tachometer/package.json', root), 'utf8')).version} and
Debian's chromedriver; ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB of
memory. ${sampleSize} samples per page, each case against its baselines in the same run. A ratio is the widget's
mean over the baseline's, with its 95% confidence interval; a target is met when the mean ratio meets it.

${tableHead}
${[...statementRows(statementCase), ...pointsRows(pointsCase), ...quoteRows(quote), ...memoryRows(memory)].join('\n')}

Uncompressed bytes the benchmark server sent for the quote pages: ${quote.quote.widget.bytes} B (widget page) and
${quote.quote.baseline.bytes} B (Shoelace page); Shoelace's files uncompressed: ${quote.shoelace.raw} B. The 10,000 cycles took
${(memory.millis / 1000).toFixed(1)} s (heap ${kb(memory.before)} before, ${kb(memory.after)} after).
${insertionNote}

${floorNote(statementCase, pointsCase)}

${longTaskSection(tasks)}
${articleSection(article)}`;
  writeFileSync(new URL('./RESULTS.md', import.meta.url), results);
  console.log(results);
}
