import type { Phrases } from '../types.js';

// French typography: a narrow no-break space before ";" and a no-break space before ":".
export default {
  title: 'Déclaration de l’Alliance progressiste sur le Bélarus',
  pointOf: 'Point {point} sur {total}',
  readFullStatement: 'Lire la déclaration complète',
  showAll: { one: 'Afficher {count} point', other: 'Afficher les {count} points' },
  showFewer: 'Afficher moins de points',
  quotesLabel: 'Citations de la déclaration de l’Alliance progressiste sur le Bélarus',
  carousel: 'carrousel',
  slide: 'diapositive',
  slideOf: '{position} sur {count}',
  startRotation: 'Démarrer le défilement automatique des citations',
  stopRotation: 'Arrêter le défilement automatique des citations',
  previousQuote: 'Citation précédente',
  nextQuote: 'Citation suivante',
  copyLink: 'Copier le lien',
  copyLinkTo: 'Copier le lien vers le point {point}',
  linkCopied: 'Lien vers le point {point} copié',
  copyRefused: 'La copie a été refusée\u202f; copiez ce lien\u00a0:',
  translation: 'Traduction',
} satisfies Phrases;
