// The builder's prerenderer: a module Web Worker that runs prerender(), the code of the `pa-statement-widget
// prerender` command, on the builder's snippet (built as Node runs it: tools/build/prerenderer-in-worker.ts). The builder
// loads it only when "Prerendered" is ticked. One request at a time, in order.
import { prerender, type PrerenderOptions } from '../../src/prerender/prerender.js';

export interface PrerenderRequest {
  id: number;
  html: string;
  options: PrerenderOptions;
}

export type PrerenderResponse = { id: number; html: string; warnings: string[] } | { id: number; error: string };

let queue: Promise<unknown> = Promise.resolve();

async function answer({ id, html, options }: PrerenderRequest): Promise<PrerenderResponse> {
  const warnings: string[] = [];
  try {
    return {
      id,
      html: await prerender(html, { ...options, onWarning: (warning) => warnings.push(warning) }),
      warnings,
    };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener('message', (event: MessageEvent<PrerenderRequest>) => {
  queue = queue.then(async () => postMessage(await answer(event.data)));
});
