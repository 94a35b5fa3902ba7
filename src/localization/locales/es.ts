import type { Phrases } from '../types.js';

export default {
  title: 'Declaración de la Alianza Progresista sobre Bielorrusia',
  pointOf: 'Punto {point} de {total}',
  readFullStatement: 'Leer la declaración completa',
  showAll: { one: 'Mostrar {count} punto', other: 'Mostrar los {count} puntos' },
  showFewer: 'Mostrar menos puntos',
  quotesLabel: 'Citas de la declaración de la Alianza Progresista sobre Bielorrusia',
  carousel: 'carrusel',
  slide: 'diapositiva',
  slideOf: '{position} de {count}',
  startRotation: 'Iniciar la rotación automática de citas',
  stopRotation: 'Detener la rotación automática de citas',
  previousQuote: 'Cita anterior',
  nextQuote: 'Cita siguiente',
  copyLink: 'Copiar enlace',
  copyLinkTo: 'Copiar enlace al punto {point}',
  linkCopied: 'Enlace al punto {point} copiado',
  copyRefused: 'No se permitió copiar; copie este enlace:',
  translation: 'Traducción',
} satisfies Phrases;
