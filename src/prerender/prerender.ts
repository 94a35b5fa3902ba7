// Node only: `pa-statement-widget/prerender`. Lit's server renderer writes each widget's shadow tree into the page
// as a declarative shadow root, which the drop-in bundle then hydrates.
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../all.js';
import { loadLanguage, localize } from '../shared/localize.js';
import { digestOf, digestToken, markerText } from '../shared/prerendered.js';
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
   * The address of the folder that holds the widgets' stylesheets (`pa-statement.css`, `pa-statement-point.css`,
   * `pa-statement-quote.css`, published beside the drop-in bundle). Each shadow root then links its element's
   * stylesheet instead of holding an inline `<style>`, which a Content-Security-Policy of `style-src 'self'` refuses.
   */
  stylesheets?: string;
}

const OPTIONS: readonly string[] = ['lang', 'stylesheets'] satisfies (keyof PrerenderOptions)[];

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => [
  ...('childNodes' in node ? node.childNodes : []),
  ...('content' in node ? node.content.childNodes : []),
];
const attributeOf = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name);
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A prerendered widget: its first child is a declarative shadow root. */
const isPrerendered = (element: Element) =>
  element.childNodes.some(
    (child) => isElement(child) && child.tagName === 'template' && attributeOf(child, 'shadowrootmode'),
  );

/** The digest of a shadow root's content as a browser parses it: the same HTML parsing algorithm, in a template. */
const digestOfHtml = (html: string) => {
  const tokens: string[] = [];
  const walk = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName !== '#comment') {
        tokens.push(
          digestToken({
            nodeType: isElement(child) ? 1 : 3,
            localName: child.nodeName,
            data: 'value' in child ? child.value : '',
          }),
        );
      }
      walk(child);
    }
  };
  walk(parseFragment(html));
  return digestOf(tokens);
};

/** The widget's shadow tree, as Lit's server renderer writes it, with the marker the element checks. */
async function shadowOf(element: Element, lang: string, stylesheets: string | undefined): Promise<string> {
  const renderer = new LitElementRenderer(element.tagName);
  const widget = renderer.element as HTMLElement;
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
  const rendered = [...(renderer.renderShadow(renderInfo) ?? [])];
  // The renderer writes the styles first, as a <style>, then the template; a link takes the <style>'s place.
  if (stylesheets) {
    const href = new URL(`${element.tagName}.css`, stylesheets).href;
    rendered.splice(0, rendered.length - 1, `<link rel="stylesheet" href="${escapeAttribute(href)}">`);
  }
  const html = await collectResult(rendered);
  const localized = localize(widget);
  return `<!--${markerText(localized.lang, localized.textLang, digestOfHtml(html))}-->${html}`;
}

function checkedOptions(options: unknown): PrerenderOptions {
  if (options == null) return {};
  if (typeof options !== 'object') {
    console.warn(
      `prerender: options must be an object like { lang: 'de' }; ignoring ${asText(options) || typeof options}.`,
    );
    return {};
  }
  const given = options as Record<string, unknown>;
  const checked: PrerenderOptions = {};
  for (const name of Object.keys(given)) {
    const value = given[name];
    if (!OPTIONS.includes(name))
      console.warn(`prerender: unknown option "${name}"; the options are ${OPTIONS.join(' and ')}.`);
    else if (typeof value !== 'string' || value.trim() === '')
      console.warn(`prerender: option ${name} must be a text; ignoring it.`);
    else if (name === 'stylesheets' && !URL.canParse(value)) {
      console.warn(
        `prerender: stylesheets="${value}" is not a full address; give the folder's, e.g. https://example.org/pa-statement-widget/v0.1.0/. Using inline styles.`,
      );
    } else
      checked[name as keyof PrerenderOptions] = name === 'stylesheets' && !value.endsWith('/') ? `${value}/` : value;
  }
  return checked;
}

/**
 * Returns `html` (a snippet or a whole page) unchanged but for the widgets in it: each `<pa-statement>`,
 * `<pa-statement-point>` and `<pa-statement-quote>` gains, as its first child, a `<template shadowrootmode="open">`
 * holding its rendered shadow tree and styles, and the attributes `rendered` and `defer-hydration`. Its fallback content stays, for
 * places that drop templates. A widget already prerendered is left as it is. Bad attribute values get the warnings
 * the browser gives; HTML that is not valid is read as a browser reads it.
 */
export async function prerender(html: string, options?: PrerenderOptions): Promise<string> {
  if (typeof html !== 'string') throw new TypeError(`prerender(html): html must be a text, not ${typeof html}`);
  const { lang: defaultLang = 'en', stylesheets } = checkedOptions(options);
  const edits: { at: number; text: string }[] = [];
  const visit = async (node: Node, lang: string): Promise<void> => {
    if (isElement(node)) {
      lang = attributeOf(node, 'lang')?.value || lang;
      const start = node.sourceCodeLocation?.startTag;
      if (TAGS.has(node.tagName) && start && !isPrerendered(node)) {
        // `rendered`: the snippet's fallback rules hold back; the shadow root shows, and the fallback is hidden.
        const added = ['rendered', 'defer-hydration'].filter((name) => !attributeOf(node, name));
        edits.push({ at: start.endOffset - 1, text: added.map((name) => ` ${name}`).join('') });
        const shadow = await shadowOf(node, lang, stylesheets);
        edits.push({ at: start.endOffset, text: `<template shadowrootmode="open">${shadow}</template>` });
      }
    }
    for (const child of childrenOf(node)) await visit(child, lang);
  };
  await visit(parse(html, { sourceCodeLocationInfo: true }), defaultLang);
  let result = html;
  for (const { at, text } of edits.sort((a, b) => b.at - a.at)) result = result.slice(0, at) + text + result.slice(at);
  return result;
}
