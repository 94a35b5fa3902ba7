/**
 * Finds `element` again in `root` once its tree may have been replaced: the same node while it is there, else the
 * one with the same `part` at the same place among those. A click held while a widget woke, and the focus, go to the
 * same control of a tree rendered afresh.
 */
export function locator(root: ParentNode, element: Element): () => HTMLElement | undefined {
  const selector = `[part="${CSS.escape(element.getAttribute('part') ?? '')}"]`;
  const index = [...root.querySelectorAll(selector)].indexOf(element);
  return () => (element.isConnected ? element : root.querySelectorAll(selector)[index]) as HTMLElement | undefined;
}
