#!/usr/bin/env node
/// <reference types="node" />
// `pa-statement-widget prerender [file]`: the prerenderer on the command line, from a file or standard input to
// standard output. Problems are told in a sentence on standard error, never as a stack trace.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { prerender, type PrerenderOptions } from './prerender.js';

const USAGE = `Usage: pa-statement-widget prerender [file] [--lang <language>] [--stylesheets <folder address>]

Writes the HTML of the file (or of standard input) to standard output, each <pa-statement>, <pa-statement-point>
and <pa-statement-quote> in it prerendered: holding its shadow tree as a declarative shadow root.
  --lang         language of widgets that neither they nor an ancestor give a lang, e.g. de (default: en)
  --stylesheets  address of the folder holding the widgets' stylesheets, beside the drop-in bundle: links them
                 instead of inline <style>, for pages whose Content-Security-Policy refuses inline styles`;

async function readInput(file: string | undefined): Promise<string> {
  if (file !== undefined) return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(args: string[]): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { lang: { type: 'string' }, stylesheets: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, file, ...extra] = positionals;
  if (values.help) return (console.log(USAGE), 0);
  if (command !== 'prerender') {
    console.error(command === undefined ? USAGE : `pa-statement-widget: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  for (const token of tokens) {
    if (token.kind === 'option' && !['lang', 'stylesheets'].includes(token.name)) {
      console.warn(`pa-statement-widget: unknown option ${token.rawName}; the options are --lang and --stylesheets.`);
    }
  }
  if (extra.length > 0) console.warn(`pa-statement-widget: one file at a time; ignoring ${extra.join(' ')}.`);
  const options: PrerenderOptions = {};
  for (const name of ['lang', 'stylesheets'] as const) {
    const value = values[name];
    if (typeof value === 'boolean') console.warn(`pa-statement-widget: --${name} needs a value; ignoring it.`);
    else if (typeof value === 'string') options[name] = value;
  }
  let html: string;
  try {
    html = await readInput(file);
  } catch (error) {
    console.error(`pa-statement-widget: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
    return 1;
  }
  process.stdout.write(await prerender(html, options));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`pa-statement-widget: could not prerender: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  },
);
