// What the WordPress plugin's PHP needs to write an element as the embed-code builder writes it, taken from the
// builder's own output (demo/embed-code/element-markup.ts, `elementMarkup`; demo/embed-code/fallback-layout.ts, `fallbackRules`), never written
// again by hand: the lines its fallback is made of, in every language, and its layout rules. The build bundles this
// module for Node (tools/build/wordpress-plugin.js); the plugin's includes/markup.php assembles the pieces, and
// test/node-side/wordpress-plugin.test.ts compares what it assembles with `elementMarkup` for many options.
import { points } from '../../../src/content/statement.ts';
import { LANGUAGES } from '../../../src/localization/phrases.ts';
import { THEMES } from '../../../src/base/pa-element.ts';
import { MIN_INTERVAL_SECONDS } from '../../../src/statement-quote/pa-statement-quote.ts';
import { TAG_NAMES, TAGS } from '../../../src/tag-names.ts';
import { fallbackRules } from '../../../demo/embed-code/fallback-layout.ts';
import { elementMarkup } from '../../../demo/embed-code/element-markup.ts';
import { attributesOf, defaultOptions } from '../../../demo/embed-code/options.ts';

/** Stands for the link's address in a piece; the plugin puts the escaped address in its place. */
export const HREF = '{href}';

/** Words of a point's text that the editor's point picker shows after its number. */
const START_WORDS = 8;

/** The fallback's lines, without the element's own tags, for the builder's options with `chosen`. */
const fallbackLines = (chosen) =>
  elementMarkup({ ...defaultOptions, ...chosen })
    .split('\n')
    .slice(1, -1);

/** The one line of `lines` that `pattern` matches, without its indentation; the build stops where there is not one. */
function lineMatching(lines, pattern, what) {
  const found = lines.filter((line) => pattern.test(line));
  if (found.length !== 1) {
    throw new Error(`the builder's fallback has ${found.length} lines of ${what}, where the plugin expects one`);
  }
  return found[0].trim();
}

const LIST_ITEM = /^\s*<li[\s>]/;

/** A point's list item in `<pa-statement>`'s fallback, numbered or not, highlighted or not. */
function listItem(point, numbered, highlighted) {
  const lines = fallbackLines({
    tag: TAG_NAMES.statement,
    numbered,
    highlight: highlighted ? String(point.number) : '',
  });
  return lines.filter((line) => LIST_ITEM.test(line))[point.number - 1].trim();
}

/** A point's blockquote and its attribution (with the link, or without) in `<pa-statement-point>`'s fallback. */
function pointLines(point, lang, { excerpt = false, href = '' } = {}) {
  const [blockquote, attribution, ...rest] = fallbackLines({
    tag: TAG_NAMES.point,
    point: String(point.number),
    lang,
    excerpt,
    href,
  });
  if (rest.length > 0 || !/<blockquote/.test(blockquote)) {
    throw new Error("the builder's fallback of a point is no longer a blockquote and its attribution");
  }
  return { blockquote: blockquote.trim(), attribution: attribution.trim() };
}

/** The lines of `<pa-statement>`'s fallback in `lang` that are not a point's: heading, byline, "Show all", link. */
function statementLines(lang) {
  const all = fallbackLines({ tag: TAG_NAMES.statement, lang });
  const firstItem = all.findIndex((line) => LIST_ITEM.test(line));
  const [heading, byline] = all.slice(0, firstItem - 1).map((line) => line.trim());
  return {
    heading,
    byline,
    summary: lineMatching(fallbackLines({ tag: TAG_NAMES.statement, lang, limit: '1' }), /<summary>/, '"Show all"'),
    link: lineMatching(fallbackLines({ tag: TAG_NAMES.statement, lang, href: HREF }), /href=/, 'the link'),
  };
}

/** Each language's lines: the statement's, and each point's attribution without and with the link. */
const byLanguage = () =>
  Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      {
        ...statementLines(lang),
        attributions: points.map((point) => pointLines(point, lang).attribution),
        linkedAttributions: points.map((point) => pointLines(point, lang, { href: HREF }).attribution),
      },
    ]),
  );

/** The layout rules' key in the plugin: whether the element has a theme, is numbered, and its language. */
const layoutKey = (themed, numbered, lang) => `${themed ? 'theme' : ''}|${numbered ? 'numbered' : ''}|${lang}`;

/**
 * `fallbackRules` for every element, with and without a theme and numbering, in every language: each distinct rule
 * once, and for each element and key the rules' positions in that list, in order.
 */
function layouts() {
  const rules = [];
  const positionOf = (rule) => {
    if (!rules.includes(rule)) rules.push(rule);
    return rules.indexOf(rule);
  };
  const byElement = {};
  for (const tag of TAGS) {
    byElement[tag] = {};
    for (const themed of [false, true]) {
      for (const numbered of [false, true]) {
        for (const lang of LANGUAGES) {
          const chosen = { ...defaultOptions, tag, theme: themed ? THEMES[0] : '', numbered, lang };
          byElement[tag][layoutKey(themed, numbered, lang)] = fallbackRules(chosen).map(positionOf);
        }
      }
    }
  }
  return { rules, byElement };
}

/**
 * The attributes the builder writes for an element, in its order: each option the builder offers, set, and read
 * back from `attributesOf`. (The elements' other attributes, which the builder does not offer, follow them.)
 */
function builderOrder(tag) {
  const everything = {
    ...defaultOptions,
    tag,
    point: '1',
    excerpt: true,
    highlight: '1',
    numbered: true,
    limit: '1',
    points: '1',
    interval: String(MIN_INTERVAL_SECONDS),
    full: true,
    theme: THEMES[0],
    href: HREF,
  };
  return attributesOf(everything).map(([name]) => name);
}

/** The first words of a point's text, for the editor's point picker: "4 — The UN has confirmed 450 cases of torture…". */
const startOf = (text) =>
  `${text
    .split(' ')
    .slice(0, START_WORDS)
    .join(' ')
    .replace(/[,;:.]$/, '')}…`;

export function widgetData() {
  return {
    languages: LANGUAGES,
    tags: TAG_NAMES,
    builderOrder: Object.fromEntries(TAGS.map((tag) => [tag, builderOrder(tag)])),
    points: points.map(({ number, slug, text }) => ({ number, slug, start: startOf(text) })),
    themes: THEMES,
    minInterval: MIN_INTERVAL_SECONDS,
    pieces: {
      listItems: points.map((point) => ({
        plain: listItem(point, false, false),
        numbered: listItem(point, true, false),
        highlighted: listItem(point, false, true),
        numberedHighlighted: listItem(point, true, true),
      })),
      blockquotes: points.map((point) => ({
        text: pointLines(point, 'en').blockquote,
        quote: pointLines(point, 'en', { excerpt: true }).blockquote,
      })),
      byLanguage: byLanguage(),
    },
    layouts: layouts(),
  };
}
