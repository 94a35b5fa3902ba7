import type { Phrases } from '../types.js';

/** English, built into every bundle: the language a widget falls back to. */
export default {
  title: 'Progressive Alliance statement on Belarus',
  pointOf: 'Point {point} of {total}',
  readFullStatement: 'Read the full statement',
  showAll: { one: 'Show {count} point', other: 'Show all {count} points' },
  showFewer: 'Show fewer points',
  quotesLabel: 'Quotes from the Progressive Alliance statement on Belarus',
  carousel: 'carousel',
  slide: 'slide',
  slideOf: '{position} of {count}',
  startRotation: 'Start automatic quote rotation',
  stopRotation: 'Stop automatic quote rotation',
  previousQuote: 'Previous quote',
  nextQuote: 'Next quote',
  copyLink: 'Copy link',
  copyLinkTo: 'Copy link to point {point}',
  linkCopied: 'Link to point {point} copied',
  copyRefused: 'Copying was refused; copy this link:',
  translation: 'Translation',
} satisfies Phrases;
