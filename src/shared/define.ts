/**
 * Registers `tag` unless the page already has a definition for it: a page may load the drop-in bundle
 * twice, or the bundle and the npm build together, and `customElements.define` would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
