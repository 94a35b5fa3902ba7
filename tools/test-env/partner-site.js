// A web-test-runner plugin: a second origin for the tests, standing for a partner's site. A test pastes snippets
// into a page there (`executeServerCommand('paste-into-partner-page', { lang, html })` returns its address); the
// page loads them from the test server's origin, and test/fixtures/partner-report.js tells the test what it shows.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const reporter = new URL('../../test/fixtures/partner-report.js', import.meta.url);

export function partnerSite() {
  const pages = [];
  let server;
  let origin;

  function answer(request, response) {
    const path = new URL(request.url, origin).pathname;
    const [, pageNumber] = /^\/page-(\d+)\.html$/.exec(path) ?? [];
    const page = pageNumber && pages[Number(pageNumber)];
    if (path === '/report.js')
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(reporter));
    else if (page) response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    else response.writeHead(404).end();
  }

  return {
    name: 'partner-site',
    async serverStart() {
      server = createServer(answer);
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    executeCommand({ command, payload }) {
      if (command !== 'paste-into-partner-page') return undefined;
      const { lang, html } = payload ?? {};
      if (!/^[a-z]{2}$/.test(lang) || typeof html !== 'string') {
        throw new Error('paste-into-partner-page takes { lang: a two-letter language, html: the snippets }');
      }
      pages.push(
        `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>A partner's article</title>` +
          `<script type="module" src="/report.js"></script></head>\n<body>\n${html}\n</body>\n</html>\n`,
      );
      return `${origin}/page-${pages.length - 1}.html`;
    },
  };
}
