// What the builder checks before it writes code: a script address it may load from, colours and fonts that are values
// of their kind (a snippet's <style> must hold nothing else), links that are http(s) or relative.
import { isSafeLink } from '../../src/shared/property-values.js';
import type { EmbedOptions } from './options.js';

/** Addresses of this machine, where a page served over http may load a script over http while one develops. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why the builder will not write a snippet that loads the script from `address`, or '' where it will: an https
 * address without a user name or password (or, to try it on this machine, an http one of localhost).
 */
export function scriptAddressProblem(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a full address: a partner’s page would look for the script on its own site. Give the address starting with https://.';
  }
  if (url.username || url.password) {
    return 'This address holds a user name or password, which every reader’s browser would be given. Give it without them.';
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return 'Pages served over https refuse a script from an http: address, and anyone on the way could change it. Use https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `A ${url.protocol} address would run what it holds on partners’ pages, not the widget from its host. Use the https:// address of the script.`;
  }
  return '';
}

/** A note on a script address the builder accepts, or '': one of this machine works on this machine only. */
export const scriptAddressNote = (address: string) =>
  !scriptAddressProblem(address) && new URL(address).protocol === 'http:'
    ? 'This http: address of this machine is for trying the code here; partners’ pages need the https:// address where the site is published.'
    : '';

/** A colour the builder writes into a snippet's style: `#rrggbb`, as the colour fields give it. */
const isColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

/** A font list the builder writes into a snippet's style: names, quoted or not, separated by commas; nothing else. */
const isFontList = (value: string) => /^\s*(?:(?:'[\w -]+'|"[\w -]+"|[\w-]+(?: [\w-]+)*)\s*(?:,\s*|$))+$/.test(value);

/**
 * Why the builder will not write the widget's code for `options`, each in a sentence; none when it will. Colours
 * and fonts are taken only as CSS values of their kind (the snippet's `<style>` must hold nothing else), links only
 * as http(s) addresses or relative ones, and the script only from an address that `scriptAddressProblem` accepts.
 */
export function problemsOf(options: EmbedOptions): string[] {
  const problems = [scriptAddressProblem(options.scriptUrl)];
  for (const name of ['accent', 'text', 'background'] as const) {
    if (options[name] && !isColour(options[name])) problems.push(`The ${name} colour must be written #rrggbb.`);
  }
  if (options.font && !isFontList(options.font)) problems.push('The font must be a list of font names.');
  if (options.href && !isSafeLink(options.href)) {
    problems.push('The link to the full statement must be an http(s) address, or one relative to your page.');
  }
  return problems.filter(Boolean);
}
