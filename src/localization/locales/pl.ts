import type { Phrases } from '../types.js';

export default {
  title: 'Oświadczenie Sojuszu Postępowego w sprawie Białorusi',
  pointOf: 'Punkt {point} z {total}',
  readFullStatement: 'Przeczytaj całe oświadczenie',
  showAll: {
    one: 'Pokaż {count} punkt',
    few: 'Pokaż wszystkie {count} punkty',
    many: 'Pokaż wszystkie {count} punktów',
    other: 'Pokaż wszystkie {count} punktu',
  },
  showFewer: 'Pokaż mniej punktów',
  quotesLabel: 'Cytaty z oświadczenia Sojuszu Postępowego w sprawie Białorusi',
  carousel: 'karuzela',
  slide: 'slajd',
  slideOf: '{position} z {count}',
  startRotation: 'Włącz automatyczną zmianę cytatów',
  stopRotation: 'Wyłącz automatyczną zmianę cytatów',
  previousQuote: 'Poprzedni cytat',
  nextQuote: 'Następny cytat',
  copyLink: 'Kopiuj link',
  copyLinkTo: 'Kopiuj link do punktu {point}',
  linkCopied: 'Skopiowano link do punktu {point}',
  copyRefused: 'Kopiowanie zostało zablokowane; skopiuj ten link:',
  translation: 'Tłumaczenie',
} satisfies Phrases;
