import type { Phrases } from '../types.js';

export default {
  title: 'Dichiarazione dell’Alleanza Progressista sulla Bielorussia',
  pointOf: 'Punto {point} di {total}',
  readFullStatement: 'Leggi la dichiarazione completa',
  showAll: { one: 'Mostra {count} punto', other: 'Mostra tutti gli {count} punti' },
  showFewer: 'Mostra meno punti',
  quotesLabel: 'Citazioni dalla dichiarazione dell’Alleanza Progressista sulla Bielorussia',
  carousel: 'carosello',
  slide: 'diapositiva',
  slideOf: '{position} di {count}',
  startRotation: 'Avvia la rotazione automatica delle citazioni',
  stopRotation: 'Interrompi la rotazione automatica delle citazioni',
  previousQuote: 'Citazione precedente',
  nextQuote: 'Citazione successiva',
  copyLink: 'Copia link',
  copyLinkTo: 'Copia link al punto {point}',
  linkCopied: 'Link al punto {point} copiato',
  copyRefused: 'Copia non consentita; copia questo link:',
  translation: 'Traduzione',
} satisfies Phrases;
