import { points } from '../content/statement.js';

/** The English chrome around the statement (the statement itself lives in content/statement.ts). */
export const strings = {
  title: 'Progressive Alliance statement on Belarus',
  pointOf: (number: number) => `Point ${number} of ${points.length}`,
  readFullStatement: 'Read the full statement',
  showAll: `Show all ${points.length} points`,
  showFewer: 'Show fewer points',
  quotesLabel: 'Quotes from the Progressive Alliance statement on Belarus',
  slideOf: (position: number, count: number) => `${position} of ${count}`,
  startRotation: 'Start automatic quote rotation',
  stopRotation: 'Stop automatic quote rotation',
  previousQuote: 'Previous quote',
  nextQuote: 'Next quote',
  copyLink: 'Copy link',
  copyLinkTo: (number: number) => `Copy link to point ${number}`,
  linkCopied: (number: number) => `Link to point ${number} copied`,
  copyRefused: 'Copying was refused; copy this link:',
};
