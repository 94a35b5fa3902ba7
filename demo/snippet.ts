// What the embed-code builder offers, and the snippet it writes: attributes, custom properties and fallback
// content, all from the package's own definitions (its tags, the elements' declared properties and defaults, the
// content model, the points a limited statement shows, the attribution's words), so the snippet shows the statement
// verbatim even without JavaScript, as the element will.
import type { PropertyDeclaration } from 'lit';
import { points, pointsNamed, statement, type StatementPoint } from '../src/content/statement.js';
import { ELEMENTS } from '../src/elements.js';
import { wordingIn } from '../src/localization/wording.js';
import type { PrerenderOptions } from '../src/prerender/prerender.js';
import { attributionText } from '../src/shared/attribution.js';
import { isSafeLink } from '../src/shared/property-values.js';
import { PaElement } from '../src/shared/pa-element.js';
import { pointsBeforeShowAll } from '../src/statement/pa-statement.js';
import { DEFAULT_INTERVAL_SECONDS } from '../src/statement-quote/pa-statement-quote.js';
import { TAG_NAMES, type TagName } from '../src/tag-names.js';
import { FALLBACK_HEADING, FALLBACK_STYLESHEET, fallbackRules } from './fallback-layout.js';
import { embedFrame } from './pages/embed-page.js';
import { escapeHtml } from './pages/site-context.js';
import { embedPathOf, pointPages, statementPage, type StatementPage } from './pages/statement-pages.js';
import { fallbackLanguage, phrasesByLanguage } from './phrases.js';

export interface EmbedOptions {
  tag: TagName;
  /** `<pa-statement-point>`: the point shown. The options named as the elements' properties write those attributes. */
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
  /** The language of the widget's phrases: buttons, labels, attribution ('' for the page's). */
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
   * The script's Subresource Integrity (`sha384-…`), for an address whose bytes never change (the site's pinned
   * folder); '' for none.
   */
  integrity: string;
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
  /**
   * What to paste: the script and the element (`script`); the address of the element's page on the site, for a
   * platform that embeds a link pasted on its own line (oEmbed) or shows its card (Open Graph) (`link`); or a frame of
   * its embed page, for a site that allows frames but not scripts (`frame`).
   */
  output: Output;
}

export type Output = 'script' | 'link' | 'frame';

/** What the element's markup and its fallback depend on: every option but where the script comes from. */
export type ElementOptions = Omit<EmbedOptions, 'scriptUrl'>;

export const defaultOptions: ElementOptions = {
  tag: TAG_NAMES.point,
  point: '4',
  highlight: '',
  excerpt: false,
  numbered: false,
  limit: '',
  points: '',
  interval: String(DEFAULT_INTERVAL_SECONDS),
  full: false,
  theme: '',
  lang: '',
  accent: '',
  text: '',
  background: '',
  font: '',
  href: '',
  integrity: '',
  linkStylesheet: false,
  prerendered: false,
  output: 'script',
};

/** The builder's options that set the elements' own properties: each writes its property's attribute. */
const PROPERTY_OPTIONS = [
  'point',
  'excerpt',
  'highlight',
  'numbered',
  'limit',
  'points',
  'interval',
  'full',
  'theme',
  'href',
] as const satisfies readonly (keyof EmbedOptions)[];

type PropertyOption = (typeof PROPERTY_OPTIONS)[number];

const isPropertyOption = (name: string): name is PropertyOption =>
  (PROPERTY_OPTIONS as readonly string[]).includes(name);

/** The elements' own defaults, as the builder's fields write them: a field at its element's default adds nothing. */
const ELEMENT_DEFAULTS: Partial<Record<PropertyOption, string>> = { interval: String(DEFAULT_INTERVAL_SECONDS) };

/**
 * The element's attributes, in order: a value, or `true` for a boolean attribute. Which apply to which element, their
 * names and types come from the elements' own property declarations; a value equal to the element's default is
 * left out, as is an empty one.
 */
