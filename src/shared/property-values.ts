import { isText } from './values.js';
import { warnInvalid } from './warn.js';

/**
 * The text property `name` of `element` as it renders: unset as `undefined`, a number as text. Any other value
 * (a symbol, an object) would throw where it is rendered: it reads as unset, with one warning.
 */
export function textProperty<T extends Element>(element: T, name: keyof T & string): string | undefined {
  const value: unknown = element[name];
  if (value == null) return undefined;
  if (isText(value)) return String(value);
  warnInvalid(element, name, value, 'text');
  return undefined;
}

/** Whether `address` is an http(s) address: absolute, or relative to `base` where one is given. */
export function isHttpAddress(address: string, base?: string): boolean {
  try {
    return /^https?:$/.test(new URL(address, base).protocol);
  } catch {
    return false;
  }
}

/** Whether `address` is one a link may take: http(s), or relative to the page (and so of the page's scheme). */
export const isSafeLink = (address: string): boolean => isHttpAddress(address, 'https://relative.invalid/');

/**
 * The link property `name` of `element` as it renders: a text property (see `textProperty`) that is an http(s) or
 * relative address. Any other (`javascript:`, `data:`, in any case, after white space) would run code or show what
 * the attribute holds: it reads as unset, with one warning, and the link is left out as for a missing one.
 */
export function linkProperty<T extends Element>(element: T, name: keyof T & string): string | undefined {
  const address = textProperty(element, name);
  if (address === undefined || isSafeLink(address)) return address;
  warnInvalid(element, name, address, 'an http(s) address or one relative to the page');
  return undefined;
}

/**
 * A numeric option's value as a number: a number as it is, numeric text as its number, anything else `NaN`. A page
 * may set the property to text; no value of any type makes it throw.
 */
export const asNumber = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** A comma-separated list; an empty or blank one is no list, as a template that fills in nothing writes it. */
const splitList = (text: string) => (text.trim() === '' ? [] : text.split(','));

/**
 * A list option's entries, as the attribute `points="2,4,torture"` gives them or a page's script sets them (a list,
 * or text separated by commas); none for unset or blank.
 */
export const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value == null ? [] : splitList(String(isText(value) ? value : ''));

/** The attribute converter of a list option: `points="2,4,torture"` is `['2', '4', 'torture']`, `points=""` `[]`. */
export const listAttribute = { fromAttribute: (value: string | null) => (value === null ? null : splitList(value)) };
