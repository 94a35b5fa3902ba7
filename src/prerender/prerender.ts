// Node only: `pa-statement-widget/prerender`. Lit's server renderer writes each widget's shadow tree into the page
// as a declarative shadow root, which the elements then hydrate when they are needed.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../all.js';
import { DEFER_HYDRATION } from '../hydration/protocol.js';
import { loadLanguage } from '../localization/phrases.js';
import { escapeHtml } from '../shared/escape-html.js';
import { isHttpAddress } from '../shared/property-values.js';
import { asText } from '../shared/values.js';
import { checkMarkup, PRERENDER_LIMITS } from './limits.js';
import { isTextOption } from './options.js';
import { TAGS } from '../tag-names.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const WIDGETS = new Set<string>(TAGS);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

export { PRERENDER_LIMITS };

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
  /**
   * Called with each warning, in place of `console.warn`: a bad option, or a bad attribute value of a widget (the
   * warning the browser would give).
   */
  onWarning?: (message: string) => void;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attributeOf = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name);

/** A prerendered widget holds a declarative shadow root among its children. */
const isPrerendered = (element: Element) =>
  element.childNodes.some(
    (child) => isElement(child) && child.tagName === 'template' && attributeOf(child, 'shadowrootmode'),
  );

/**
 * `<tag name="value"…></tag>` as a Lit template: the tag and the names static, the values bound, so that Lit's
 * server renderer sets them as a browser would and keeps one template per tag and set of names.
 */
function widgetTemplate(tag: string, attributes: [string, string][]) {
  const strings = ['<'];
  const values: unknown[] = [unsafeStatic(tag)];
  attributes.forEach(([name, value], index) => {
    strings.push(index === 0 ? ' ' : '" ', '="');
    values.push(unsafeStatic(name), value);
  });
  strings.push(attributes.length > 0 ? '"></' : '></', '>');
  values.push(unsafeStatic(tag));
  return staticHtml(strings as unknown as TemplateStringsArray, ...values);
}

/**
 * The attributes that change what a widget renders: those it observes, and `lang`, resolved here from its ancestors,
 * which the element does not have on a server.
 */
function renderedAttributes(element: Element, lang: string): [string, string][] {
  const observed = (customElements.get(element.tagName) as unknown as typeof LitElement).observedAttributes;
  const given = element.attrs.filter(({ name }) => observed.includes(name) && name !== DEFER_HYDRATION);
  return [...given.map(({ name, value }): [string, string] => [name, value]), ['lang', lang]];
}

/**
 * The widget's shadow tree as Lit's server renderer writes it (the element's own server render), and the attributes
 * the element set on itself (`invalid`).
 */
function prerendered(element: Element, lang: string, stylesheets: string | undefined) {
  const tag = element.tagName;
  const output = collectResultSync(render(widgetTemplate(tag, renderedAttributes(element, lang))));
  const start = output.indexOf('<template');
  let shadow = output.slice(output.indexOf('>', start) + 1, output.lastIndexOf(`</template></${tag}>`));
  if (stylesheets) {
    const href = escapeHtml(new URL(`${tag}.css`, stylesheets).href);
    // A function, not a replacement string, in which the address's `$'` or `$&` would copy the shadow tree.
    shadow = shadow.replace(/^<style>[^]*?<\/style>/, () => `<link rel="stylesheet" href="${href}">`);
  }
  const host = parseFragment(output.slice(0, start)).childNodes.find(isElement);
  return {
    shadow,
    // What the element set on itself: `invalid` where an attribute is bad.
    attributes: (host?.attrs ?? []).filter(({ name }) => !attributeOf(element, name) && name !== 'lang'),
  };
}

