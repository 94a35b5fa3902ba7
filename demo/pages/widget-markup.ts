// A widget on one of the site's generated pages, as the builder writes it for partners: the element with its
// attributes and its fallback (the statement's words for readers whose browser shows no shadow root). Its script and
// layout rules are left out: the page links them once, as files.
import type { TagName } from '../../src/tag-names.js';
import { defaultOptions, snippetOf, type EmbedOptions } from '../snippet.js';

type WidgetOptions = Partial<Pick<EmbedOptions, 'point' | 'numbered' | 'limit' | 'href'>>;

export function widgetMarkup(tag: TagName, options: WidgetOptions): string {
  const snippet = snippetOf({
    ...defaultOptions,
    ...options,
    tag,
    // Left out below: only the element is kept.
    scriptUrl: 'https://widget.invalid/pa-statement-widget.js',
    linkStylesheet: true,
  });
  return snippet.slice(snippet.indexOf(`<${tag}`));
}
