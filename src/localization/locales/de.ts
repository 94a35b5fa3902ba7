import type { Phrases } from '../types.js';

export default {
  title: 'Erklärung der Progressiven Allianz zu Belarus',
  pointOf: 'Punkt {point} von {total}',
  readFullStatement: 'Die vollständige Erklärung lesen',
  showAll: { one: '{count} Punkt anzeigen', other: 'Alle {count} Punkte anzeigen' },
  showFewer: 'Weniger Punkte anzeigen',
  quotesLabel: 'Zitate aus der Erklärung der Progressiven Allianz zu Belarus',
  carousel: 'Karussell',
  slide: 'Folie',
  slideOf: '{position} von {count}',
  startRotation: 'Automatischen Zitatwechsel starten',
  stopRotation: 'Automatischen Zitatwechsel anhalten',
  previousQuote: 'Vorheriges Zitat',
  nextQuote: 'Nächstes Zitat',
  copyLink: 'Link kopieren',
  copyLinkTo: 'Link kopieren: Punkt {point}',
  linkCopied: 'Link zu Punkt {point} kopiert',
  copyRefused: 'Das Kopieren wurde verweigert; kopieren Sie diesen Link:',
  translation: 'Übersetzung',
} satisfies Phrases;
