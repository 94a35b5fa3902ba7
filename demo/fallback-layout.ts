// Rules that lay a snippet's fallback out exactly as the element will be (the same boxes, spacing and text
// widths), so the page does not move when the element takes over. They hold until the element has rendered (it then
// sets `rendered`), not only until it is defined: it may wait for a task of its own, or for its language, in
// between. One source for both forms of them: the builder's inline <style>, with the rules the chosen element and
// options need, and the stylesheet the site build publishes beside the bundle, with all of them, for pages whose
// Content-Security-Policy refuses inline styles. Type imports only: the Vite config loads this module to write that
// stylesheet.
import { fallbackLanguage, phrasesByLanguage } from './phrases.js';
import type { EmbedOptions, Tag } from './snippet.js';

/** The stylesheet's name in the versioned folder, beside the bundle. */
export const FALLBACK_STYLESHEET = 'pa-statement-fallback.css';

interface Rule {
  /** What it styles inside the element's fallback; '' for the element itself. */
  within: string;
  declarations: string;
  /** A boolean or valued attribute of the element that the rule applies with, and only with. */
  with?: 'theme' | 'numbered';
  /** The language the rule applies in, and only in. */
  lang?: string;
}

// The element's own tokens and sizes (src/shared/base.styles.ts), so that a page's --pa-* values size both alike.
const SPACE = 'var(--pa-spacing, 1em)';
const QUOTE_SIZE = 'var(--pa-quote-font-size, 1.25em)';
/** A button's height in the element: at least 24 px, a target anyone can hit. */
const ICON_BUTTON = 'max(24px, 2em)';

const everyElement: Rule[] = [
  // The element's box, and its resets of what a page's styles pass on (src/shared/base.styles.ts): its text wraps
  // as theirs does.
  {
    within: '',
    declarations:
      'display: block; max-width: var(--pa-max-width, 40em); font-family: var(--pa-font-family); font-size: var(--pa-font-size, 1em); line-height: var(--pa-line-height, 1.5); text-align: start; text-indent: 0; text-transform: none; font-style: normal; font-weight: normal; hyphens: manual; letter-spacing: normal; word-spacing: normal; white-space: normal; overflow-wrap: break-word;',
  },
  // With `theme`, the element paints its own background around a padding.
  { within: '', with: 'theme', declarations: `padding: ${SPACE};` },
  { within: ':is(h2, p, ol, figure, blockquote)', declarations: 'margin: 0; padding: 0;' },
];

/** The quoted text and its attribution, as `<pa-statement-point>` and each quote of `<pa-statement-quote>` show them. */
const quoteAndAttribution = (quote: Rule): Rule[] => [
  quote,
  { within: 'blockquote + p', declarations: 'margin-top: 0.5em; font-size: 0.875em;' },
];

const byElement: Record<Tag, Rule[]> = {
  'pa-statement': [
    { within: 'h2', declarations: 'font-size: 1.375em; line-height: 1.25;' },
    { within: 'h2 + p', declarations: `margin: 0.25em 0 ${SPACE};` },
    { within: 'ol', declarations: `display: flex; flex-direction: column; gap: ${SPACE}; list-style: none;` },
    // Each point as the element lays it out: its number, its text at least 18em wide, and its copy button, which
    // goes under the text where the width is short. The button's box holds its label, invisible.
    {
      within: 'li',
      declarations:
        'display: flex; flex-wrap: wrap; align-items: start; gap: 0 0.75em; padding-left: 0.75em; border-left: 0.25em solid transparent;',
    },
    { within: 'li[aria-current]', declarations: 'border-left: 0.5em double;' },
    { within: 'li > p', declarations: 'flex: 1 1 18em;' },
    // The number in a column of its own: the text and button beside it wrap as in the element.
    { within: 'li', with: 'numbered', declarations: 'position: relative; padding-left: 3.5em;' },
    {
      within: 'li::before',
      with: 'numbered',
      declarations: 'content: counter(list-item); position: absolute; left: 0.75em; width: 2em; font-weight: bold;',
    },
    {
      within: 'li::after',
      declarations:
        'visibility: hidden; box-sizing: border-box; min-width: 24px; min-height: 24px; padding: 0.25em 0.6em; border: 1px solid; font-size: 0.75em;',
    },
    // "Show all" as the element's button: the points beyond the limit stay one click away without JavaScript.
    {
      within: 'summary',
      declarations: `display: block; width: fit-content; box-sizing: border-box; min-height: 24px; margin-top: ${SPACE}; padding: 0.25em 0.6em; border: 1px solid; border-radius: 0.375em; cursor: pointer;`,
    },
    { within: 'summary::-webkit-details-marker', declarations: 'display: none;' },
    { within: 'details > ol', declarations: `margin-top: ${SPACE};` },
  ],
  'pa-statement-point': quoteAndAttribution({
    within: 'blockquote',
    declarations: `padding-left: ${SPACE}; border-left: 0.25em solid; font-size: ${QUOTE_SIZE};`,
  }),
  'pa-statement-quote': [
    // The row of buttons above the quotes, then every quote in one cell, as the element keeps the tallest one's
    // height; only the first shows.
    { within: '', declarations: `display: grid; padding-top: calc(${ICON_BUTTON} + 0.5em);` },
    { within: '', with: 'theme', declarations: `padding: calc(${SPACE} + ${ICON_BUTTON} + 0.5em) ${SPACE} ${SPACE};` },
    { within: '> figure', declarations: 'grid-area: 1 / 1;' },
    { within: '> figure + figure', declarations: 'visibility: hidden;' },
    ...quoteAndAttribution({ within: 'blockquote', declarations: `font-size: ${QUOTE_SIZE}; font-style: italic;` }),
  ],
};

/** The label of a point's copy button in `lang`, held invisible in the fallback: the button's width is its label's. */
const copyLabel = (lang: string): Rule => ({
  within: 'li::after',
  lang,
  declarations: `content: ${JSON.stringify(phrasesByLanguage[lang].copyLink)};`,
});

const cssOf = (tag: Tag, rule: Rule) =>
  `${tag}:not([rendered])${rule.with ? `[${rule.with}]` : ''}${rule.lang ? `:lang(${rule.lang})` : ''}${rule.within ? ` ${rule.within}` : ''} { ${rule.declarations} }`;

/** The rules an element with these options needs, for the snippet's inline `<style>`. */
export function fallbackRules(options: EmbedOptions): string[] {
  // In the language of the fallback's words (snippet.ts).
  const label =
    options.tag === 'pa-statement' ? [{ ...copyLabel(fallbackLanguage(options.lang)), lang: undefined }] : [];
  return [...everyElement, ...byElement[options.tag], ...label]
    .filter((rule) => !rule.with || options[rule.with])
    .map((rule) => cssOf(options.tag, rule));
}

/** Every element's rules, for any options and language: the published stylesheet. */
export function fallbackStylesheet(): string {
  const tags = Object.keys(byElement) as Tag[];
  const labels = [{ ...copyLabel('en'), lang: undefined }, ...Object.keys(phrasesByLanguage).map(copyLabel)];
  return [
    '/* pa-statement-widget: lays out the fallback inside the elements as they will render, until they have rendered. */',
    ...tags.flatMap((tag) =>
      [...everyElement, ...byElement[tag], ...(tag === 'pa-statement' ? labels : [])].map((rule) => cssOf(tag, rule)),
    ),
    '',
  ].join('\n');
}
