import type { Phrases } from '../types.js';

export default {
  title: 'Verklaring van de Progressieve Alliantie over Belarus',
  pointOf: 'Punt {point} van {total}',
  readFullStatement: 'Lees de volledige verklaring',
  showAll: { one: '{count} punt tonen', other: 'Alle {count} punten tonen' },
  showFewer: 'Minder punten tonen',
  quotesLabel: 'Citaten uit de verklaring van de Progressieve Alliantie over Belarus',
  carousel: 'carrousel',
  slide: 'dia',
  slideOf: '{position} van {count}',
  startRotation: 'Automatisch wisselen van citaten starten',
  stopRotation: 'Automatisch wisselen van citaten stoppen',
  previousQuote: 'Vorig citaat',
  nextQuote: 'Volgend citaat',
  copyLink: 'Link kopiëren',
  copyLinkTo: 'Link kopiëren: punt {point}',
  linkCopied: 'Link naar punt {point} gekopieerd',
  copyRefused: 'Kopiëren is geweigerd; kopieer deze link:',
  translation: 'Vertaling',
} satisfies Phrases;
