import { points, sentencesOf } from '../content/statement.js';
import { asText } from '../shared/values.js';
import { primarySubtag } from './language.js';
import { relocalize } from './language-controller.js';
import { page } from './page-state.js';

/** A partner's official translation of the statement: its title and its 11 points, in order. */
export interface StatementTranslation {
  title: string;
  points: readonly string[];
}

export interface RegisteredTranslation extends StatementTranslation {
  language: string;
  /** Each point's quote, in the statement's order. */
  quotes: readonly string[];
}

/** A translated point's sentences: by `Intl.Segmenter` where the engine has one, which knows more than full stops. */
function sentencesIn(text: string, language: string): string[] {
  try {
    const sentences = new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text);
    return Array.from(sentences, ({ segment }) => segment.trim());
  } catch {
    // No Intl.Segmenter in this engine, or a language tag it rejects.
    return sentencesOf(text);
  }
}

/**
 * The sentence of each translated point at the English quote's position. Where the sentences do not pair up with
 * the English ones ("am 9. August" reads as a sentence's end), the quote is the whole point: a sentence from
 * elsewhere would quote the statement wrongly.
 */
const quotesOf = (texts: readonly string[], language: string) =>
  points.map((point, index) => {
    const english = sentencesOf(point.text);
    const translated = sentencesIn(texts[index], language);
    return translated.length === english.length ? translated[english.indexOf(point.quote)] : texts[index];
  });

/** The partner translation for `language`: one registered for that very tag (`pt-BR`), else for its language (`pt`). */
export const translationFor = (language: string) =>
  page.translations.get(language.toLowerCase()) ?? page.translations.get(primarySubtag(language));

/** Calls `listener` whenever a translation is registered. */
export const onTranslationRegistered = (listener: () => void) => page.translationListeners.add(listener);

/** A value a translation must have: a text with more than white space. */
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Gives the widgets an official translation of the statement, shown where the resolved language is `language`
 * (`pt-BR`), or where it is of the language `language` names alone (`pt` for `pt-BR`, `pt-PT` and `pt`) and no
 * translation was registered for its exact tag. It must have a title and exactly 11 points; otherwise it is
 * rejected with one warning and the English statement stays.
 */
export function registerTranslation(language: string, translation: StatementTranslation): void {
  // Read once, into copies: a page's object may change later, or be a Proxy or have getters that throw.
  let title: unknown;
  let texts: unknown[] = [];
  try {
    title = translation.title;
    const given = translation.points;
    if (Array.isArray(given) && given.length === points.length) texts = Array.from(given);
  } catch {
    // Rejected below, with the same warning as any other malformed translation.
  }
  if (!isText(language) || !isText(title) || texts.length !== points.length || !texts.every(isText)) {
    console.warn(
      `registerTranslation("${asText(language)}"): a translation needs a language, a title and exactly ${points.length} points, each a text; the English statement is shown.`,
    );
    return;
  }
  const translated = texts as string[];
  page.translations.set(language.toLowerCase(), {
    language,
    title,
    points: translated,
    quotes: quotesOf(translated, language),
  });
  page.widgets.forEach(relocalize);
  page.translationListeners.forEach((listener) => listener());
}
