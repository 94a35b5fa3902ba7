// The test site as its static host serves it (tools/build/static-host.js), and for tests, `/__record__/<path>`:
// `<path>` with a recorder script put first into an HTML page's head (it reports what happened in the page, from
// inside a cross-origin, sandboxed frame; test/fixtures/frame-recorder.js), served as `/__record__.js`.
import { readFileSync } from 'node:fs';
import { contentTypeOf, staticHost } from '../build/static-host.js';

const RECORDED = '/__record__';
const recorder = new URL('../../test/fixtures/frame-recorder.js', import.meta.url);

/** The request handler of a host serving `folder`, the site built for `site`, with the recorder. */
export function recordingHost(folder, site) {
  const withRecorder = (file, body) =>
    file.endsWith('.html')
      ? body.toString('utf8').replace('<head>', `<head><script src="${RECORDED}.js"></script>`)
      : body;
  const plain = staticHost(folder, site);
  const recorded = staticHost(folder, site, withRecorder);
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === `${RECORDED}.js`) {
      response.writeHead(200, { 'Content-Type': contentTypeOf(url.pathname) }).end(readFileSync(recorder));
    } else if (url.pathname.startsWith(`${RECORDED}/`)) {
      request.url = url.pathname.slice(RECORDED.length) + url.search;
      recorded(request, response);
    } else {
      plain(request, response);
    }
  };
}
