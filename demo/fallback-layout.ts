// Rules that lay a snippet's fallback out as the element will be (its spacing, quote rule and sizes), so the page
// does not move when the element takes over. One source for both forms of them: the builder's inline <style>, with
// the rules the chosen element and options need, and the stylesheet the site build publishes beside the bundle,
// with all of them, for pages whose Content-Security-Policy refuses inline styles. Type imports only: the Vite
// config loads this module to write that stylesheet.
import type { EmbedOptions, Tag } from './snippet.js';

/** The stylesheet's name in the versioned folder, beside the bundle. */
export const FALLBACK_STYLESHEET = 'pa-statement-fallback.css';

interface Rule {
  /** What it styles inside the element's fallback; '' for the element itself. */
  within: string;
  declarations: string;
  /** A boolean or valued attribute of the element that the rule applies with, and only with. */
  with?: 'theme' | 'numbered';
}

const everyElement: Rule[] = [
  { within: '', declarations: 'display: block; max-width: 40em; line-height: 1.5;' },
  { within: ':is(h2, p, blockquote, ol)', declarations: 'margin: 0;' },
];

const byElement: Record<Tag, Rule[]> = {
  'pa-statement': [
    // With `theme`, the element paints its own background around a padding.
    { within: '', with: 'theme', declarations: 'padding: 1em;' },
    { within: 'h2', declarations: 'font-size: 1.375em; line-height: 1.25;' },
    { within: 'h2 + p', declarations: 'margin: 0.25em 0 1em;' },
    { within: 'ol', declarations: 'display: grid; gap: 1em; padding: 0; list-style: none;' },
    // Room for the copy-link button the element shows beside each point, and for the number column.
    { within: 'li', declarations: 'padding: 0 5em 0 1em;' },
    { within: 'li', with: 'numbered', declarations: 'padding-left: 3.75em;' },
  ],
  'pa-statement-point': [
    { within: '', with: 'theme', declarations: 'padding: 1em;' },
    { within: 'blockquote', declarations: 'padding-left: 1em; border-left: 0.25em solid; font-size: 1.25em;' },
    { within: 'blockquote + p', declarations: 'margin-top: 0.5em; font-size: 0.875em;' },
  ],
  'pa-statement-quote': [
    // The element's row of buttons is 2.5em high.
    { within: '', declarations: 'padding: 2.5em 0 0;' },
    { within: '', with: 'theme', declarations: 'padding: 3.5em 1em 1em;' },
    { within: 'blockquote', declarations: 'font-size: 1.25em; font-style: italic;' },
    { within: 'blockquote + p', declarations: 'margin-top: 0.5em; font-size: 0.875em;' },
  ],
};

const cssOf = (tag: Tag, rule: Rule) =>
  `${tag}:not(:defined)${rule.with ? `[${rule.with}]` : ''}${rule.within ? ` ${rule.within}` : ''} { ${rule.declarations} }`;

/** The rules an element with these options needs, for the snippet's inline `<style>`. */
export function fallbackRules(options: EmbedOptions): string[] {
  return [...everyElement, ...byElement[options.tag]]
    .filter((rule) => !rule.with || options[rule.with])
    .map((rule) => cssOf(options.tag, rule));
}

/** Every element's rules, for any options: the published stylesheet. */
export function fallbackStylesheet(): string {
  const tags = Object.keys(byElement) as Tag[];
  return [
    '/* pa-statement-widget: lays out the fallback inside the elements as they will render, until they are defined. */',
    ...tags.flatMap((tag) => [...everyElement, ...byElement[tag]].map((rule) => cssOf(tag, rule))),
    '',
  ].join('\n');
}
