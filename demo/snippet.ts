// What the embed-code builder offers, and the snippet it writes: attributes, custom properties and fallback
// content, all from the content model, so the snippet shows the statement verbatim even without JavaScript.
import { findPoint, points, statement, type StatementPoint } from '../src/content/statement.js';
import english from '../src/shared/locales/en.js';
import { fillIn } from '../src/shared/localize.js';

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
  scriptUrl: string;
}

export const defaultOptions: EmbedOptions = {
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
  scriptUrl: 'pa-statement-widget.js',
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

/** The `--pa-*` custom properties chosen. */
export function customPropertiesOf(options: EmbedOptions): [string, string][] {
  const chosen: [string, string][] = [
    ['--pa-color-accent', options.accent],
    ['--pa-color-text', options.text],
    ['--pa-color-background', options.background],
    ['--pa-font-family', options.font],
  ];
  return chosen.filter(([, value]) => value !== '');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const date = statement.dateline;
const pointsOf = (keys: string): StatementPoint[] =>
  keys.split(',').flatMap((key) => {
    const lookup = findPoint(key);
    return lookup.ok ? [lookup.point] : [];
  });

/** What readers without JavaScript, and search engines, see: the statement's own words. */
function fallbackOf(options: EmbedOptions): string[] {
  if (options.tag === 'pa-statement') {
    return [
      `  <h2>${english.title}</h2>`,
      `  <p>${statement.publisher}, ${date}</p>`,
      '  <ol lang="en">',
      ...points.map((point) => `    <li>${escapeHtml(point.text)}</li>`),
      '  </ol>',
    ];
  }
  const [point] = options.tag === 'pa-statement-quote' ? pointsOf(options.points || '1') : pointsOf(options.point);
  if (!point) return [];
  const text = options.excerpt || (options.tag === 'pa-statement-quote' && !options.full) ? point.quote : point.text;
  const link = options.href ? ` · <a href="${escapeHtml(options.href)}">${english.readFullStatement}</a>` : '';
  return [
    `  <blockquote lang="en"><p>${escapeHtml(text)}</p></blockquote>`,
    `  <p>${statement.publisher}, ${date} · ${fillIn(english.pointOf, { point: point.number, total: points.length })}${link}</p>`,
  ];
}

/**
 * Rules that lay the fallback out as the element will be (its spacing, quote rule and sizes), so the page does
 * not move when the element takes over.
 */
function fallbackLayout(options: EmbedOptions): string[] {
  const own = options.theme ? ['{ padding: 1em; }'] : [];
  switch (options.tag) {
    case 'pa-statement':
      return [
        ...own,
        'h2 { font-size: 1.375em; line-height: 1.25; }',
        'h2 + p { margin: 0.25em 0 1em; }',
        'ol { display: grid; gap: 1em; padding: 0; list-style: none; }',
        // Room for the number column and the copy-link button the element shows beside each point.
        `li { padding: 0 5em 0 ${options.numbered ? 3.75 : 1}em; }`,
      ];
    case 'pa-statement-point':
      return [
        ...own,
        'blockquote { padding-left: 1em; border-left: 0.25em solid; font-size: 1.25em; }',
        'blockquote + p { margin-top: 0.5em; font-size: 0.875em; }',
      ];
    case 'pa-statement-quote':
      return [
        // The element's row of buttons is 2.5em high.
        `{ padding: ${options.theme ? '3.5em 1em 1em' : '2.5em 0 0'}; }`,
        'blockquote { font-size: 1.25em; font-style: italic; }',
        'blockquote + p { margin-top: 0.5em; font-size: 0.875em; }',
      ];
  }
}

/** The complete snippet to paste into a page or a CMS "custom HTML" block. */
export function snippetOf(options: EmbedOptions): string {
  const attributes = attributesOf(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const properties = customPropertiesOf(options).map(([name, value]) => `    ${name}: ${value};`);
  return [
    `<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>`,
    '<style>',
    ...(properties.length > 0 ? [`  ${options.tag} {`, ...properties, '  }'] : []),
    `  ${options.tag}:not(:defined) {`,
    '    display: block;',
    '    max-width: 40em;',
    '    line-height: 1.5;',
    '  }',
    `  ${options.tag}:not(:defined) :is(h2, p, blockquote, ol) {`,
    '    margin: 0;',
    '  }',
    ...fallbackLayout(options).map((rule) => `  ${options.tag}:not(:defined)${rule.startsWith('{') ? '' : ' '}${rule}`),
    '</style>',
    `<${options.tag}${attributes}>`,
    ...fallbackOf(options),
    `</${options.tag}>`,
  ].join('\n');
}
