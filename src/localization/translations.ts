import { points, sentencesOf } from '../content/statement.js';
import { asText } from '../shared/values.js';
import { primarySubtag } from './language.js';
import { relocalize } from './language-controller.js';
import { pageState } from './page-state.js';
import type { StatementTranslation } from './types.js';

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
  pageState.translations.get(language.toLowerCase()) ?? pageState.translations.get(primarySubtag(language));

/** A value a translation must have: a text with more than white space. */
const isFilledText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `language` as a canonical language tag (`pt-br` is `pt-BR`), or undefined where it is none. */
function languageTag(language: unknown): string | undefined {
  try {
    return Intl.getCanonicalLocales(language as string)[0];
  } catch {
    return undefined;
  }
}

/**
 * Gives the widgets an official translation of the statement, shown where the resolved language is `language`
 * (`pt-BR`), or where it is of the language `language` names alone (`pt` for `pt-BR`, `pt-PT` and `pt`) and no
 * translation was registered for its exact tag; marked "Translation" (with `by`) beside the attribution. It must
 * have a language tag that is not English's (the statement is published in English, and its English text is never
 * replaced), a title and exactly 11 points; otherwise it is rejected with one warning and the statement stays as
 * it was.
 */
export function registerTranslation(language: string, translation: StatementTranslation): void {
  // Read once, into copies: a page's object may change later, or be a Proxy or have getters that throw.
  let title: unknown;
  let by: unknown;
  let texts: unknown[] = [];
  try {
    ({ title, by } = translation);
    const given = translation.points;
    if (Array.isArray(given) && given.length === points.length) texts = Array.from(given);
  } catch {
    // Rejected below, with the same warning as any other malformed translation.
  }
  const tag = languageTag(language);
  const refused =
    tag === undefined
      ? 'its language must be a language tag such as "pt-BR"'
      : primarySubtag(tag) === 'en'
        ? 'the statement is published in English, and its English text is never replaced'
        : !isFilledText(title) ||
            texts.length !== points.length ||
            !texts.every(isFilledText) ||
            (by !== undefined && !isFilledText(by))
          ? `a translation needs a title and exactly ${points.length} points, each a text, and by, if given, a text`
          : '';
  if (refused) {
    console.warn(`registerTranslation("${asText(language)}"): ${refused}; the statement is shown as it was.`);
    return;
  }
  const translated = texts as string[];
  pageState.translations.set((tag as string).toLowerCase(), {
    language: tag as string,
    title: title as string,
    points: translated,
    by: by as string | undefined,
    quotes: quotesOf(translated, tag as string),
  });
  pageState.widgets.forEach(relocalize);
  pageState.translationListeners.forEach((listener) => listener());
}
