import type { Phrases } from '../types.js';

export default {
  title: 'Progressiva alliansens uttalande om Belarus',
  pointOf: 'Punkt {point} av {total}',
  readFullStatement: 'Läs hela uttalandet',
  showAll: { one: 'Visa {count} punkt', other: 'Visa alla {count} punkter' },
  showFewer: 'Visa färre punkter',
  quotesLabel: 'Citat ur Progressiva alliansens uttalande om Belarus',
  carousel: 'karusell',
  slide: 'bild',
  slideOf: '{position} av {count}',
  startRotation: 'Starta automatiskt byte av citat',
  stopRotation: 'Stoppa automatiskt byte av citat',
  previousQuote: 'Föregående citat',
  nextQuote: 'Nästa citat',
  copyLink: 'Kopiera länk',
  copyLinkTo: 'Kopiera länk till punkt {point}',
  linkCopied: 'Länken till punkt {point} har kopierats',
  copyRefused: 'Kopieringen nekades; kopiera den här länken:',
  translation: 'Översättning',
} satisfies Phrases;
