import type { Phrases } from '../types.js';

export default {
  title: 'Заявление Прогрессивного альянса по Беларуси',
  pointOf: 'Пункт {point} из {total}',
  readFullStatement: 'Читать заявление полностью',
  showAll: {
    one: 'Показать {count} пункт',
    few: 'Показать все {count} пункта',
    many: 'Показать все {count} пунктов',
    other: 'Показать все {count} пункта',
  },
  showFewer: 'Показать меньше пунктов',
  quotesLabel: 'Цитаты из заявления Прогрессивного альянса по Беларуси',
  carousel: 'карусель',
  slide: 'слайд',
  slideOf: '{position} из {count}',
  startRotation: 'Включить автоматическую смену цитат',
  stopRotation: 'Остановить автоматическую смену цитат',
  previousQuote: 'Предыдущая цитата',
  nextQuote: 'Следующая цитата',
  copyLink: 'Копировать ссылку',
  copyLinkTo: 'Копировать ссылку на пункт {point}',
  linkCopied: 'Ссылка на пункт {point} скопирована',
  copyRefused: 'Копирование запрещено; скопируйте эту ссылку:',
  translation: 'Перевод',
} satisfies Phrases;
