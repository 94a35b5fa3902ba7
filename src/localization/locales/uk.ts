import type { Phrases } from '../types.js';

export default {
  title: 'Заява Прогресивного альянсу щодо Білорусі',
  pointOf: 'Пункт {point} з {total}',
  readFullStatement: 'Читати заяву повністю',
  showAll: {
    one: 'Показати {count} пункт',
    few: 'Показати всі {count} пункти',
    many: 'Показати всі {count} пунктів',
    other: 'Показати всі {count} пункту',
  },
  showFewer: 'Показати менше пунктів',
  quotesLabel: 'Цитати із заяви Прогресивного альянсу щодо Білорусі',
  carousel: 'карусель',
  slide: 'слайд',
  slideOf: '{position} з {count}',
  startRotation: 'Увімкнути автоматичну зміну цитат',
  stopRotation: 'Зупинити автоматичну зміну цитат',
  previousQuote: 'Попередня цитата',
  nextQuote: 'Наступна цитата',
  copyLink: 'Копіювати посилання',
  copyLinkTo: 'Копіювати посилання на пункт {point}',
  linkCopied: 'Посилання на пункт {point} скопійовано',
  copyRefused: 'Копіювання заборонено; скопіюйте це посилання:',
  translation: 'Переклад',
} satisfies Phrases;