function checkedOptions(options: unknown, warn: (message: string) => void): PrerenderOptions {
  if (options == null) return {};
  if (typeof options !== 'object') {
    warn(`options must be an object like { lang: 'de' }; ignoring ${asText(options) || typeof options}.`);
    return {};
  }
  const checked: PrerenderOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (name === 'onWarning') continue;
    if (!isTextOption(name)) warn(`unknown option "${name}"; the options are lang, stylesheets and onWarning.`);
    else if (typeof value !== 'string' || value.trim() === '') warn(`option ${name} must be a text; ignoring it.`);
    else if (name === 'lang') checked.lang = value;
    else if (!isHttpAddress(value)) {
      warn(
        `stylesheets="${value}" is not an http(s) address; give the folder's, e.g. https://example.org/pa-statement-widget/v0.1.0/. Using inline styles.`,
      );
    } else checked.stylesheets = value.endsWith('/') ? value : `${value}/`;
  }
  return checked;
}

/** The widgets of `html` not yet prerendered, each with the language it resolves, in document order. */
function widgetsIn(html: string, defaultLang: string) {
  const widgets: { element: Element; lang: string }[] = [];
  // Depth first, without recursion: a page may nest deeper than the call stack goes.
  const pending: { node: Node; lang: string }[] = [
    { node: parse(html, { sourceCodeLocationInfo: true }), lang: defaultLang },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node } = next;
    // An empty `lang` is a language too, unknown: the browser's `closest('[lang]')` stops there, and so does this.
    const lang = (isElement(node) ? attributeOf(node, 'lang')?.value : undefined) ?? next.lang;
    // Only in HTML: inside <svg> or <math> the parser makes no declarative shadow root, and the markup would spill out.
    const widget = isElement(node) && node.namespaceURI === HTML_NAMESPACE && WIDGETS.has(node.tagName);
    if (widget && node.sourceCodeLocation?.startTag && !isPrerendered(node)) {
      widgets.push({ element: node, lang });
    }
    if ('childNodes' in node) {
      for (let index = node.childNodes.length - 1; index >= 0; index -= 1)
        pending.push({ node: node.childNodes[index], lang });
    }
  }
  return widgets;
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
  if (html.length > PRERENDER_LIMITS.characters) {
    throw new RangeError(
      `prerender(html): html holds ${html.length} characters, more than the ${PRERENDER_LIMITS.characters} one call takes; prerender the page in parts.`,
    );
  }
  checkMarkup(html);
  const onWarning = typeof options?.onWarning === 'function' ? options.onWarning : undefined;
  const warn = (message: string) => (onWarning ?? console.warn)(`prerender: ${message}`);
  const { lang: defaultLang = 'en', stylesheets } = checkedOptions(options, warn);
  const widgets = widgetsIn(html, defaultLang);
  if (widgets.length > PRERENDER_LIMITS.widgets) {
    throw new RangeError(
      `prerender(html): html holds ${widgets.length} widgets, more than the ${PRERENDER_LIMITS.widgets} one call prerenders; prerender the page in parts.`,
    );
  }
  for (const { lang } of widgets) await loadLanguage(lang);
  // The elements warn in the console; rendering is synchronous, so no other call's warnings come in between.
  const consoleWarn = console.warn;
  if (onWarning) console.warn = (...args: unknown[]) => onWarning(args.map(String).join(' '));
  const pieces: string[] = [];
  let copied = 0;
  try {
    for (const { element, lang } of widgets) {
      const { shadow, attributes } = prerendered(element, lang, stylesheets);
      const end = (element.sourceCodeLocation?.startTag?.endOffset ?? 0) as number;
      // `rendered`: the snippet's fallback rules hold back; the shadow root shows, and the fallback is hidden.
      const added = [{ name: 'rendered', value: '' }, { name: DEFER_HYDRATION, value: '' }, ...attributes]
        .filter(({ name }) => !attributeOf(element, name))
        .map(({ name, value }) => (value ? ` ${name}="${escapeHtml(value)}"` : ` ${name}`));
      pieces.push(html.slice(copied, end - 1), added.join(''), html.slice(end - 1, end));
      pieces.push(`<template shadowrootmode="open">${shadow}</template>`);
      copied = end;
    }
  } finally {
    console.warn = consoleWarn;
  }
  pieces.push(html.slice(copied));
  return pieces.join('');
}
