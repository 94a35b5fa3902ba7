// How the site builds the builder's prerenderer (demo/builder/prerender-worker.ts), a module Web Worker that runs
// src/prerender/prerender.ts, the code of the `pa-statement-widget prerender` command, so that the builder's
// prerendered snippet is the one the command writes. The worker is built as Node runs that command:
// - imports of packages resolve with Node's export conditions, as Node resolves them: Lit's node builds, in which
//   `isServer` is true and @lit-labs/ssr-dom-shim stands in for the DOM a worker lacks (Lit's browser builds would
//   extend an `HTMLElement` that a worker does not have);
// - `buffer`, the one Node built-in on that path, becomes a shim over `btoa` (see BUFFER_SHIM);
// - the Lit templates are minified by the plugin, with the options, that minify the drop-in bundle's (and, through
//   the same minifier, dist/'s): Lit hydrates a prerendered shadow root only with the very template strings.
// The site build applies them to its workers (vite.config.ts, `worker.plugins`); the dev server, whose workers would
// run in the page's module graph with its browser builds, serves the worker bundled by them (prerenderWorkerInDev).
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { build, createIdResolver, type Connect, type Plugin, type Rolldown } from 'vite';

/** The Lit templates of src/ minified as in the drop-in bundle. */
export const templateMinifier = (): Plugin => ({
  ...literalsHtmlCssMinifier({ include: 'src/**/*.ts', failOnError: true }),
  apply: 'build',
});

const BUFFER_SHIM_ID = '\0pa-prerender-buffer-shim';

/**
 * `import { Buffer } from 'buffer'` in @lit-labs/ssr-client's node build, which uses it for one thing only: a
 * template's digest, `Buffer.from(text, 'binary').toString('base64')` of a text of bytes (each character below 256),
 * which is what `btoa(text)` returns. Any other use fails loudly instead of writing a different digest.
 */
const BUFFER_SHIM = `export const Buffer = {
  from(text, encoding) {
    if (encoding !== 'binary') throw new Error('The prerenderer\\'s Buffer shim reads binary text only.');
    return { toString: (to) => { if (to !== 'base64') throw new Error('The prerenderer\\'s Buffer shim writes base64 only.'); return btoa(text); } };
  },
};`;

/** `lit`, `@lit-labs/ssr/lib/…`: a package, not a relative path, an absolute one or a virtual module. */
const isPackageImport = (source: string) => /^[\w@]/.test(source) && !source.includes(':');

/** Resolves the worker's imports of packages as Node does (export conditions `node`, `import`, `default`). */
function nodeBuilds(): Plugin {
  let resolveAsNode: ReturnType<typeof createIdResolver> | undefined;
  return {
    name: 'pa-prerender-node-builds',
    enforce: 'pre',
    configResolved(config) {
      // Node reads no `module` nor `browser` field: `main` only (which Vite always adds), beside `exports`.
      resolveAsNode = createIdResolver(config, { conditions: ['node'], mainFields: [] });
    },
    async resolveId(source, importer) {
      if (source === 'buffer' || source === 'node:buffer') return BUFFER_SHIM_ID;
      if (!importer || !isPackageImport(source) || !resolveAsNode) return null;
      const resolved = await resolveAsNode(this.environment, source, importer);
      if (!resolved) this.error(`the prerenderer imports ${source} from ${importer}, which Node could not resolve`);
      return resolved;
    },
    load(id) {
      return id === BUFFER_SHIM_ID ? BUFFER_SHIM : null;
    },
  };
}

/** The plugins that build the prerendering worker. */
export const prerenderWorkerPlugins = (): Plugin[] => [nodeBuilds(), templateMinifier()];

/** The worker's entry under the site's root (demo/), as the dev server is asked for it. */
const WORKER_ENTRY = 'builder/prerender-worker.ts';

/** The worker in one module (its locale modules inlined), bundled by the site build's plugins for workers. */
async function bundledWorker(root: string): Promise<string> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: prerenderWorkerPlugins(),
    // As in the site build; a library build would leave it (read only if a tag were defined twice).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: WORKER_ENTRY, formats: ['es'] },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  })) as Rolldown.RolldownOutput[];
  const [entry] = output.flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk');
  if (!entry) throw new Error('the prerendering worker built to nothing');
  return entry.code;
}

/**
 * On the dev server: the worker bundled as the site build bundles it, built afresh each time a page starts one
 * (after an edit of src/, rebuild the drop-in bundle too, `npm run build:cdn`: the worker renders with the
 * templates of src/, the widgets hydrate with those of cdn/).
 */
export function prerenderWorkerInDev(): Plugin {
  return {
    name: 'pa-prerender-worker-dev',
    apply: 'serve',
    configureServer(server) {
      const serveWorker: Connect.NextHandleFunction = (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://host');
        if (url.pathname !== `/${WORKER_ENTRY}` || !url.searchParams.has('worker_file')) return next();
        bundledWorker(server.config.root).then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(code);
          },
          (error: unknown) => next(error),
        );
      };
      server.middlewares.use(serveWorker);
    },
  };
}
