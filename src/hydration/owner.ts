import { DEFER_HYDRATION } from './protocol.js';

/** The next element up, crossing from a shadow root to its host. */
const parentOf = (node: Element) => node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;

/**
 * The custom element above `widget` that will wake it, as Lit's protocol has it: one not yet defined, or itself
 * deferring. Any other parent, the host of any other shadow root included, leaves the widget to this package.
 */
export function ownerOf(widget: Element): Element | undefined {
  for (let node = parentOf(widget); node; node = parentOf(node)) {
    const tag = node.localName;
    if (tag.includes('-') && (node.hasAttribute(DEFER_HYDRATION) || !customElements.get(tag))) return node;
  }
  return undefined;
}
