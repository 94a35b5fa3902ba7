import type { Phrases } from '../types.js';

export default {
  title: 'Заява Прагрэсіўнага альянсу адносна Беларусі',
  pointOf: 'Пункт {point} з {total}',
  readFullStatement: 'Чытаць заяву цалкам',
  showAll: {
    one: 'Паказаць {count} пункт',
    few: 'Паказаць усе {count} пункты',
    many: 'Паказаць усе {count} пунктаў',
    other: 'Паказаць усе {count} пункта',
  },
  showFewer: 'Паказаць менш пунктаў',
  quotesLabel: 'Цытаты з заявы Прагрэсіўнага альянсу адносна Беларусі',
  carousel: 'карусэль',
  slide: 'слайд',
  slideOf: '{position} з {count}',
  startRotation: 'Уключыць аўтаматычную змену цытат',
  stopRotation: 'Спыніць аўтаматычную змену цытат',
  previousQuote: 'Папярэдняя цытата',
  nextQuote: 'Наступная цытата',
  copyLink: 'Капіраваць спасылку',
  copyLinkTo: 'Капіраваць спасылку на пункт {point}',
  linkCopied: 'Спасылка на пункт {point} скапіравана',
  copyRefused: 'Капіраванне забаронена; скапіруйце гэту спасылку:',
  translation: 'Пераклад',
} satisfies Phrases;
