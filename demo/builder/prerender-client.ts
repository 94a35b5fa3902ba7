// The builder's side of its prerenderer (demo/builder/prerender-worker.ts): the worker starts at the first snippet to
// prerender, so the builder page loads none of it until "Prerendered" is ticked, and its work never holds up the
// page. Whatever goes wrong comes back as a sentence for the builder to show.
/// <reference types="vite/client" />
import { BUILDER_POLICY } from './trusted-types.js';
import type { PrerenderOptions } from '../../src/prerender/prerender.js';
import type { PrerenderRequest, PrerenderResponse } from './prerender-worker.js';
// The worker's address, as Vite builds it (with the site build's worker plugins, vite.config.ts) or the dev server
// serves it (tools/build/prerenderer-in-worker.ts).
import workerScript from './prerender-worker.ts?worker&url';

export interface Prerendered {
  html: string;
  /** What the prerenderer warned of, as `pa-statement-widget prerender` prints it. */
  warnings: string[];
}

/** Longer than the worker's first load and a whole statement's rendering take, on a slow device and network. */
const TIMEOUT_MS = 30_000;

interface Waiting {
  resolve: (result: Prerendered) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, Waiting>();

/** The request `id` answered: no longer waiting. */
function settled(id: number): Waiting | undefined {
  const request = waiting.get(id);
  waiting.delete(id);
  clearTimeout(request?.timer);
  return request;
}

/** Ends the worker and fails what waited for it; the next request starts a new one. */
function stop(reason: string) {
  worker?.terminate();
  worker = undefined;
  for (const id of [...waiting.keys()]) settled(id)?.reject(new Error(reason));
}

/** The part of the Trusted Types API the builder uses (TypeScript's DOM types do not have it yet). */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

let scriptUrlPolicy: ReturnType<ScriptUrlPolicyFactory['createPolicy']> | undefined;

/**
 * The worker's address as `new Worker()` takes it. The site's pages enforce Trusted Types (tools/build/hosting.js), under
 * which a worker's script address must be a TrustedScriptURL: the builder's own policy makes one of this address,
 * and of no other. Where the engine has no Trusted Types, the address itself.
 */
function workerAddress(): string {
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  if (!factory) return workerScript;
  scriptUrlPolicy ??= factory.createPolicy(BUILDER_POLICY, {
    createScriptURL(url) {
      if (url !== workerScript) throw new TypeError(`${BUILDER_POLICY} trusts no script but the prerenderer's`);
      return url;
    },
  });
  // A TrustedScriptURL, which `new Worker()` reads as its address.
  return scriptUrlPolicy.createScriptURL(workerScript) as string;
}

function started(): Worker {
  if (worker) return worker;
  const started = new Worker(workerAddress(), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<PrerenderResponse>) => {
    const response = event.data;
    const request = settled(response.id);
    if ('error' in response) request?.reject(new Error(response.error));
    else request?.resolve({ html: response.html, warnings: response.warnings });
  });
  // The worker failed to load or to start: a browser without module workers, the file missing, the network gone.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    stop('the prerenderer did not start in this browser');
  });
  started.addEventListener('messageerror', () => stop('the prerenderer’s answer could not be read'));
  return (worker = started);
}

/** `prerender(html, options)` as `pa-statement-widget prerender` runs it, in the worker. */
export function prerenderInWorker(html: string, options: PrerenderOptions): Promise<Prerendered> {
  return new Promise<Prerendered>((resolve, reject) => {
    let target: Worker;
    try {
      target = started();
    } catch {
      return reject(new Error('this browser cannot run the prerenderer'));
    }
    const id = (lastId += 1);
    const timer = setTimeout(() => stop('the prerenderer did not answer in time'), TIMEOUT_MS);
    waiting.set(id, { resolve, reject, timer });
    target.postMessage({ id, html, options } satisfies PrerenderRequest);
  });
}
