// A web-test-runner plugin: what the tests need done in Node, as commands (`executeServerCommand`):
// - `prerender` { html, options?, repeat?, summary? } runs the built prerenderer (dist/prerender/prerender.js) on html
//   (repeated `repeat` times) and returns { html, warnings }, the warnings it gave; with `summary`, in place of the
//   html, its length, its templates and the milliseconds it took;
// - `prerender-cli` { args, input, repeat?, file? } runs the built command line on input (repeated `repeat` times) as
//   standard input or, with `file`, from a temporary file whose path ends the arguments, and returns { stdout, stderr,
//   status, milliseconds, unread }: `unread` where it ended before reading all of its standard input;
// - `nesting` { html } returns { parse5, counted }: how many elements parse5 (which `prerender()` parses with) holds
//   open at most below <html>, and how many the check of the limits before it (dist/prerender/limits.js) counts;
// - `wpautop` { html } runs WordPress's own `wpautop` filter (Debian's wordpress package, with php-cli) on a snippet,
//   as a classic editor does to what is pasted into it.
// - `minify` { minifier, html } runs one of the HTML minifiers partner sites run (tools/test-env/minifiers.js) on a page;
// - `render-host-card` {} renders a partner's own Lit component (test/fixtures/host-card.js) with Lit's server
//   renderer, as a site that server-renders its own components does;
// - `cpu-throttle` { rate } slows the test page's CPU by `rate` (1: full speed) through the DevTools protocol, as
//   Lighthouse's mobile preset does; Chromium only;
// - `serve-page` { html, headers? } serves a page from the test server's origin, with `headers` if given (a
//   Content-Security-Policy, say), and returns its path, for a test that needs a real address (a fragment, say) or a
//   real response header rather than an srcdoc frame.
// And a middleware, `servedPages`, which serves those pages and a page whose prerendered widget arrives in two
// parts, the bundle running between.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { MINIFIERS } from './minifiers.js';

const WORDPRESS_FORMATTING = process.env.WORDPRESS_FORMATTING ?? '/usr/share/wordpress/wp-includes/formatting.php';
const cli = new URL('../../dist/prerender/cli.js', import.meta.url).pathname;

const pages = [];

/** `prerender(html, options)`, with the warnings it gave; what it throws, as `error`. */
async function prerenderWithWarnings({ html: given, options, repeat = 1, summary = false }) {
  const { prerender } = await import('../../dist/prerender/prerender.js');
  const html = typeof given === 'string' ? given.repeat(repeat) : given;
  const warnings = [];
  const onWarning = (warning) => warnings.push(warning);
  // Unset options take onWarning; options that are no object (a test of bad input) cannot carry it, and their warning
  // goes to the console, caught here while the call lasts.
  const isObject = typeof options === 'object' && options !== null;
  const consoleWarn = console.warn;
  if (!isObject && options !== undefined) console.warn = onWarning;
  try {
    const started = performance.now();
    const prerendered = await prerender(html, isObject || options === undefined ? { ...options, onWarning } : options);
    const milliseconds = performance.now() - started;
    // For a page too large to send back: its length, its templates, and the time taken.
    if (summary) {
      return {
        length: prerendered.length,
        templates: prerendered.split('<template').length - 1,
        milliseconds,
        warnings,
      };
    }
    return { html: prerendered, warnings };
  } catch (error) {
    return { error: `${error.name}: ${error.message}`, warnings };
  } finally {
    console.warn = consoleWarn;
  }
}

/** `<host-card name="Ada">` server-rendered by Lit's own renderer, as a partner's site would. */
async function renderHostCard() {
  const [{ render }, { collectResultSync }, { html }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
    import('../../test/fixtures/host-card.js'),
  ]);
  return collectResultSync(render(html`<host-card name="Ada"></host-card>`));
}

function run(command, args, input) {
  const started = performance.now();
  const { stdout, stderr, status, error } = spawnSync(command, args, { input, encoding: 'utf8' });
  // EPIPE: the command ended before it read all of its input, which is what a test of reading less looks for.
  if (error && error.code !== 'EPIPE') throw error;
  return { stdout, stderr, status, milliseconds: performance.now() - started, unread: error?.code === 'EPIPE' };
}

