// The element a snippet or a site page writes: its attributes, then its fallback content, the statement's own words in
// the element's structure for readers whose browser runs no script or shows no shadow root, and for search engines, so
// that the fallback rules (fallback-layout.ts) lay it out as the element will be.
import { points, pointsNamed, statement, type StatementPoint } from '../../src/content/statement.js';
import { attributionText } from '../../src/base/attribution.js';
import { wordingIn } from '../../src/localization/wording.js';
import { escapeHtml } from '../../src/shared/escape-html.js';
import { pointsBeforeShowAll, shownCountOf } from '../../src/statement/pa-statement.js';
import { TAG_NAMES } from '../../src/tag-names.js';
import { FALLBACK_HEADING } from './fallback-layout.js';
import { attributesOf, type ElementOptions } from './options.js';
import { fallbackLanguage, phrasesByLanguage } from './phrases-by-language.js';

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
  const count = shownCountOf(options.limit || null) ?? points.length;
  return count < points.length ? pointsBeforeShowAll(count, pointsOf(options.highlight)[0]) : [...points];
}

/** The fallback content of the element `options` make, line by line. */
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

/**
 * The element with the attributes chosen, then `pageAttributes` (a generated page's own), and its fallback content.
 */
export function elementMarkup(options: ElementOptions, pageAttributes: [string, string][] = []): string {
  const attributes = [...attributesOf(options), ...pageAttributes]
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return [`<${options.tag}${attributes}>`, ...fallbackOf(options), `</${options.tag}>`].join('\n');
}
