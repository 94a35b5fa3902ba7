import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { prerenderWorkerInDev, prerenderWorkerPlugins, templateMinifier } from './tools/build/prerenderer-in-worker.js';
import { widgetSite } from './tools/build/site-plugin.js';
import {
  LICENCES_FILE,
  licenceComment,
  licencesText,
  packageFolderOf,
  packageOf,
  REDISTRIBUTED,
  siteLicencesText,
} from './tools/build/licences.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The hydration module is a file of its own beside the bundle, `hydrate.js`, built by `vite build --mode hydration`,
 * so that the bundle stays whole whatever address (`?ver=…`) a page loads it from: the bundle imports it as it is,
 * on demand, and a page without a server-rendered widget never loads it.
 */
const hydrationBeside = (): Plugin => ({
  name: 'pa-hydration-beside',
  // The site's own pages bundle it as a chunk of their assets; the drop-in bundle loads it from beside itself.
  apply: (_config, { command, mode }) => command === 'build' && mode !== 'site',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === './hydrate.js' && importer?.endsWith('/src/hydration/load-hydration.ts')
      ? { id: './hydrate.js', external: true }
      : null,
});

/**
 * `hydrate.js` carries no lit-html of its own: wherever its code imports lit-html's core, it gets the one the bundle
 * beside it lends (src/drop-in/borrowed-lit-html.ts). One lit-html renders and hydrates every widget of a page.
 */
const borrowedLitHtml = (): Plugin => ({
  name: 'pa-borrowed-lit-html',
  apply: (_config, { command, mode }) => command === 'build' && mode === 'hydration',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === 'lit-html' || (source === './lit-html.js' && importer?.includes('/node_modules/lit-html/'))
      ? fromRoot('src/drop-in/borrowed-lit-html.ts')
      : null,
});

/**
 * The licences of the code the drop-in files carry (tools/build/licences.js): LICENSES.txt beside them, written by both
 * bundle builds alike, and a check that each file carries code of the very packages listed for it there.
 */
const licences = (): Plugin => ({
  name: 'pa-licences',
  apply: (_config, { command, mode }) => command === 'build' && mode !== 'site',
  generateBundle(_options, bundle) {
    const listed: Record<string, string[] | undefined> = REDISTRIBUTED;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const modules = Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0);
      const carried = [...new Set(modules.map(([id]) => packageOf(id)).filter(Boolean))].sort().join(', ');
      const expected = [...(listed[chunk.fileName] ?? [])].sort().join(', ');
      if (carried !== expected) {
        this.error(
          `${chunk.fileName} carries code of ${carried || 'no package'}; tools/build/licences.js lists ${expected || 'none'}: update REDISTRIBUTED, whose licences LICENSES.txt holds`,
        );
      }
    }
    this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: licencesText() });
  },
});

/**
 * The licences of the code the site's own scripts carry (the builder, its prerendering worker, the pages' scripts):
 * each script that carries other packages' code begins with a comment naming them, and assets/LICENSES.txt holds
 * their licences. One instance serves the site build and its worker's build, which runs first.
 */
function siteLicences() {
  const carried = new Map<string, Set<string>>();
  return (): Plugin => ({
    name: 'pa-site-licences',
    apply: (_config, { command, mode }) => command === 'build' && mode === 'site',
    // After Vite's own, which put a preload map at a script's top.
    enforce: 'post',
    generateBundle: { order: 'post', handler: siteBundle },
  });
  function siteBundle(this: Rolldown.PluginContext, _options: unknown, bundle: Rolldown.OutputBundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const folders = Object.entries(chunk.modules)
        .filter(([, module]) => module.renderedLength > 0)
        .map(([id]) => packageFolderOf(id))
        .filter((folder): folder is string => folder !== undefined);
      if (folders.length === 0) continue;
      carried.set(basename(chunk.fileName), new Set(folders));
      const names = [...new Set(folders.map((folder) => packageOf(folder)))].sort().join(', ');
      chunk.code = `/*! With code of ${names}. Licences: ${LICENCES_FILE} */\n${chunk.code}`;
    }
    // The worker's build ends before the site's: the site's writes the file, for both.
    if (!this.environment.config.isWorker) {
      this.emitFile({ type: 'asset', fileName: `assets/${LICENCES_FILE}`, source: siteLicencesText(carried) });
    }
  }
}
const siteScriptLicences = siteLicences();