/** The built command line on `input`, made here so that a large one need not travel from the browser. */
function runCli({ args, input = '', repeat = 1, file = false }) {
  const text = input.repeat(repeat);
  if (!file) return run(process.execPath, [cli, ...args], text);
  const folder = mkdtempSync(join(tmpdir(), 'pa-prerender-cli-'));
  const path = join(folder, 'page.html');
  try {
    writeFileSync(path, text);
    return { ...run(process.execPath, [cli, ...args, path], ''), path };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * parse5's deepest stack of open elements below <html>, read from its own pushes, beside the depth at which the check
 * of the limits first refuses `html`: the smallest limit it takes (Infinity where it refuses for another reason).
 */
async function nestingOf(html) {
  const [{ Parser }, { checkMarkup }] = await Promise.all([import('parse5'), import('../../dist/prerender/limits.js')]);
  let parse5 = 0;
  class Measuring extends Parser {
    onItemPush(node, tagId, isTop) {
      parse5 = Math.max(parse5, this.openElements.stackTop);
      super.onItemPush(node, tagId, isTop);
    }
  }
  Measuring.parse(html, { sourceCodeLocationInfo: true });
  const refusedAt = (depth) => {
    try {
      checkMarkup(html, { depth, attributes: Infinity });
      return false;
    } catch {
      return true;
    }
  };
  let counted = 1;
  while (refusedAt(counted) && counted < 1e6) counted *= 2;
  for (let below = counted / 2; below >= 1 && counted > 1; below /= 2) {
    if (refusedAt(counted - below)) continue;
    counted -= below;
  }
  return { parse5, counted: counted >= 1e6 ? Infinity : counted };
}

/** The DevTools sessions that keep a page's CPU slowed, by test session. */
const throttling = new Map();

async function throttleCpu(session, rate) {
  if (session.browser.type !== 'playwright') throw new Error('cpu-throttle needs Chromium, driven by Playwright');
  const page = session.browser.getPage(session.id);
  const devtools = throttling.get(session.id) ?? (await page.context().newCDPSession(page));
  throttling.set(session.id, devtools);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate });
  return rate;
}

export function serverSide() {
  return {
    name: 'server-side',
    async executeCommand({ command, payload, session }) {
      if (command === 'cpu-throttle') return throttleCpu(session, payload.rate);
      if (command === 'prerender') return prerenderWithWarnings(payload);
      if (command === 'render-host-card') return renderHostCard();
      if (command === 'minify') return MINIFIERS[payload.minifier](payload.html);
      if (command === 'serve-page') {
        return `/test/served/${pages.push({ html: payload.html, headers: payload.headers ?? {} }) - 1}.html`;
      }
      if (command === 'prerender-cli') return runCli(payload);
      if (command === 'nesting') return nestingOf(payload.html);
      if (command === 'wpautop') {
        if (!existsSync(WORDPRESS_FORMATTING)) {
          throw new Error(`wpautop needs WordPress's ${WORDPRESS_FORMATTING} and php (tools/setup.sh installs them)`);
        }
        const filter = `require "${WORDPRESS_FORMATTING}"; echo wpautop(file_get_contents("php://stdin"));`;
        const { stdout, stderr, status } = run('php', ['-r', filter], payload.html);
        if (status !== 0) throw new Error(`php failed: ${stderr}`);
        return stdout;
      }
      return undefined;
    },
  };
}

/**
 * /test/streamed-prerendered-quote.html: a prerendered quote sent in two parts, 1.5 s apart, cut after its shadow
 * root's styles, with the bundle as an async module in the head: it defines the element while the parser is still
 * writing the shadow root, as on a slow network.
 */
export async function servedPages(context, next) {
  const [, served] = /^\/test\/served\/(\d+)\.html$/.exec(context.path) ?? [];
  if (served !== undefined && pages[served] !== undefined) {
    context.type = 'html';
    context.set(pages[served].headers);
    context.body = pages[served].html;
    return undefined;
  }
  if (context.path !== '/test/streamed-prerendered-quote.html') return next();
  const { prerender } = await import('../../dist/prerender/prerender.js');
  const widget = await prerender('<pa-statement-quote></pa-statement-quote>');
  const cut = widget.indexOf('</style>') + '</style>'.length;
  const body = new PassThrough();
  context.type = 'html';
  context.body = body;
  body.write(
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<script type="module" async src="/cdn/pa-statement-widget.js"></script></head><body>' +
      widget.slice(0, cut),
  );
  setTimeout(() => body.end(`${widget.slice(cut)}</body></html>`), 1500);
}
