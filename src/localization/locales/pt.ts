import type { Phrases } from '../types.js';

// Words common to European and Brazilian Portuguese where the two differ ("link", not "ligação"; "slide").
export default {
  title: 'Declaração da Aliança Progressista sobre a Bielorrússia',
  pointOf: 'Ponto {point} de {total}',
  readFullStatement: 'Ler a declaração completa',
  showAll: { one: 'Mostrar {count} ponto', other: 'Mostrar os {count} pontos' },
  showFewer: 'Mostrar menos pontos',
  quotesLabel: 'Citações da declaração da Aliança Progressista sobre a Bielorrússia',
  carousel: 'carrossel',
  slide: 'slide',
  slideOf: '{position} de {count}',
  startRotation: 'Iniciar a rotação automática das citações',
  stopRotation: 'Parar a rotação automática das citações',
  previousQuote: 'Citação anterior',
  nextQuote: 'Próxima citação',
  copyLink: 'Copiar link',
  copyLinkTo: 'Copiar link para o ponto {point}',
  linkCopied: 'Link para o ponto {point} copiado',
  copyRefused: 'A cópia foi recusada; copie este link:',
  translation: 'Tradução',
} satisfies Phrases;
