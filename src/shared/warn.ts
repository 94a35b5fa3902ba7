import { isText } from './values.js';

/** A page's value as a warning shows it: text and numbers quoted, an object (of any kind) as such, never throwing. */
const shown = (value: unknown) =>
  isText(value)
    ? `"${value}"`
    : // Explicit conversion never throws for the rest: a symbol, a boolean, null, undefined.
      Object(value) === value
      ? 'an object'
      : String(value);

/** Tells the page's author about a bad attribute value, naming the element, the value and what is valid. */
export function warnInvalid(element: Element, attribute: string, value: unknown, valid: string): void {
  console.warn(`<${element.localName}>: ${attribute}=${shown(value)} is not valid; use ${valid}.`);
}

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
