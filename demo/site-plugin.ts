// Makes the demo site the widget's distribution (vite.config.ts, `--mode site`): the site build publishes the
// drop-in bundle beside the demo and builder, in a versioned folder, with the headers its host must send; the dev
// and preview servers serve the same files with the same headers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { apacheHtaccess, headersFor, netlifyHeadersFile, widgetFolder } from '../scripts/hosting.js';
import { FALLBACK_STYLESHEET, fallbackStylesheet } from './fallback-layout.js';

const cdn = fileURLToPath(new URL('../cdn/', import.meta.url));

/**
 * What the site holds besides the demo, by path in it: everything the bundle build wrote to cdn/, copied
 * unchanged into the versioned folder (the bundle and its locales/), the fallback stylesheet beside it, and the
 * headers for hosts that read them from files.
 */
function widgetFiles(): Map<string, string | Uint8Array> {
  if (!existsSync(join(cdn, 'pa-statement-widget.js'))) {
    throw new Error('cdn/pa-statement-widget.js is missing: run `npm run build:cdn` first (`npm run build:site` does)');
  }
  const files = new Map<string, string | Uint8Array>();
  for (const name of readdirSync(cdn, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(cdn, name)).isFile()) files.set(`${widgetFolder}/${name}`, readFileSync(join(cdn, name)));
  }
  files.set(`${widgetFolder}/${FALLBACK_STYLESHEET}`, fallbackStylesheet());
  files.set(`${widgetFolder}/.htaccess`, apacheHtaccess());
  files.set('_headers', netlifyHeadersFile());
  return files;
}

const pathOf = (request: Connect.IncomingMessage) => new URL(request.url ?? '/', 'http://host').pathname;

const sendHostingHeaders: Connect.NextHandleFunction = (request, response, next) => {
  for (const [name, value] of headersFor(pathOf(request))) response.setHeader(name, value);
  next();
};

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

function notFound(response: ServerResponse, message: string) {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(message);
}

/**
 * The dev server has no site build: it serves the widget's files from cdn/ as they are now. Unlike a published
 * version they change with every bundle build, so browsers must ask again each time rather than keep them.
 */
const serveWidgetFiles: Connect.NextHandleFunction = (request, response, next) => {
  const path = pathOf(request).slice(1);
  if (!path.startsWith(`${widgetFolder}/`)) return next();
  response.setHeader('Cache-Control', 'no-cache');
  let files: Map<string, string | Uint8Array>;
  try {
    files = widgetFiles();
  } catch (error) {
    return notFound(response, (error as Error).message);
  }
  const content = files.get(path);
  if (content === undefined) return notFound(response, `/${path} is not in the site: cdn/ has no such file.`);
  response.setHeader('Content-Type', `${contentTypes[extname(path)] ?? 'text/plain'}; charset=utf-8`);
  response.end(content);
};

export function widgetSite(): Plugin {
  return {
    name: 'pa-widget-site',
    apply: (_config, { command, mode }) => command === 'serve' || mode === 'site',
    // The builder's default script address: the bundle in this versioned folder.
    config: () => ({ define: { __WIDGET_FOLDER__: JSON.stringify(widgetFolder) } }),
    generateBundle() {
      for (const [fileName, source] of widgetFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use(sendHostingHeaders);
      server.middlewares.use(serveWidgetFiles);
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendHostingHeaders);
    },
  };
}
