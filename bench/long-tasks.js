// Long tasks at 4× CPU slowdown: the partner's article (bench/partner-article.js) in three variants, loaded in
// Debian's Chromium through playwright-core with the DevTools protocol's Emulation.setCPUThrottlingRate, on a phone's
// screen. Every task over 50 ms is recorded by a PerformanceObserver for `longtask` (buffered), registered by an init
// script before the page runs anything, from the start of the navigation until 5 s after the load event; a
// `long-animation-frame` observer records, beside it, which scripts ran in those frames, so that a long task can be
// put down to the bundle's evaluation, a widget's render or hydration. The variants:
//   bundle       the article with the bundle's script and no widget;
//   plain        the article with the builder's three snippets (the statement in view), as a page pastes them;
//   prerendered  the same page after prerender() (dist/prerender/prerender.js), as a site's server would serve it.
// Each load gets a fresh browser context (its own renderer process and cache); the variants alternate, after one
// untimed load that starts the browser's services. Pages are
// written into bench/pages/ and served gzipped from 127.0.0.1, with no network throttling. Run alone (`npm run
// bench:long-tasks`, a build then this file) it prints the figures and replaces its section of bench/RESULTS.md.
// LONG_TASK_LOADS sets the loads per variant (3).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { prerender } from '../dist/prerender/prerender.js';
import { browserPaths, chromiumArgs, chromiumVersion } from '../tools/browsers.js';
import { article, articleSnippets } from './partner-article.js';
import { median, met, serve, writeSection } from './shared.js';

const pages = new URL('./pages/', import.meta.url);
const LOADS = Number(process.env.LONG_TASK_LOADS ?? 3);
const CPU_SLOWDOWN = Number(process.env.LONG_TASK_CPU_SLOWDOWN ?? 4);
const LONG_TASK = 50;
/** How long after the load event tasks are recorded. */
const AFTER_LOAD = 5000;
/** Lighthouse's mobile screen (a Moto G Power): the statement is in view, the point and the quote further down. */
const SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const VARIANTS = ['bundle', 'plain', 'prerendered'];
const TAGS = ['pa-statement', 'pa-statement-point', 'pa-statement-quote'];

/** Writes the three variants' pages; returns their file names. */
export async function writeLongTaskPages() {
  const { point, statement, quote } = await articleSnippets();
  const script = statement.match(/<script[^>]*><\/script>/)?.[0];
  if (!script) throw new Error(`The statement's snippet loads no script: ${statement}`);
  // The statement after the first paragraph, in view; the point after "Its fourth point could not be clearer:";
  // the quote after "From the statement, in the words of the parties that signed it:".
  const html = {
    bundle: article([[1, script]]),
    plain: article([
      [1, statement],
      [4, point],
      [11, quote],
    ]),
  };
  html.prerendered = await prerender(html.plain);
  mkdirSync(pages, { recursive: true });
  const written = Object.fromEntries(VARIANTS.map((variant) => [variant, `long-tasks-${variant}.html`]));
  for (const variant of VARIANTS) writeFileSync(new URL(written[variant], pages), html[variant]);
  return written;
}

/** Registered before the page runs anything: long tasks, and the scripts of long animation frames. */
function observe() {
  const record = { tasks: [], frames: [] };
  window.longTaskRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        record.frames.push({
          start: frame.startTime,
          duration: frame.duration,
          scripts: frame.scripts.map((script) => ({
            start: script.startTime,
            duration: script.duration,
            invoker: script.invoker,
            type: script.invokerType,
            source: script.sourceURL,
            layout: script.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

/** In the page, once it has loaded: waits until `afterLoad` ms after the load event, then reports. */
async function collect({ afterLoad, tags }) {
  const [navigation] = performance.getEntriesByType('navigation');
  const loaded = navigation?.loadEventEnd || performance.now();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, loaded + afterLoad - performance.now())));
  const { tasks, frames } = window.longTaskRecord;
  const widgets = [...document.querySelectorAll(tags.join(','))].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      tag: element.localName,
      inView: box.top < innerHeight && box.bottom > 0,
      rendered: element.hasAttribute('rendered'),
      waiting: element.hasAttribute('defer-hydration'),
      hydrated: element.hasUpdated === true,
    };
  });
  return {
    loaded,
    tasks: tasks.filter((task) => task.start <= loaded + afterLoad),
    frames,
    widgets,
  };
}

/** The scripts that ran during `task`, from the long animation frames, longest first: where its time went. */
function scriptsOf(task, frames) {
  const end = task.start + task.duration;
  return frames
    .flatMap((frame) => frame.scripts)
    .filter((script) => script.start < end && script.start + script.duration > task.start)
    .sort((a, b) => b.duration - a.duration)
    .map((script) => ({
      what: `${script.type} ${script.invoker}`.replace(/https?:\/\/127\.0\.0\.1:\d+/g, ''),
      source: script.source.replace(/https?:\/\/127\.0\.0\.1:\d+/, ''),
      duration: Math.round(script.duration),
      layout: Math.round(script.layout),
    }));
}

async function load(browser, url) {
  const context = await browser.newContext(SCREEN);
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    const { loaded, tasks, frames, widgets } = await page.evaluate(collect, { afterLoad: AFTER_LOAD, tags: TAGS });
    return {
      loaded: Math.round(loaded),
      tasks: tasks.map((task) => ({
        start: Math.round(task.start),
        duration: Math.round(task.duration),
        scripts: scriptsOf(task, frames),
      })),
      widgets,
    };
  } finally {
    await context.close();
  }
}

