/** Whether a page's value is one the widgets take as text: a string or a number. */
export const isText = (value: unknown): value is string | number =>
  typeof value === 'string' || typeof value === 'number';

/**
 * An attribute or property value as text. Anything but a string or a number (a symbol, an object without
 * a prototype, …) reads as empty, so no conversion of a page's bad value can throw.
 */
export const asText = (value: unknown): string => (isText(value) ? String(value) : '');
