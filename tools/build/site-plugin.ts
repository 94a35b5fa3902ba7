// Makes the demo site the widget's distribution and the statement's home (vite.config.ts, `--mode site`): the site
// build publishes the drop-in bundle beside the demo and builder, in a versioned folder and again in its major
// version's folder (the patch channel), with the headers its host must send, and a page, an embed page, an oEmbed answer and a card for the statement and each of its points
// (demo/pages/), for the address given in SITE_URL; the dev and preview servers send the same headers.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import {
  folderVersions,
  apacheHtaccess,
  headersFor,
  hostedVersionDefines,
  netlifyHeadersFile,
  siteHtaccess,
  released,
  siteVersion,
  widgetFolder,
  widgetFolders,
} from './hosting.js';
import { siteAddress, withoutAddressNotice } from './site-address.js';
import { contentTypeOf, staticHost } from './static-host.js';
import type { SiteContext } from '../../demo/pages/site-context.js';
import { sitePages } from '../../demo/pages/site-pages.js';
import { pointPages, statementPage } from '../../demo/embed-code/statement-pages.js';
import { publishedFiles } from './widget-files.js';
import { releasedFiles } from './releases.js';
import { wordpressPluginDownload } from './wordpress-plugin/download.js';

const fromDemo = (path: string) => fileURLToPath(new URL(path, new URL('../../demo/', import.meta.url)));

/**
 * Every folder of the widget's files, by path in the site (see `folderVersions`): this version's files as built (see
 * `publishedFiles`), a released version's as its release keeps them; each with the folder's own headers for Apache.
 */
function widgetFiles(): Map<string, string | Uint8Array> {
  // A release's files are read and checked once, though two folders (its own and its major version's) may hold them.
  const byVersion = new Map<string, Map<string, string | Uint8Array>>();
  const filesOf = (version: string) => {
    let contents = byVersion.get(version);
    if (!contents)
      byVersion.set(version, (contents = version === siteVersion ? publishedFiles() : releasedFiles(version)));
    return contents;
  };
  const files = new Map<string, string | Uint8Array>();
  for (const [folder, headers] of widgetFolders) {
    for (const [name, content] of filesOf(folderVersions.get(folder) as string))
      files.set(`${folder}/${name}`, content);
    files.set(`${folder}/.htaccess`, apacheHtaccess(headers));
  }
  return files;
}

/** The headers of the site at `address`, for hosts that read them from files at its root. */
const hostingFiles = (address: string) =>
  new Map([
    ['_headers', netlifyHeadersFile(address)],
    ['.htaccess', siteHtaccess(address)],
  ]);

const pathOf = (request: Connect.IncomingMessage) => new URL(request.url ?? '/', 'http://host').pathname;

/** The dev server sends the headers the site's host sends, for the site at `site`. */
function sendHostingHeaders(site: string): Connect.NextHandleFunction {
  const headersOf = headersFor(site);
  return (request, response, next) => {
    for (const [name, value] of headersOf(pathOf(request))) response.setHeader(name, value);
    next();
  };
}

function notFound(response: ServerResponse, message: string) {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(message);
}

/**
 * The dev server has no site build: it serves the widget's files from cdn/ as they are now, in both folders. Unlike
 * a published version they change with every bundle build, so browsers must ask again each time rather than keep
 * them.
 */
const serveWidgetFiles: Connect.NextHandleFunction = (request, response, next) => {
  const path = pathOf(request).slice(1);
  if (!folderVersions.has(path.split('/')[0])) return next();
  response.setHeader('Cache-Control', 'no-cache');
  let files: Map<string, string | Uint8Array>;
  try {
    files = widgetFiles();
  } catch (error) {
    return notFound(response, (error as Error).message);
  }
  const content = files.get(path);
  if (content === undefined) return notFound(response, `/${path} is not in the site: cdn/ has no such file.`);
  response.setHeader('Content-Type', contentTypeOf(path));
  response.end(content);
};

/** The dev server serves the demo only: the statement's pages are made by the site build. */
const pagesAreBuilt: Connect.NextHandleFunction = (request, response, next) => {
  if (!pathOf(request).startsWith(`/${statementPage.path}`)) return next();
  notFound(response, "The statement's pages are made by the site build: see them with `npm run preview`.");
};

export function widgetSite(): Plugin {
  /** The files the pages share, emitted at the start of the site build, by reference until their names are known. */
  const shared = { siteStylesheet: '', embedStylesheet: '', embedScript: '' };
  let address = '';
  let building = false;
  return {
    name: 'pa-widget-site',
    apply: (_config, { command, mode }) => command === 'serve' || mode === 'site',
    // The builder's script addresses: the bundle in this versioned folder, with its integrity, or in the major
    // version's (demo/builder/hosted-versions.ts). Read as the build starts, after `npm run build:cdn`.
    config: () => ({ define: hostedVersionDefines() }),
    // The builder's page links each point's page, as the site names them.
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- the point pages: tools/build/site-plugin.ts -->',
        pointPages.map((page) => `<li><a href="${page.path}">Point ${page.point?.number}</a></li>`).join(''),
      ),
    configResolved(config) {
      const site = siteAddress();
      address = site.href;
      building = config.command === 'build';
      if (building && !site.given) config.logger.warn(withoutAddressNotice);
    },
    buildStart() {
      // The pages' shared files are the site build's: the dev server serves demo/ as it is.
      if (!building) return;
      const asset = (path: string) =>
        this.emitFile({ type: 'asset', name: basename(path), source: readFileSync(fromDemo(path), 'utf8') });
      shared.siteStylesheet = asset('site.css');
      shared.embedStylesheet = asset('embed/embed.css');
      shared.embedScript = this.emitFile({ type: 'chunk', id: fromDemo('embed/embed-frame.ts'), name: 'embed-frame' });
    },
    async generateBundle() {
      const site: SiteContext = {
        address,
        widgetFolder,
        released,
        assets: {
          siteStylesheet: this.getFileName(shared.siteStylesheet),
          embedStylesheet: this.getFileName(shared.embedStylesheet),
          embedScript: this.getFileName(shared.embedScript),
        },
      };
      for (const files of [widgetFiles(), hostingFiles(address), await sitePages(site), wordpressPluginDownload()]) {
        for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use(sendHostingHeaders(address));
      server.middlewares.use(serveWidgetFiles);
      server.middlewares.use(pagesAreBuilt);
    },
    configurePreviewServer(server) {
      // The built site as a static host serves it, headers, folders' index.html and 404.html included.
      server.middlewares.use(staticHost(server.config.build.outDir, address));
    },
  };
}