/** Loads each variant `loads` times, alternating them; returns every load and each variant's medians. */
export async function longTasks(loads = LOADS) {
  const written = await writeLongTaskPages();
  const server = await serve({ gzip: true });
  const browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
  const runs = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
  try {
    const url = (file) => `http://127.0.0.1:${server.address().port}/bench/pages/${file}`;
    // Untimed: the first page a fresh browser loads pays for starting its services (a task of 100–200 ms here,
    // in no script, even without throttling); a reader's browser is already running.
    await load(browser, url(written.plain));
    for (let round = 0; round < loads; round += 1) {
      for (const variant of VARIANTS) {
        const run = await load(browser, url(written[variant]));
        runs[variant].push(run);
        const durations = run.tasks.map((task) => `${task.duration} ms`).join(', ') || 'none';
        console.log(`long tasks, ${variant} ${round + 1}/${loads}: ${durations} (load event at ${run.loaded} ms)`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const summary = (list) => ({
    count: median(list.map((run) => run.tasks.length)),
    longest: median(list.map((run) => Math.max(0, ...run.tasks.map((task) => task.duration)))),
    total: median(list.map((run) => run.tasks.reduce((sum, task) => sum + task.duration, 0))),
    blocking: median(list.map((run) => run.tasks.reduce((sum, task) => sum + task.duration - LONG_TASK, 0))),
    loaded: median(list.map((run) => run.loaded)),
    runs: list,
  });
  return { loads, ...Object.fromEntries(VARIANTS.map((variant) => [variant, summary(runs[variant])])) };
}

export const HEADING = '## Long tasks at 4× CPU slowdown';

const LABELS = {
  bundle: 'the bundle alone, no widget',
  plain: 'plain snippets',
  prerendered: 'prerendered snippets',
};

/** The section of bench/RESULTS.md that `longTasks()`'s figures make. */
export function longTaskSection(result) {
  const { loads } = result;
  const goal = (variant) => (variant === 'prerendered' ? `none: ${met(result.prerendered.count === 0)}` : 'reported');
  const rows = VARIANTS.map((variant) => {
    const { count, longest, total, blocking, loaded } = result[variant];
    return `| ${LABELS[variant]} | ${count} | ${longest} ms | ${total} ms | ${blocking} ms | ${loaded} ms | ${goal(variant)} |`;
  });
  const where = (task) => {
    const [top] = task.scripts;
    if (!top) return ' (no script ran in it: parsing, style, layout or paint)';
    const source = top.source && !top.what.includes(top.source) ? ` ${top.source.split('/').pop()}` : '';
    return ` (${top.what.trim()}${source}, ${top.duration} ms${top.layout ? `, ${top.layout} ms forced layout` : ''})`;
  };
  const state = (widget) => {
    if (widget.waiting) return 'waiting to hydrate';
    if (widget.hydrated) return 'live';
    return widget.rendered ? 'not live, rendered' : 'not live, fallback';
  };
  const perLoad = VARIANTS.map((variant) => {
    const loadsOf = result[variant].runs
      .map((run, index) => {
        const tasks = run.tasks.map((task) => `${task.duration} ms at ${task.start} ms${where(task)}`).join(', ');
        const widgets = run.widgets
          .map((widget) => `${widget.tag}${widget.inView ? ' (in view)' : ''}: ${state(widget)}`)
          .join(', ');
        return `  - load ${index + 1}: ${tasks || 'none'}; load event at ${run.loaded} ms${widgets ? `; after 5 s, ${widgets}` : ''}`;
      })
      .join('\n');
    return `- ${LABELS[variant]}:\n${loadsOf}`;
  }).join('\n');
  return `${HEADING}

Written by \`npm run bench\` or \`npm run bench:long-tasks\` on ${new Date().toISOString().slice(0, 10)}: ${chromiumVersion()},
headless, through playwright-core, with the DevTools protocol's \`Emulation.setCPUThrottlingRate { rate: ${CPU_SLOWDOWN} }\`
and a phone's screen (${SCREEN.viewport.width} × ${SCREEN.viewport.height} CSS px), no network throttling, the pages
served gzipped from 127.0.0.1. The partner's article (the Lighthouse section's paragraphs) with the builder's three
snippets: \`<pa-statement limit="3">\` after the first paragraph, in view; \`<pa-statement-point point="4" excerpt>\`
and \`<pa-statement-quote>\` further down, out of view. Three variants: the article with the bundle's script and no
widget; the plain snippets; the same page after \`prerender()\` (dist/prerender/prerender.js). Every task over
${LONG_TASK} ms from the start of the navigation until ${AFTER_LOAD / 1000} s after the load event, as a
\`longtask\` PerformanceObserver (buffered, registered by an init script before the page runs anything) reports it;
${loads} load${loads === 1 ? '' : 's'} per variant, alternating after one untimed load, each in a fresh browser context. Medians over the loads; "blocking" sums
each task's time over ${LONG_TASK} ms.

| variant | long tasks | longest | total | blocking | load event | goal |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Each load's long tasks (start from the navigation), each with the script that took most of it, from the
\`long-animation-frame\` entries (its invoker, its file, its time, and the style and layout it forced), and the
widgets' state ${AFTER_LOAD / 1000} s after the load event (live: it has run its first update, a render or a hydration;
waiting: prerendered, still \`defer-hydration\`):

${perLoad}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = longTaskSection(await longTasks());
  writeSection(HEADING, section);
  console.log(section);
}
