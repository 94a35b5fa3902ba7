/** Why a server-rendered tree is not hydrated; `expected` where the page asked for the change (another language). */
export interface Mismatch {
  reason: string;
  expected?: boolean;
}

/** What a page may do to a tree's styles (drop a `<style>`, refuse a `<link>`) without changing what a reader gets. */
const STYLING = new Set(['style', 'link']);

/**
 * What a reader gets of a tree, in document order: each element with its attributes, where it ends, and the text
 * between, its white space collapsed as the page lays it out. Comments (Lit's markers) and styles are left out.
 */
export function readerView(parent: Node, tokens: string[] = []): string[] {
  let text = '';
  const endText = () => {
    if (text) tokens.push(text.replace(/\s+/g, ' '));
    text = '';
  };
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    // By node type: a widget may live in another frame's document than the one this module runs in.
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    const element = node as Element;
    if (node.nodeType !== Node.ELEMENT_NODE || STYLING.has(element.localName)) continue;
    endText();
    const attributes = Array.from(element.attributes, ({ name, value }) => ` ${name}="${value}"`).sort();
    tokens.push(`<${element.localName}${attributes.join('')}>`);
    readerView(element, tokens);
    tokens.push(`</${element.localName}>`);
  }
  endText();
  return tokens;
}

/** Why a tree without Lit's part markers cannot be hydrated. */
export const MARKERS_REMOVED: Mismatch = {
  reason: "its comments, Lit's part markers among them, were removed, as HTML minifiers do",
};

/** Whether `root` holds Lit's part markers, which hydration binds to: comments, which HTML minifiers remove. */
export function hasMarkers(root: ShadowRoot): boolean {
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let node = comments.nextNode(); node; node = comments.nextNode()) {
    if ((node as Comment).data.startsWith('lit-part')) return true;
  }
  return false;
}

/** The first `lang` in a reader's view: the language of the widget's phrases. */
const languageIn = (view: string[]) => {
  for (const token of view) {
    const lang = token.startsWith('<') && / lang="([^"]*)"/.exec(token)?.[1];
    if (lang) return lang;
  }
  return undefined;
};

/** Where two texts part, a few words either side: enough for an editor to find an edit. */
function around(text: string, other: string): string {
  let start = 0;
  while (start < text.length && text[start] === other[start]) start += 1;
  const from = Math.max(0, start - 20);
  return `${from > 0 ? '…' : ''}${text.slice(from, start + 20).trim()}${start + 20 < text.length ? '…' : ''}`;
}

/**
 * Why the server's tree in `root` is not the element's own, `fresh` (its render now), or undefined when it is: it must
 * give a reader exactly what `fresh` gives, compared as text and markup, not through anything the page carries (a
 * page can be edited, and any digest it holds recomputed). `changed`: the page changed the widget while it waited.
 */
export function mismatchOf(root: ShadowRoot, fresh: DocumentFragment, changed: boolean): Mismatch | undefined {
  const served = readerView(root);
  const own = readerView(fresh);
  let at = 0;
  while (at < served.length && served[at] === own[at]) at += 1;
  if (at === served.length && at === own.length) return undefined;
  const [servedLang, ownLang] = [languageIn(served), languageIn(own)];
  if (servedLang !== ownLang) {
    return { reason: `it was server-rendered in ${servedLang} and shows ${ownLang}`, expected: true };
  }
  if (changed) return { reason: 'the page changed it after it was server-rendered', expected: true };
  const [servedToken = '', ownToken = ''] = [served[at], own[at]];
  return servedToken.startsWith('<') || ownToken.startsWith('<')
    ? { reason: "its markup was changed after prerendering (by a CMS filter such as WordPress's wpautop?)" }
    : {
        reason: `its text was changed after prerendering: it read "${around(servedToken, ownToken)}" where the statement reads "${around(ownToken, servedToken)}"`,
      };
}

/** The messages already told, so that a page of widgets gets each once. */
const told = new Set<string>();

/**
 * Says once in the console why `element` renders afresh rather than hydrating what the server rendered: a warning,
 * but for what the page asked for, such as another language than the server's, which is information.
 */
export function tellRenderingAfresh(element: Element, { reason, expected }: Mismatch): void {
  const message = `<${element.localName}>: rendered afresh, as ${reason}.`;
  if (told.has(message)) return;
  told.add(message);
  (expected ? console.info : console.warn)(message);
}
