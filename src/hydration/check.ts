import { digestOf } from '../shared/digest.js';
import { RENDER_KEY, renderKeyOf, type KeyedElement } from './render-key.js';
import { TREE_DIGEST, treeTokens } from './tree-digest.js';

/** Why a server-rendered tree cannot be hydrated; `expected` where the page asks for it (another language). */
export interface Mistrust {
  reason: string;
  expected?: boolean;
}

/**
 * Why `widget`'s server-rendered `root` cannot be hydrated, or undefined when it can. The tree must be as the server wrote
 * it, where the server recorded its digest (this package's prerenderer does: a CMS filter such as WordPress's
 * `wpautop` rewrites what is pasted, even inside a template), and its render key must be the widget's own now: the
 * same languages, words, styles and property values. Lit's markers, which hold the templates' digests, are part of
 * the digest; `hydrate()` checks the templates themselves.
 */
export function mistrust(widget: KeyedElement, root: ShadowRoot): Mistrust | undefined {
  const walker = document.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
  );
  const nodes: Node[] = [];
  let recorded: string | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as CharacterData).data;
    if (node.nodeType === Node.COMMENT_NODE && data.startsWith(TREE_DIGEST)) recorded = data.slice(TREE_DIGEST.length);
    else nodes.push(node);
  }
  if (recorded !== undefined && recorded !== digestOf(treeTokens(nodes))) {
    return { reason: 'its prerendered tree was changed after prerendering (by a CMS filter?)' };
  }
  const key = widget.getAttribute(RENDER_KEY) ?? '';
  const expected = renderKeyOf(widget);
  if (key === expected) return undefined;
  const [lang, textLang, content] = expected.split(' ');
  const [serverLang = '', serverTextLang = '', serverContent] = key.split(' ');
  if (!key) return { reason: 'its server-rendered tree has no render key (another version?)' };
  if (serverLang !== lang || serverTextLang !== textLang) {
    const reason = `it was server-rendered in ${serverLang} (text: ${serverTextLang}) and shows ${lang} (text: ${textLang})`;
    return { reason, expected: true };
  }
  return serverContent !== content
    ? { reason: 'it was server-rendered with other words or styles (another version?)' }
    : { reason: 'its attributes or properties changed after it was server-rendered', expected: true };
}

/** The reasons already told, so that a page of widgets gets each once. */
const told = new Set<string>();

/**
 * Says once in the console why `element` renders afresh rather than hydrating what the server rendered: a warning,
 * but for what the page asked for, such as another language than the server's, which is information.
 */
export function tellRenderingAfresh(element: Element, { reason, expected }: Mistrust): void {
  const message = `<${element.localName}>: rendered afresh, as ${reason}.`;
  if (told.has(message)) return;
  told.add(message);
  (expected ? console.info : console.warn)(message);
}

/**
 * Finds `element` again in `root` once its tree may have been replaced: the same node while it is there, else the
 * one with the same `part` at the same place among those. A click held while a widget hydrated, and the focus, go
 * to the same control of a tree rendered afresh.
 */
export function locator(root: ParentNode, element: Element): () => Element | undefined {
  const selector = `[part="${CSS.escape(element.getAttribute('part') ?? '')}"]`;
  const index = [...root.querySelectorAll(selector)].indexOf(element);
  return () => (element.isConnected ? element : root.querySelectorAll(selector)[index]);
}
