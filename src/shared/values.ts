/**
 * An attribute or property value as text. Anything but a string or a number (a symbol, an object without
 * a prototype, …) reads as empty, so no conversion of a page's bad value can throw.
 */
export const asText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
