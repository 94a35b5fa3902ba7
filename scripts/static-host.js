// A static host for a built site, as Netlify or Apache with the site's .htaccess serve it: its files with the
// headers of scripts/hosting.js, `index.html` for a folder (a folder's address without its `/` redirected to it),
// and `404.html` with status 404 for an address that names no file.
// For tests, `/__record__/<path>` serves `<path>` with a recorder script put first into an HTML page's head (it
// reports what happened in the page; test/fixtures/frame-recorder.js), served as `/__record__.js`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor } from './hosting.js';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const RECORDED = '/__record__';
const recorder = new URL('../test/fixtures/frame-recorder.js', import.meta.url);

/** The request handler (for `http.createServer`) of a host serving `folder`, the site built for `site`, at its root. */
export function staticHost(folder, site) {
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
    if (url.pathname === `${RECORDED}.js`) {
      response.writeHead(200, { 'Content-Type': contentTypes['.js'] }).end(readFileSync(recorder));
      return;
    }
    const recorded = url.pathname.startsWith(`${RECORDED}/`);
    const path = recorded ? url.pathname.slice(RECORDED.length) : url.pathname;
    let file = fileOf(path);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    let body = readFileSync(served);
    if (recorded && served.endsWith('.html')) {
      body = body.toString('utf8').replace('<head>', `<head><script src="${RECORDED}.js"></script>`);
    }
    response.writeHead(found ? 200 : 404, {
      ...Object.fromEntries(headersOf(path)),
      'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
