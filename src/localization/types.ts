// The shapes of what the widgets say and show around the statement: their phrases, partners' translations of the
// statement, and the formats of a language. Imported by every module of the localization, which import nothing here.

/**
 * The plural categories of `Intl.PluralRules`, written out: `Intl.LDMLPluralRule` would make the public types need
 * TypeScript's ES2018 lib.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A phrase for each plural category of `Intl.PluralRules` that the language uses; `other` always. */
export type PluralForms = { [category in PluralCategory]?: string } & { other: string };

/**
 * The widgets' own words around the statement, in one language: its phrases. `{point}`, `{total}`, `{count}` and
 * `{position}` stand for numbers. Each language is a module in `./locales/`, English built in.
 */
export interface Phrases {
  title: string;
  pointOf: string;
  readFullStatement: string;
  showAll: PluralForms;
  showFewer: string;
  quotesLabel: string;
  carousel: string;
  slide: string;
  slideOf: string;
  startRotation: string;
  stopRotation: string;
  previousQuote: string;
  nextQuote: string;
  copyLink: string;
  copyLinkTo: string;
  linkCopied: string;
  copyRefused: string;
  /** Marks a partner's translation of the statement, beside the attribution: "Translation: …". */
  translation: string;
}

/**
 * A partner's official translation of the statement: its title and its 11 points, in order, and who made it, which
 * the widgets show beside the Progressive Alliance's attribution ("Translation: …").
 */
export interface StatementTranslation {
  title: string;
  points: readonly string[];
  /** Who translated the statement, e.g. the partner's name. */
  by?: string;
}

export interface RegisteredTranslation extends StatementTranslation {
  language: string;
  /** Each point's quote, in the statement's order. */
  quotes: readonly string[];
}

/** The statement's date, a number format and plural rules in one language. */
export interface Formats {
  date: string;
  number: (value: number) => string;
  plural: (count: number) => PluralCategory;
}
