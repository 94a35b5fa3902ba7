// What the embed-code builder offers, and the snippet it writes: attributes, custom properties and fallback
// content, all from the content model, so the snippet shows the statement verbatim even without JavaScript.
import { findPoint, points, statement, type StatementPoint } from '../src/content/statement.js';
import type { PrerenderOptions } from '../src/prerender/prerender.js';
import { wordingIn } from '../src/localization/wording.js';
import { fallbackLanguage, phrasesByLanguage } from './phrases.js';
import { FALLBACK_STYLESHEET, fallbackRules } from './fallback-layout.js';

export const TAGS = ['pa-statement', 'pa-statement-point', 'pa-statement-quote'] as const;
export type Tag = (typeof TAGS)[number];

export interface EmbedOptions {
  tag: Tag;
  /** `<pa-statement-point>`: the point shown. */
  point: string;
  /** `<pa-statement>`: the highlighted point ('' for none). */
  highlight: string;
  excerpt: boolean;
  numbered: boolean;
  limit: string;
  /** `<pa-statement-quote>`: comma-separated points ('' for all). */
  points: string;
  interval: string;
  full: boolean;
  theme: '' | 'auto' | 'light' | 'dark';
  /** The language of the widget's chrome ('' for the page's). */
  lang: string;
  /** `--pa-*` colours ('' for the default). */
  accent: string;
  text: string;
  background: string;
  font: string;
  href: string;
  /** The drop-in bundle's address; the builder's default is the bundle on the host it is served from. */
  scriptUrl: string;
  /**
   * Links the fallback's layout rules as the stylesheet published beside the bundle, in place of an inline
   * `<style>`, for pages whose Content-Security-Policy refuses inline styles.
   */
  linkStylesheet: boolean;
  /**
   * The snippet prerendered: each widget holds its shadow tree as a declarative shadow root, as
   * `pa-statement-widget prerender` writes it (see prerenderOptionsOf); the builder runs the prerenderer.
   */
  prerendered: boolean;
}

export const defaultOptions: Omit<EmbedOptions, 'scriptUrl'> = {
  tag: 'pa-statement-point',
  point: '4',
  highlight: '',
  excerpt: false,
  numbered: false,
  limit: '',
  points: '',
  interval: '8',
  full: false,
  theme: '',
  lang: '',
  accent: '',
  text: '',
  background: '',
  font: '',
  href: '',
  linkStylesheet: false,
  prerendered: false,
};

/** The element's attributes, in order: a value, or `true` for a boolean attribute. */
export function attributesOf(options: EmbedOptions): [string, string | true][] {
  const chosen: [string, string | true | false][] = [];
  if (options.tag === 'pa-statement-point') chosen.push(['point', options.point], ['excerpt', options.excerpt]);
  if (options.tag === 'pa-statement') {
    chosen.push(['numbered', options.numbered], ['limit', options.limit], ['highlight', options.highlight]);
  }
  if (options.tag === 'pa-statement-quote') {
    chosen.push(['points', options.points], ['full', options.full]);
    if (options.interval !== '8') chosen.push(['interval', options.interval]);
  }
  chosen.push(['theme', options.theme], ['lang', options.lang], ['href', options.href]);
  return chosen.filter((entry): entry is [string, string | true] => entry[1] !== false && entry[1] !== '');
}

/**
 * The `--pa-*` custom properties chosen. None with a linked stylesheet: without inline style the snippet has no
 * place for them, and they belong in the site's own stylesheet.
 */
