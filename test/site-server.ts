// The test site (tools/test-env/test-site.js): the site built for its public address and served there, on another origin
// than the test pages'.
import { executeServerCommand } from '@web/test-runner-commands';

/** Builds and serves the test site, once per run; resolves with its address (`http://127.0.0.1:8080/`). */
export const testSite = () => executeServerCommand<string, undefined>('test-site') as Promise<string>;

export interface Fetched {
  status: number;
  headers: Record<string, string>;
  bytes: Uint8Array;
  text: string;
}

/** A path of the test site, fetched as a crawler or an oEmbed consumer would (the site sends no CORS headers). */
export async function fetchFromSite(path: string): Promise<Fetched> {
  const { status, headers, body } = (await executeServerCommand('test-site-fetch', { path })) as {
    status: number;
    headers: Record<string, string>;
    body: string;
  };
  const bytes = Uint8Array.from(atob(body), (character) => character.charCodeAt(0));
  return { status, headers, bytes, text: new TextDecoder().decode(bytes) };
}

export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
