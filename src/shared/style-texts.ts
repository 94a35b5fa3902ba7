import type { ReactiveElement } from 'lit';

/**
 * The CSS text of each of an element class's styles, as its shadow roots adopt them: for the stylesheets published
 * beside the bundle and the builder's fallback layout.
 */
export function styleTextsOf(type: typeof ReactiveElement): string[] {
  // Reading its observed attributes finalizes the class, which gathers its `elementStyles`.
  void type.observedAttributes;
  return type.elementStyles.map((style) => ('cssText' in style ? style.cssText : ''));
}