// Terser mangles the members named `__*`, private by this project's convention (as in Lit's sources);
// rolldown's own minifier then compresses once more: together 170 B (gzip) smaller than either alone.
const minified = {
  minify: 'terser',
  terserOptions: {
    module: true,
    compress: { passes: 3, unsafe_arrows: true },
    mangle: { properties: { regex: /^__/ } },
    format: { comments: false },
  },
} as const;
const minifiedOutput = {
  minify: { compress: true, mangle: true, codegen: { removeWhitespace: true } },
  // Also drops the /* @__PURE__ */ annotations library mode keeps, which only a further bundler would use, and
  // Lit's own `@license` comments, which name its licence without its text: the comment added after minifying
  // points to LICENSES.txt, which holds it (tools/build/licences.js). The locale modules carry no other package's code.
  comments: false,
  // Nothing for a locale module: not '', after which rolldown still adds a line break (1 B each).
  postBanner: (chunk: { isEntry: boolean }) => (chunk.isEntry ? licenceComment() : (undefined as unknown as string)),
} as const;

/** A minified ES module in cdn/, from `entry`, its files named by `output`; `emptyOutDir` for the build that runs first. */
const cdnBuild = (entry: string, output: { entryFileNames: string; chunkFileNames?: string }, emptyOutDir = false) => ({
  outDir: fromRoot('cdn'),
  emptyOutDir,
  target: 'es2022',
  sourcemap: process.env.SOURCEMAP === '1',
  lib: { entry: fromRoot(entry), formats: ['es' as const] },
  ...minified,
  rolldownOptions: { output: { ...output, ...minifiedOutput } },
});

// `vite` serves the demo; `vite build` writes the drop-in bundle: one minified ES module with Lit's renderer
// inside, and beside it a module per language in locales/, which the bundle imports on demand;
// `vite build --mode site` writes the site (tools/build/site-plugin.ts): the demo and builder, and the bundle from cdn/ in a
// versioned folder with the headers its host sends, one static folder whose builder works from any path of any host;
// and the statement's pages, embed pages, oEmbed answers and cards, for the address in SITE_URL.
// Its one worker, the builder's prerenderer, is built as Node runs the prerenderer (tools/build/prerenderer-in-worker.ts).
// The npm build in dist/ is `tsc` output (see tsconfig.build.json) with its templates minified by the same plugin
// (tools/build/minify-templates.js): prerendered and hydrating templates must be the same.
export default defineConfig(({ command, mode }) => ({
  root: fromRoot('demo'),
  base: './',
  // Pages by their own files, as static hosts serve them: an unknown address is a 404, not the builder's page.
  appType: 'mpa',
  // demo/public/ (the site's icon) is the site's, not the bundle's: the bundle build copies nothing into cdn/.
  publicDir: command === 'build' && mode !== 'site' ? false : 'public',
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [
    templateMinifier(),
    hydrationBeside(),
    borrowedLitHtml(),
    licences(),
    siteScriptLicences(),
    widgetSite(),
    prerenderWorkerInDev(),
  ],
  worker: { format: 'es', plugins: () => [...prerenderWorkerPlugins(), siteScriptLicences()] },
  build:
    mode === 'site'
      ? { outDir: fromRoot('site'), emptyOutDir: true, target: 'es2022' }
      : mode === 'hydration'
        ? cdnBuild('src/hydration/hydrate.ts', { entryFileNames: 'hydrate.js' })
        : // Library mode: Vite wraps no dynamic import (the locale modules) in its preload helper.
          cdnBuild(
            'src/drop-in/pa-statement-widget.ts',
            { entryFileNames: 'pa-statement-widget.js', chunkFileNames: 'locales/[name].js' },
            true,
          ),
}));
