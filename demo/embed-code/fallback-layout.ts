// Rules that lay a snippet's fallback out exactly as the element will be (the same boxes, spacing and text widths),
// so the page does not move when the element takes over. They hold until the element has rendered (it then sets
// `rendered`), not only until it is defined: it may wait for a task of its own, or for its language, in between.
// Their declarations are the elements' own, read from their style sheets (`elementStyles`): the fallback's parts
// take the rules of the parts they stand for, in logical properties, so a right-to-left page lays them out as the
// element. What only the fallback needs (a list marker for the number, the copy button's room, "Show all" as a
// <details>) is written here, from the same values. One source for both forms of the rules: the builder's inline
// <style>, with the rules the chosen element and options need, and the stylesheet the site build publishes beside
// the bundle, with all of them, for pages whose Content-Security-Policy refuses inline styles.
import { ELEMENTS } from '../../src/elements.js';
import { styleTextsOf } from '../../src/shared/style-texts.js';
import { DEFAULT_HEADING_LEVEL } from '../../src/statement/pa-statement.js';
import { TAG_NAMES, TAGS, type TagName } from '../../src/tag-names.js';
import { fallbackLanguage, phrasesByLanguage } from './phrases-by-language.js';
import type { EmbedOptions } from './options.js';

/** The stylesheet's name in the versioned folder, beside the bundle. */
export const FALLBACK_STYLESHEET = 'pa-statement-fallback.css';

