import { statement, type StatementPoint } from '../content/statement.js';
import { languageOf } from './language.js';
import { pageState } from './page-state.js';
import { phrasesFor } from './phrases.js';
import type { Formats, Phrases } from './types.js';
import { translationFor } from './translations.js';

/** A phrase's `{name}` placeholders replaced by the numbers of those names, written by `format`. */
export const fillIn = (template: string, numbers: Record<string, number>, format: (value: number) => string = String) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => format(numbers[name]));

/**
 * The statement's date, a number format and plural rules in `lang`, made once per language: Intl's formatters are
 * slow to make. Plural rules are made on first use: only "Show all" needs them.
 */
function formatsFor(lang: string): Formats {
  let made = pageState.formats.get(lang);
  if (!made) {
    let rules: Intl.PluralRules | undefined;
    const plural = (count: number) => (rules ??= new Intl.PluralRules(lang)).select(count);
    // English shows the published dateline and plain digits (what Intl writes for English), so an English page
    // never waits for ICU's start-up, 35-60 ms here, before its first paint.
    made =
      lang === 'en'
        ? { date: statement.dateline, number: String, plural }
        : {
            date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
              new Date(statement.date),
            ),
            number: new Intl.NumberFormat(lang).format,
            plural,
          };
    pageState.formats.set(lang, made);
  }
  return made;
}

/**
 * The phrases and the statement's date in `lang`, from `phrases`, that language's: what a widget shows around the
 * statement, and what the builder writes into a snippet's fallback.
 */
export function wordingIn(lang: string, phrases: Phrases) {
  const { date, number, plural } = formatsFor(lang);
  return {
    lang,
    date,
    /** A phrase with its numbers filled in, plural forms chosen by `count`. */
    phrase(key: keyof Phrases, numbers: Record<string, number> = {}): string {
      const entry = phrases[key];
      const template = typeof entry === 'string' ? entry : (entry[plural(numbers.count)] ?? entry.other);
      return fillIn(template, numbers, number);
    },
  };
}

/**
 * What a widget shows in its resolved language: the phrases, the date, and the statement's title and text, a
 * partner's translation where one is registered for the language.
 */
export function wordingOf(element: Element) {
  const language = languageOf(element);
  const { lang, phrases } = phrasesFor(language);
  const translated = translationFor(language);
  return {
    ...wordingIn(lang, phrases),
    /** The language of the statement's text: a partner translation's, else English. */
    textLang: translated?.language ?? 'en',
    title: translated?.title ?? phrases.title,
    titleLang: translated?.language ?? lang,
    textOf: (point: StatementPoint) => translated?.points[point.number - 1] ?? point.text,
    /** The point's quote; in a translation, the sentence at the English quote's position. */
    quoteOf: (point: StatementPoint) => translated?.quotes[point.number - 1] ?? point.quote,
    /** A translation's mark, beside the attribution: "Translation: …" (with who made it, where told). */
    translation: translated && `${phrases.translation}${translated.by ? `: ${translated.by}` : ''}`,
  };
}

export type Wording = ReturnType<typeof wordingOf>;
