// What the benchmark scripts share: a server for the repository, and the sections of bench/RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
export const resultsFile = new URL('./RESULTS.md', import.meta.url);

/** Serves the repository from 127.0.0.1 on a free port; `gzip`, compressed as a real host would. */
export async function serve({ gzip = false } = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      const body = readFileSync(new URL(`.${path}`, root));
      const type = { '.js': 'text/javascript', '.html': 'text/html' }[extname(path)] ?? 'application/octet-stream';
      response
        .writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const met = (ok) => (ok ? 'met' : '**missed**');

/**
 * Replaces the section of bench/RESULTS.md that starts with `heading` (a `## ` line) and runs to the next `## `
 * heading or the end, or appends it; the rest of the file stays as it is. For a script run alone.
 */
export function writeSection(heading, section) {
  let results = '';
  try {
    results = readFileSync(resultsFile, 'utf8');
  } catch {
    // No results yet: the section alone.
  }
  const at = results.indexOf(`${heading}\n`);
  if (at < 0) {
    writeFileSync(resultsFile, `${results}${results && !results.endsWith('\n\n') ? '\n' : ''}${section}`);
    return;
  }
  const next = results.indexOf('\n## ', at + heading.length);
  const rest = next < 0 ? '' : results.slice(next + 1);
  writeFileSync(resultsFile, `${results.slice(0, at)}${section}${rest ? `\n${rest}` : ''}`);
}
