import { isText } from './values.js';

/**
 * A page's value as a warning shows it: text and numbers quoted, a list as its items, an object (of any kind) as
 * such, never throwing.
 */
const shown = (value: unknown): string =>
  isText(value)
    ? `"${value}"`
    : Array.isArray(value)
      ? `"${value.map((item) => (isText(item) ? item : '?')).join()}"`
      : // Explicit conversion never throws for the rest: a symbol, a boolean, null, undefined.
        Object(value) === value
        ? 'an object'
        : String(value);

/**
 * Tells the page's author about a bad attribute value, naming the element, the value and what is valid. A numeric
 * option whose attribute is no number (`NaN`) is named by the attribute's text.
 */
export function warnInvalid(element: Element, attribute: string, value: unknown, valid: string): void {
  const given = Number.isNaN(value) ? (element.getAttribute(attribute) ?? value) : value;
  console.warn(`<${element.localName}>: ${attribute}=${shown(given)} is not valid; use ${valid}.`);
}
