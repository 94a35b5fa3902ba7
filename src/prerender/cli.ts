#!/usr/bin/env node
/// <reference types="node" />
// `pa-statement-widget prerender [file]`: the prerenderer on the command line, from a file or standard input to
// standard output. Problems are told in a sentence on standard error, never as a stack trace.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { checkMarkup, PRERENDER_LIMITS } from './limits.js';
import { isTextOption, TEXT_OPTIONS } from './options.js';
import type { PrerenderOptions } from './prerender.js';

const USAGE = `Usage: pa-statement-widget prerender [file] [--lang <language>] [--stylesheets <folder address>]

Writes the HTML of the file (or of standard input, also as -) to standard output, each <pa-statement>,
<pa-statement-point> and <pa-statement-quote> in it prerendered: holding its shadow tree as a declarative shadow root.
The HTML must be UTF-8.
  --lang         language of widgets that neither they nor an ancestor give a lang, e.g. de (default: en)
  --stylesheets  address of the folder holding the widgets' stylesheets, beside the drop-in bundle: links them
                 instead of inline <style>, for pages whose Content-Security-Policy refuses inline styles`;

const say = (message: string) => console.error(`pa-statement-widget: ${message}`);

class InputProblem extends Error {}

/** Input beyond the characters one call takes, in `prerender()`'s words, but uncounted: it was not read to its end. */
const tooLong = (input: string) =>
  new RangeError(
    `${input} holds more than the ${PRERENDER_LIMITS.characters} characters one call takes; prerender the page in parts.`,
  );

/**
 * The text of `stream`, decoded as it comes and read no further than the characters one call takes: a server that
 * pipes what its users send through this must not hold more of it than that. Characters are counted as `prerender()`
 * counts them, in UTF-16 code units, which is why this decodes as it reads rather than counting bytes.
 */
async function readLimited(stream: Readable, input: string): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Buffer) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new InputProblem(`${input} is not UTF-8 text; convert it to UTF-8 first (its meta charset too).`);
    }
  };
  const parts: string[] = [];
  let characters = 0;
  try {
    // Leaving the loop early destroys the stream: nothing more is read.
    for await (const chunk of stream) {
      parts.push(decode(chunk as Buffer));
      characters += parts[parts.length - 1].length;
      if (characters > PRERENDER_LIMITS.characters) throw tooLong(input);
    }
  } catch (error) {
    if (error instanceof InputProblem || error instanceof RangeError) throw error;
    throw new InputProblem(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
  }
  return parts.join('') + decode();
}

async function readInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) say('reading HTML from standard input; end it with Ctrl-D.');
    return readLimited(process.stdin, 'standard input');
  }
  let size: number;
  try {
    ({ size } = await stat(file));
  } catch (error) {
    throw new InputProblem(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
  }
  // UTF-8 takes at most three bytes for each UTF-16 code unit (four for a pair): a file of more than three times the
  // limit in bytes holds more characters than it, and is not opened.
  if (size > 3 * PRERENDER_LIMITS.characters) throw tooLong(file);
  return readLimited(createReadStream(file), file);
}

async function main(args: string[]): Promise<number> {
  const options = Object.fromEntries(TEXT_OPTIONS.map((name) => [name, { type: 'string' as const }]));
  const { values, positionals, tokens } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
  });
  const [command, file, ...extra] = positionals;
  if (values.help) return (console.log(USAGE), 0);
  if (command !== 'prerender') {
    console.error(command === undefined ? USAGE : `pa-statement-widget: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  for (const token of tokens) {
    if (token.kind === 'option' && !isTextOption(token.name) && token.name !== 'help') {
      say(`unknown option ${token.rawName}; the options are --lang and --stylesheets.`);
    }
  }
  if (extra.length > 0) say(`one file at a time; ignoring ${extra.join(' ')}.`);
  const chosen: PrerenderOptions = {};
  for (const name of TEXT_OPTIONS) {
    const value = values[name];
    if (typeof value === 'boolean' || value === '') say(`--${name} needs a value; ignoring it.`);
    else if (typeof value === 'string') chosen[name] = value;
  }
  let html: string;
  try {
    html = await readInput(file);
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    say(error.message);
    return 1;
  }
  // Markup beyond the limits is refused before the server renderer loads, which takes longer than the check.
  checkMarkup(html);
  const prerenderer = await loadPrerenderer();
  if (!prerenderer) return 1;
  process.stdout.write(
    await prerenderer.prerender(html, { ...chosen, onWarning: (message) => console.error(message) }),
  );
  return 0;
}

/**
 * The prerenderer, whose server-rendering packages (`@lit-labs/ssr`, `parse5`) are optional peer dependencies: a site
 * that only loads the widgets in browsers does not install them. Without them, one sentence says what to install.
 */
async function loadPrerenderer() {
  try {
    return await import('./prerender.js');
  } catch (error) {
    const missing = /Cannot find (?:package|module) '(@lit-labs\/ssr|parse5)/.exec(String(error))?.[1];
    if (!missing) throw error;
    say(
      `prerender needs the server-rendering packages beside this one (${missing} is missing): npm install @lit-labs/ssr parse5`,
    );
    return undefined;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    say(`could not prerender: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  },
);
