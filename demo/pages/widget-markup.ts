// A widget on one of the site's generated pages, as the builder writes it for partners: the element with its
// attributes and its fallback. Its script and layout rules are left out: the page links them once, as files.
import type { TagName } from '../../src/tag-names.js';
import { defaultOptions, elementMarkup, type EmbedOptions } from '../snippet.js';

type WidgetOptions = Partial<Pick<EmbedOptions, 'point' | 'numbered' | 'limit' | 'href'>>;

export const widgetMarkup = (tag: TagName, options: WidgetOptions, pageAttributes: [string, string][] = []) =>
  elementMarkup({ ...defaultOptions, ...options, tag }, pageAttributes);
