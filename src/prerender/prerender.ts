// Node only: `pa-statement-widget/prerender`. Lit's server renderer writes each widget's shadow tree into the page
// as a declarative shadow root, which the drop-in bundle then hydrates.
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { CSSResult, LitElement } from 'lit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../all.js';
import { loadLanguage, localize } from '../shared/localize.js';
import { digestOf, markerText } from '../shared/prerendered.js';
import { asText } from '../shared/values.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const TAGS = new Set(['pa-statement', 'pa-statement-point', 'pa-statement-quote']);

export interface PrerenderOptions {
  /**
   * The language of a widget that neither it nor an ancestor in the HTML gives a `lang`, e.g. `de` for a snippet
   * bound for a German page. English by default.
   */
  lang?: string;
  /**
   * The address (http or https) of the folder that holds the widgets' stylesheets (`pa-statement.css`,
   * `pa-statement-point.css`, `pa-statement-quote.css`, published beside the drop-in bundle). Each shadow root then
   * links its element's stylesheet instead of holding an inline `<style>`, which a Content-Security-Policy of
   * `style-src 'self'` refuses.
   */
  stylesheets?: string;
}

/** The options `prerender()` takes, as the command line names them too. */
export const PRERENDER_OPTIONS: readonly string[] = ['lang', 'stylesheets'] satisfies (keyof PrerenderOptions)[];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attributeOf = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name);
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A prerendered widget holds a declarative shadow root among its children. */
const isPrerendered = (element: Element) =>
  element.childNodes.some(
    (child) => isElement(child) && child.tagName === 'template' && attributeOf(child, 'shadowrootmode'),
  );

/** parse5's nodes of `html`, parsed as a browser parses a declarative shadow root's content, in document order. */
function* parsedNodes(html: string) {
  const pending: Node[] = [...parseFragment(html).childNodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isElement(node)) yield { nodeType: 1, localName: node.tagName, attributes: node.attrs };
    else if (node.nodeName === '#text' && 'value' in node) yield { nodeType: 3, data: node.value };
    if ('childNodes' in node) pending.push(...[...node.childNodes].reverse());
  }
}

/** The widget's shadow tree, as Lit's server renderer writes it, with the marker the element checks. */
async function prerendered(element: Element, lang: string, stylesheets: string | undefined) {
  const renderer = new LitElementRenderer(element.tagName);
  const widget = renderer.element as LitElement;
  for (const { name, value } of element.attrs) renderer.setAttribute(name, value);
  // The language resolved here stands for the ancestors, which a server does not have.
  if (!attributeOf(element, 'lang')) widget.setAttribute('lang', lang);
  await loadLanguage(lang);
  renderer.connectedCallback();
  const renderInfo: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const styles = (widget.constructor as typeof LitElement).elementStyles
    .map((style) => (style as CSSResult).cssText)
    .join('');
  const stylesheet = stylesheets && new URL(`${element.tagName}.css`, stylesheets).href;
  const html = await collectResult([
    stylesheet ? `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">` : `<style>${styles}</style>`,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- render() is protected: the renderer's way too
    () => renderValue((widget as any).render(), renderInfo),
  ]);
  const { lang: chromeLang, textLang } = localize(widget);
  return {
    shadow: `<!--${markerText(chromeLang, textLang, digestOf(parsedNodes(html)))}-->${html}`,
    // What the element set on itself while rendering (`invalid`), which it will set once live too.
    attributes: Array.from(widget.attributes, ({ name }) => name).filter(
      (name) => name !== 'lang' && !attributeOf(element, name),
    ),
  };
}

const warn = (message: string) => console.warn(`prerender: ${message}`);

function checkedOptions(options: unknown): PrerenderOptions {
  if (options == null) return {};
  if (typeof options !== 'object') {
    warn(`options must be an object like { lang: 'de' }; ignoring ${asText(options) || typeof options}.`);
    return {};
  }
  const checked: PrerenderOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (!PRERENDER_OPTIONS.includes(name)) warn(`unknown option "${name}"; the options are lang and stylesheets.`);
    else if (typeof value !== 'string' || value.trim() === '') warn(`option ${name} must be a text; ignoring it.`);
    else if (name === 'lang') checked.lang = value;
    else if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
      warn(
        `stylesheets="${value}" is not an http(s) address; give the folder's, e.g. https://example.org/pa-statement-widget/v0.1.0/. Using inline styles.`,
      );
    } else checked.stylesheets = value.endsWith('/') ? value : `${value}/`;
  }
  return checked;
}

/**
 * Returns `html` (a snippet or a whole page) unchanged but for the widgets in it: each `<pa-statement>`,
 * `<pa-statement-point>` and `<pa-statement-quote>` gains, as its first child, a `<template shadowrootmode="open">`
 * holding its rendered shadow tree and styles, and the attributes `rendered` and `defer-hydration` (and any the
 * element sets on itself, such as `invalid`). Its fallback content stays, for places that drop templates. A widget
 * already prerendered is left as it is, and so is what a `<template>` holds (a clone would lose its shadow root).
 * Bad attribute values get the warnings the browser gives; HTML that is not valid is read as a browser reads it.
 */
export async function prerender(html: string, options?: PrerenderOptions): Promise<string> {
  if (typeof html !== 'string') throw new TypeError(`prerender(html): html must be a text, not ${typeof html}`);
  const { lang: defaultLang = 'en', stylesheets } = checkedOptions(options);
  const edits: { at: number; text: string }[] = [];
  // Depth first, without recursion: a page may nest deeper than the call stack goes.
  const pending: { node: Node; lang: string }[] = [
    { node: parse(html, { sourceCodeLocationInfo: true }), lang: defaultLang },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node } = next;
    // An empty `lang` is a language too, unknown: the browser's `closest('[lang]')` stops there, and so does this.
    const lang = (isElement(node) ? attributeOf(node, 'lang')?.value : undefined) ?? next.lang;
    const start = isElement(node) ? node.sourceCodeLocation?.startTag : undefined;
    if (isElement(node) && start && TAGS.has(node.tagName) && !isPrerendered(node)) {
      const { shadow, attributes } = await prerendered(node, lang, stylesheets);
      // `rendered`: the snippet's fallback rules hold back; the shadow root shows, and the fallback is hidden.
      const added = ['rendered', 'defer-hydration', ...attributes].filter((name) => !attributeOf(node, name));
      edits.push({ at: start.endOffset - 1, text: added.map((name) => ` ${name}`).join('') });
      edits.push({ at: start.endOffset, text: `<template shadowrootmode="open">${shadow}</template>` });
    }
    if ('childNodes' in node) pending.push(...[...node.childNodes].reverse().map((child) => ({ node: child, lang })));
  }
  let result = html;
  for (const { at, text } of edits.sort((a, b) => b.at - a.at)) result = result.slice(0, at) + text + result.slice(at);
  return result;
}