/** A selector as written in a style sheet, without white space or quotes: `[part~='title']` is `[part~=title]`. */
const normalized = (selector: string) => selector.replace(/\s+|['"]/g, '');

/** The top-level rules of `css`, by selector (those inside `@media` and the like are the element's alone). */
function rulesIn(css: string): Map<string, string> {
  const rules = new Map<string, string>();
  const text = css.replace(/\/\*[^]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let selector = '';
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '{' && (depth += 1) === 1) {
      selector = text.slice(start, index).trim();
      start = index + 1;
    } else if (text[index] === '}' && (depth -= 1) === 0) {
      const declarations = text.slice(start, index).replace(/\s+/g, ' ').trim().replace(/;?$/, ';');
      if (!selector.startsWith('@')) rules.set(normalized(selector), declarations);
      start = index + 1;
    }
  }
  return rules;
}

const rulesByTag = new Map<TagName, Map<string, string>>();

/** The declarations of the rule for `selector` in the element's own styles. */
function declarationsOf(tag: TagName, selector: string): string {
  let rules = rulesByTag.get(tag);
  if (!rules) {
    rules = rulesIn(styleTextsOf(ELEMENTS[tag]).join('\n'));
    rulesByTag.set(tag, rules);
  }
  const declarations = rules.get(normalized(selector));
  if (declarations === undefined) throw new Error(`<${tag}>'s styles have no rule for ${selector}`);
  return declarations;
}

/** The value of `property` in the rule for `selector` in the element's own styles. */
function valueOf(tag: TagName, selector: string, property: string): string {
  const [, value] = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(declarationsOf(tag, selector)) ?? [];
  if (value === undefined) throw new Error(`<${tag}>'s rule for ${selector} sets no ${property}`);
  return value.trim();
}

interface Rule {
  /** What it styles inside the element's fallback; '' for the element itself. */
  within: string;
  /** The selectors of the element's own rules that the fallback's part stands for, in order. */
  from?: string[];
  /** Declarations the fallback alone needs. */
  declarations?: string;
  /** A boolean or valued attribute of the element that the rule applies with, and only with. */
  with?: 'theme' | 'numbered';
  /** The language the rule applies in, and only in. */
  lang?: string;
}

/** The fallback's heading: the element's, at its default level (the builder offers no other). */
export const FALLBACK_HEADING = `h${DEFAULT_HEADING_LEVEL}`;

const everyElement: Rule[] = [
  // The element's box, its tokens, and its resets of what a page's styles pass on: its text wraps as theirs does.
  { within: '', from: [':host'] },
  // With `theme`, the element paints its own background around a padding.
  { within: '', with: 'theme', from: [':host([theme])'] },
  { within: `:is(${FALLBACK_HEADING}, p, ol, figure, blockquote)`, from: ['p,ol,figure,blockquote'] },
];

/** The quoted text and its attribution, as `<pa-statement-point>` and each quote of `<pa-statement-quote>` show them. */
const quoteAndAttribution = (quote: string): Rule[] => [
  { within: 'blockquote', from: [quote] },
  { within: 'blockquote + p', from: ['[part~=attribution]'] },
];

/** `<pa-statement-quote>`'s row of buttons: the room above the quotes that it keeps. */
const controlsRow = () =>
  `calc(${valueOf(TAG_NAMES.quote, '[part~=button]', 'min-block-size')} + ${valueOf(TAG_NAMES.quote, '[part~=controls]', 'margin-block-end')})`;

/** A point's number in the element: the start padding of a numbered point, whose number sits in a column of its own. */
const numberColumn = () =>
  `calc(${valueOf(TAG_NAMES.statement, '[part~=point]', 'padding-inline-start')} + ${valueOf(TAG_NAMES.statement, '[part~=number]', 'inline-size')} + ${valueOf(TAG_NAMES.statement, '[part~=point]', 'gap')})`;

const byElement = (): Record<TagName, Rule[]> => ({
  [TAG_NAMES.statement]: [
    { within: FALLBACK_HEADING, from: ['[part~=title]'] },
    { within: `${FALLBACK_HEADING} + p`, from: ['[part~=byline]'] },
    { within: 'ol', from: ['[part~=list]'] },
    // Each point as the element lays it out: its number, its text at least 18em wide, and its copy button, which
    // goes under the text where the width is short. The button's box holds its label, invisible.
    { within: 'li', from: ['[part~=point]', '.point-body'], declarations: 'flex: none;' },
    { within: 'li[aria-current]', from: ['[part~=highlighted]'] },
    { within: 'li > p', from: ['[part~=text]'] },
    { within: 'li', with: 'numbered', declarations: `position: relative; padding-inline-start: ${numberColumn()};` },
    {
      within: 'li::before',
      with: 'numbered',
      from: ['[part~=number]'],
      declarations: `content: counter(list-item); position: absolute; inset-inline-start: ${valueOf(TAG_NAMES.statement, '[part~=point]', 'padding-inline-start')};`,
    },
    { within: 'li::after', from: ['button', '[part~=copy-button]'], declarations: 'visibility: hidden;' },
    // "Show all" as the element's button: the points beyond the limit stay one click away without JavaScript.
    { within: 'summary', from: ['button', '[part~=toggle-button]'], declarations: 'inline-size: fit-content;' },
    { within: 'summary::-webkit-details-marker', declarations: 'display: none;' },
    {
      within: 'details > ol',
      declarations: `margin-block-start: ${valueOf(TAG_NAMES.statement, '[part~=toggle-button]', 'margin-block-start')};`,
    },
  ],
  [TAG_NAMES.point]: quoteAndAttribution('[part=quote]'),
  [TAG_NAMES.quote]: [
    // The row of buttons above the quotes, then every quote in one cell, as the element keeps the tallest one's
    // height; only the first shows.
    { within: '', declarations: `display: grid; padding-block-start: ${controlsRow()};` },
    {
      within: '',
      with: 'theme',
      declarations: `padding-block-start: calc(${valueOf(TAG_NAMES.quote, ':host([theme])', 'padding')} + ${controlsRow()});`,
    },
    { within: '> figure', declarations: `grid-area: ${valueOf(TAG_NAMES.quote, '[part~=slide]', 'grid-area')};` },
    { within: '> figure + figure', declarations: 'visibility: hidden;' },
    ...quoteAndAttribution('[part~=quote]'),
  ],
});

/** The label of a point's copy button in `lang`, held invisible in the fallback: the button's width is its label's. */
const copyLabel = (lang: string): Rule => ({
  within: 'li::after',
  lang,
  declarations: `content: ${JSON.stringify(phrasesByLanguage[lang].copyLink)};`,
});

const cssOf = (tag: TagName, rule: Rule) => {
  const declarations = [...(rule.from ?? []).map((selector) => declarationsOf(tag, selector)), rule.declarations ?? '']
    .join(' ')
    .trim();
  return `${tag}:not([rendered])${rule.with ? `[${rule.with}]` : ''}${rule.lang ? `:lang(${rule.lang})` : ''}${rule.within ? ` ${rule.within}` : ''} { ${declarations} }`;
};

/** The rules an element with these options needs, for the snippet's inline `<style>`. */
export function fallbackRules(options: EmbedOptions): string[] {
  // In the language of the fallback's words (element-markup.ts).
  const label =
    options.tag === TAG_NAMES.statement ? [{ ...copyLabel(fallbackLanguage(options.lang)), lang: undefined }] : [];
  return [...everyElement, ...byElement()[options.tag], ...label]
    .filter((rule) => !rule.with || options[rule.with])
    .map((rule) => cssOf(options.tag, rule));
}

/** Every element's rules, for any options and language: the published stylesheet. */
export function fallbackStylesheet(): string {
  const labels = [{ ...copyLabel('en'), lang: undefined }, ...Object.keys(phrasesByLanguage).map(copyLabel)];
  const rules = byElement();
  return [
    '/* pa-statement-widget: lays out the fallback inside the elements as they will render, until they have rendered. */',
    ...TAGS.flatMap((tag) =>
      [...everyElement, ...rules[tag], ...(tag === TAG_NAMES.statement ? labels : [])].map((rule) => cssOf(tag, rule)),
    ),
    '',
  ].join('\n');
}
