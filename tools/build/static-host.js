// A static host for a built site, as Netlify or Apache with the site's .htaccess serve it: its files with the
// headers of tools/build/hosting.js, `index.html` for a folder (a folder's address without its `/` redirected to
// it), and `404.html` with status 404 for an address that names no file. The preview server serves the site with it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor } from './hosting.js';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type a host sends for the file at `path`, by its extension. */
export const contentTypeOf = (path) => CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * The request handler (for `http.createServer`) of a host serving `folder`, the site built for `site`, at its root.
 * `served(path, body)`, if given, may change what is sent for a file that exists: a test's recorder, say.
 */
export function staticHost(folder, site, served = (_path, body) => body) {
  const root = resolve(folder);
  const headersOf = headersFor(site);
  const fileOf = (path) => {
    let decoded;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return undefined; // A malformed escape names no file.
    }
    const file = resolve(join(root, decoded));
    return file === root || file.startsWith(root + sep) ? file : undefined;
  };
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const path = url.pathname;
    let file = fileOf(path);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const sent = found ? file : join(root, '404.html');
    const body = found ? served(sent, readFileSync(sent)) : readFileSync(sent);
    // A missing file takes the 404 page's headers, as Apache sends a folder's (`Header set`) on success only: a
    // year of caching and CORS for an address under the pinned folder that names nothing would keep it missing.
    response.writeHead(found ? 200 : 404, {
      ...Object.fromEntries(headersOf(found ? path : '/404.html')),
      'Content-Type': contentTypeOf(sent),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
