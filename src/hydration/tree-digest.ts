/**
 * A server-rendered tree's digest, recorded by this package's prerenderer in a comment that starts the shadow root,
 * `<!--pa-statement-widget digest 1x2y3z-->`, and checked by the client before it hydrates (see `hydrate.ts`).
 */
export const TREE_DIGEST = 'pa-statement-widget digest ';

/** A node of a parsed tree, a DOM node or parse5's: an element by its name and attributes; a text or comment by its data. */
export interface TreeNode {
  nodeType: number;
  localName?: string | null;
  data?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/**
 * What the digest covers of each node, in document order: elements with their attributes, texts and comments (Lit's
 * markers among them). Every engine and parse5 parse the same HTML into the same nodes.
 */
export function* treeTokens(nodes: Iterable<TreeNode>): Generator<string> {
  for (const node of nodes) {
    yield node.nodeType === 1
      ? `<${node.localName}${Array.from(node.attributes ?? [], ({ name, value }) => ` ${name}=${value}`).join('')}`
      : `${node.nodeType} ${node.data ?? ''}`;
  }
}
