/** A page's value as a warning shows it: text and numbers quoted, anything else by its kind, never throwing. */
function shown(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return `"${value}"`;
  // A symbol converts only explicitly, as here.
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  try {
    // Every object has a tag, one without a prototype too.
    return Object.prototype.toString.call(value);
  } catch {
    // A revoked Proxy, or a getter of Symbol.toStringTag that throws.
    return 'an object';
  }
}

/** Tells the page's author about a bad attribute value, naming the element, the value and what is valid. */
export function warnInvalid(element: Element, attribute: string, value: unknown, valid: string): void {
  console.warn(`<${element.localName}>: ${attribute}=${shown(value)} is not valid; use ${valid}.`);
}

/**
 * A text property's value to render: unset as `undefined`, a number as text. Any other value (a symbol, an object)
 * would throw where it is rendered: it reads as unset, with one warning.
 */
export function textProperty(element: Element, name: string, value: unknown, valid: string): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  warnInvalid(element, name, value, valid);
  return undefined;
}
