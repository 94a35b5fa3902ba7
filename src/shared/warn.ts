import { asText } from './values.js';

/** Tells the page's author about a bad attribute value, naming the element, the value and what is valid. */
export function warnInvalid(element: Element, attribute: string, value: unknown, valid: string): void {
  console.warn(`<${element.localName}>: ${attribute}="${asText(value)}" is not valid; use ${valid}.`);
}