export function customPropertiesOf(options: EmbedOptions): [string, string][] {
  if (options.linkStylesheet) return [];
  const chosen: [string, string][] = [
    ['--pa-color-accent', options.accent],
    ['--pa-color-text', options.text],
    ['--pa-color-background', options.background],
    ['--pa-font-family', options.font],
  ];
  return chosen.filter(([, value]) => value !== '');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const pointsOf = (keys: string): StatementPoint[] =>
  keys.split(',').flatMap((key) => {
    const lookup = findPoint(key);
    return lookup.ok ? [lookup.point] : [];
  });

/** The widget's words in the language its fallback is written in. */
function phrasesFor(options: EmbedOptions) {
  const lang = fallbackLanguage(options.lang);
  return { ...wordingIn(lang, phrasesByLanguage[lang]), title: phrasesByLanguage[lang].title };
}

type Phrases = ReturnType<typeof phrasesFor>;

/** "Progressive Alliance, 18th September 2020 · Point 4 of 11 · Read the full statement", as the element writes it. */
function attributionOf(point: StatementPoint, options: EmbedOptions, { date, phrase }: Phrases): string {
  const link = options.href ? ` · <a href="${escapeHtml(options.href)}">${phrase('readFullStatement')}</a>` : '';
  return `${statement.publisher}, ${date} · ${phrase('pointOf', { point: point.number, total: points.length })}${link}`;
}

/** The points `<pa-statement>` shows before "Show all": the first `limit`, and the highlighted one wherever it is. */
function shownPoints(options: EmbedOptions): StatementPoint[] {
  const limit = Number(options.limit);
  const highlighted = pointsOf(options.highlight)[0];
  if (!(Number.isInteger(limit) && limit >= 1 && limit < points.length)) return [...points];
  return points.filter((point, index) => index < limit || point === highlighted);
}

/**
 * What readers without JavaScript, and search engines, see: the statement's own words, in the element's structure,
 * so that the fallback rules (fallback-layout.ts) lay it out as the element will be.
 */
function fallbackOf(options: EmbedOptions): string[] {
  const phrases = phrasesFor(options);
  const { date, phrase } = phrases;
  if (options.tag === 'pa-statement') {
    const highlighted = pointsOf(options.highlight)[0];
    const item = (point: StatementPoint, indent: string) =>
      `${indent}<li${options.numbered ? ` value="${point.number}"` : ''}${point === highlighted ? ' aria-current="true"' : ''}><p>${escapeHtml(point.text)}</p></li>`;
    const shown = shownPoints(options);
    const rest = points.filter((point) => !shown.includes(point));
    return [
      `  <h2>${phrases.title}</h2>`,
      `  <p>${statement.publisher} · ${date}</p>`,
      '  <ol lang="en">',
      ...shown.map((point) => item(point, '    ')),
      '  </ol>',
      ...(rest.length > 0
        ? [
            '  <details>',
            `    <summary>${phrase('showAll', { count: points.length })}</summary>`,
            '    <ol lang="en">',
            ...rest.map((point) => item(point, '      ')),
            '    </ol>',
            '  </details>',
          ]
        : []),
      ...(options.href ? [`  <p><a href="${escapeHtml(options.href)}">${phrase('readFullStatement')}</a></p>`] : []),
    ];
  }
  if (options.tag === 'pa-statement-quote') {
    const quoted = pointsOf(options.points || points.map((point) => point.number).join(','));
    return quoted.flatMap((point) => [
      '  <figure>',
      `    <blockquote lang="en"><p>${escapeHtml(options.full ? point.text : point.quote)}</p></blockquote>`,
      `    <p>${attributionOf(point, options, phrases)}</p>`,
      '  </figure>',
    ]);
  }
  const [point] = pointsOf(options.point);
  if (!point) return [];
  return [
    `  <blockquote lang="en"><p>${escapeHtml(options.excerpt ? point.quote : point.text)}</p></blockquote>`,
    `  <p>${attributionOf(point, options, phrases)}</p>`,
  ];
}

/** Why the script address would not load on a partner's page, or '' when it would. */
export function scriptAddressProblem(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a full address: a partner’s page would look for the script on its own site. Give the address starting with https://.';
  }
  if (url.protocol === 'http:') return 'Pages served over https refuse a script from an http: address. Use https://.';
  if (url.protocol !== 'https:') return `A web page cannot load a script from a ${url.protocol} address. Use https://.`;
  return '';
}

/** The folder of the bundle's address, ending in `/`. */
const folderOf = (scriptUrl: string) => scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');

/** The fallback stylesheet's address: beside the bundle, in the same folder. */
export const stylesheetBeside = (scriptUrl: string) => folderOf(scriptUrl) + FALLBACK_STYLESHEET;

/**
 * The options of `prerender(snippet, options)` for a prerendered snippet, as one would give them to
 * `pa-statement-widget prerender`: the language chosen, if any; with a linked stylesheet, the bundle's folder, where
 * the widgets' own stylesheets are published beside it.
 */
export function prerenderOptionsOf(options: EmbedOptions): PrerenderOptions {
  return {
    ...(options.lang && { lang: options.lang }),
    ...(options.linkStylesheet && { stylesheets: folderOf(options.scriptUrl) }),
  };
}

/** The complete snippet to paste into a page or a CMS "custom HTML" block. */
export function snippetOf(options: EmbedOptions): string {
  const attributes = attributesOf(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const properties = customPropertiesOf(options).map(([name, value]) => `    ${name}: ${value};`);
  const layout = options.linkStylesheet
    ? [`<link rel="stylesheet" href="${escapeHtml(stylesheetBeside(options.scriptUrl))}" />`]
    : [
        '<style>',
        ...(properties.length > 0 ? [`  ${options.tag} {`, ...properties, '  }'] : []),
        ...fallbackRules(options).map((rule) => `  ${rule}`),
        '</style>',
      ];
  return [
    `<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>`,
    ...layout,
    `<${options.tag}${attributes}>`,
    ...fallbackOf(options),
    `</${options.tag}>`,
  ].join('\n');
}