export function attributesOf(options: ElementOptions): [string, string | true][] {
  const declared: Record<string, PropertyDeclaration> = {
    ...ELEMENTS[options.tag].properties,
    ...PaElement.properties,
  };
  const chosen: [string, string | true][] = [];
  for (const [name, declaration] of Object.entries(declared)) {
    if (!isPropertyOption(name) || declaration.state) continue;
    const value = options[name];
    const attribute = typeof declaration.attribute === 'string' ? declaration.attribute : name.toLowerCase();
    if (value === true) chosen.push([attribute, true]);
    else if (typeof value === 'string' && value !== '' && value !== ELEMENT_DEFAULTS[name])
      chosen.push([attribute, value]);
  }
  if (options.lang) chosen.push(['lang', options.lang]);
  return chosen;
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

/** The points a comma-separated field names, each once, as the element reads its attribute. */
const pointsOf = (keys: string): StatementPoint[] => pointsNamed(keys.split(','));

/** The widget's words in the language its fallback is written in. */
function wordingFor(options: ElementOptions) {
  const lang = fallbackLanguage(options.lang);
  return { ...wordingIn(lang, phrasesByLanguage[lang]), title: phrasesByLanguage[lang].title };
}

type FallbackWording = ReturnType<typeof wordingFor>;

/** "Progressive Alliance, 18th September 2020 · Point 4 of 11 · Read the full statement", as the element writes it. */
function attributionOf(point: StatementPoint, options: ElementOptions, wording: FallbackWording): string {
  const link = options.href
    ? ` · <a href="${escapeHtml(options.href)}">${wording.phrase('readFullStatement')}</a>`
    : '';
  return `${attributionText(point, wording)}${link}`;
}

/** The points `<pa-statement>` shows before "Show all", as the element chooses them. */
function shownPoints(options: ElementOptions): StatementPoint[] {
  const limit = Number(options.limit);
  if (!(Number.isInteger(limit) && limit >= 1 && limit < points.length)) return [...points];
  return pointsBeforeShowAll(limit, pointsOf(options.highlight)[0]);
}

/**
 * What readers without JavaScript, and search engines, see: the statement's own words, in the element's structure,
 * so that the fallback rules (fallback-layout.ts) lay it out as the element will be.
 */
function fallbackOf(options: ElementOptions): string[] {
  const wording = wordingFor(options);
  const { date, phrase } = wording;
  if (options.tag === TAG_NAMES.statement) {
    const highlighted = pointsOf(options.highlight)[0];
    const item = (point: StatementPoint, indent: string) =>
      `${indent}<li${options.numbered ? ` value="${point.number}"` : ''}${point === highlighted ? ' aria-current="true"' : ''}><p>${escapeHtml(point.text)}</p></li>`;
    const shown = shownPoints(options);
    const rest = points.filter((point) => !shown.includes(point));
    return [
      `  <${FALLBACK_HEADING}>${wording.title}</${FALLBACK_HEADING}>`,
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
  if (options.tag === TAG_NAMES.quote) {
    const quoted = pointsOf(options.points || points.map((point) => point.number).join(','));
    return quoted.flatMap((point) => [
      '  <figure>',
      `    <blockquote lang="en"><p>${escapeHtml(options.full ? point.text : point.quote)}</p></blockquote>`,
      `    <p>${attributionOf(point, options, wording)}</p>`,
      '  </figure>',
    ]);
  }
  const [point] = pointsOf(options.point);
  if (!point) return [];
  return [
    `  <blockquote lang="en"><p>${escapeHtml(options.excerpt ? point.quote : point.text)}</p></blockquote>`,
    `  <p>${attributionOf(point, options, wording)}</p>`,
  ];
}

/** Addresses of this machine, where a page served over http may load a script over http while one develops. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why the builder will not write a snippet that loads the script from `address`, or '' where it will: an https
 * address without a user name or password (or, to try it on this machine, an http one of localhost).
 */
export function scriptAddressProblem(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a full address: a partner’s page would look for the script on its own site. Give the address starting with https://.';
  }
  if (url.username || url.password) {
    return 'This address holds a user name or password, which every reader’s browser would be given. Give it without them.';
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return 'Pages served over https refuse a script from an http: address, and anyone on the way could change it. Use https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `A ${url.protocol} address would run what it holds on partners’ pages, not the widget from its host. Use the https:// address of the script.`;
  }
  return '';
}

/** A note on a script address the builder accepts, or '': one of this machine works on this machine only. */
export const scriptAddressNote = (address: string) =>
  !scriptAddressProblem(address) && new URL(address).protocol === 'http:'
    ? 'This http: address of this machine is for trying the code here; partners’ pages need the https:// address where the site is published.'
    : '';

/** A colour the builder writes into a snippet's style: `#rrggbb`, as the colour fields give it. */
const isColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

/** A font list the builder writes into a snippet's style: names, quoted or not, separated by commas; nothing else. */
const isFontList = (value: string) => /^\s*(?:(?:'[\w -]+'|"[\w -]+"|[\w-]+(?: [\w-]+)*)\s*(?:,\s*|$))+$/.test(value);

/**
 * Why the builder will not write the widget's code for `options`, each in a sentence; none when it will. Colours
 * and fonts are taken only as CSS values of their kind (the snippet's `<style>` must hold nothing else), links only
 * as http(s) addresses or relative ones, and the script only from an address that `scriptAddressProblem` accepts.
 */
function problemsOf(options: EmbedOptions): string[] {
  const problems = [scriptAddressProblem(options.scriptUrl)];
  for (const name of ['accent', 'text', 'background'] as const) {
    if (options[name] && !isColour(options[name])) problems.push(`The ${name} colour must be written #rrggbb.`);
  }
  if (options.font && !isFontList(options.font)) problems.push('The font must be a list of font names.');
  if (options.href && !isSafeLink(options.href)) {
    problems.push('The link to the full statement must be an http(s) address, or one relative to your page.');
  }
  return problems.filter(Boolean);
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

/** The integrity check, with the CORS request it needs said outright (a module script makes one in any case). */
const integrityOf = ({ integrity }: EmbedOptions) =>
  integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';

/**
 * The element with the attributes chosen, then `pageAttributes` (a generated page's own), and its fallback: the
 * statement's words for readers whose browser runs no script or shows no shadow root.
 */
export function elementMarkup(options: ElementOptions, pageAttributes: [string, string][] = []): string {
  const attributes = [...attributesOf(options), ...pageAttributes]
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return [`<${options.tag}${attributes}>`, ...fallbackOf(options), `</${options.tag}>`].join('\n');
}

/** The complete snippet to paste into a page or a CMS "custom HTML" block. */
export function snippetOf(options: EmbedOptions): string {
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
    `<script type="module" src="${escapeHtml(options.scriptUrl)}"${integrityOf(options)}></script>`,
    ...layout,
    elementMarkup(options),
  ].join('\n');
}

/** The site's page of the element chosen; none for a rotating quote. */
function pageOf(options: EmbedOptions): StatementPage | undefined {
  if (options.tag === TAG_NAMES.statement) return statementPage;
  return options.tag === TAG_NAMES.point ? pointPages[Number(options.point) - 1] : undefined;
}

/**
 * The code to paste for `options`, and a note on it; for the site at `site` (the builder's own). A link or a frame
 * shows the site's page of a point or of the statement, as the site renders it: the element's other options do not
 * apply, but for the frame's language and colour scheme.
 */
export function codeOf(options: EmbedOptions, site: string): { code: string; note: string } {
  if (options.output === 'script') {
    // No code at all where it would be unsafe or would not work on a partner's page: the reasons instead.
    const problems = problemsOf(options);
    return problems.length > 0 ? { code: '', note: problems.join(' ') } : { code: snippetOf(options), note: '' };
  }
  const page = pageOf(options);
  if (!page) {
    return {
      code: '',
      note: 'A rotating quote has no page of its own to link to or frame: choose a point or the full statement, or paste the script code.',
    };
  }
  if (options.output === 'link') {
    return {
      code: new URL(page.path, site).href,
      note: 'Paste it on a line of its own: WordPress (for any author), and other platforms that read oEmbed, show the point itself; social networks and chat apps show its card.',
    };
  }
  const embed = new URL(embedPathOf(page), site);
  if (options.lang) embed.searchParams.set('lang', options.lang);
  if (options.theme) embed.searchParams.set('theme', options.theme);
  return {
    code: embedFrame(page, embed.href),
    note: 'For a site that allows frames but not scripts. The frame keeps this height; docs/embedding.md gives five lines of script that fit it to its content where scripts are allowed.',
  };
}
