import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { points, sentencesOf, statement, type StatementPoint } from '../content/statement.js';
import { asText } from './values.js';
import english from './locales/en.js';

/**
 * The plural categories of `Intl.PluralRules`, written out: `Intl.LDMLPluralRule` would make the public types need
 * TypeScript's ES2018 lib.
 */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A phrase for each plural category of `Intl.PluralRules` that the language uses; `other` always. */
export type PluralForms = { [category in PluralCategory]?: string } & { other: string };

/**
 * The words the widgets put around the statement, in one language. `{point}`, `{total}`, `{count}` and
 * `{position}` stand for numbers. Each language is a module in `./locales/`, English built in.
 */
export interface Translation {
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
}

/** A partner's official translation of the statement: its title and its 11 points, in order. */
export interface StatementTranslation {
  title: string;
  points: readonly string[];
}

type LocaleModule = Promise<{ default: Translation }>;

/**
 * The languages besides English, by primary subtag (`de-AT` speaks `de`), each a module loaded on demand.
 * Written out one by one so that browsers, tsc, Vite and webpack all resolve them beside this module.
 */
export const LOCALES: Record<string, () => LocaleModule> = {
  be: () => import('./locales/be.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  sv: () => import('./locales/sv.js'),
  uk: () => import('./locales/uk.js'),
};

interface RegisteredTranslation extends StatementTranslation {
  language: string;
  /** Each point's quote, in the statement's order. */
  quotes: readonly string[];
}

interface Formats {
  date: string;
  number: (value: number) => string;
  plural: (count: number) => PluralCategory;
}

/**
 * What the widgets of a page share, kept once per page on `globalThis`: a page may load two copies of the code (the
 * bundle under two URLs, `?ver=` appended by a CMS, or the bundle and the npm build), and a translation registered
 * through one copy must reach the elements the other defined. The key names the shape: a later, different shape
 * takes another key.
 */
interface PageState {
  /** The chrome of each language loaded, by primary subtag. */
  chrome: Map<string, Translation>;
  loading: Map<string, Promise<unknown>>;
  /** Partner translations of the statement, by lower-case language tag. */
  translations: Map<string, RegisteredTranslation>;
  formats: Map<string, Formats>;
  widgets: Set<ReactiveElement>;
  /** Watches `lang` in the document and in each shadow root a widget has connected in. */
  observer?: MutationObserver;
}

const PAGE_STATE = Symbol.for('pa-statement-widget.v1');
const page: PageState = ((globalThis as { [PAGE_STATE]?: PageState })[PAGE_STATE] ??= {
  chrome: new Map([['en', english]]),
  loading: new Map(),
  translations: new Map(),
  formats: new Map(),
  widgets: new Set(),
});
const { chrome: loadedChrome, loading, translations, formats, widgets } = page;

const primarySubtag = (language: string) => language.split('-')[0].toLowerCase();

/**
 * The element's own or nearest ancestor's `lang`, crossing shadow roots; else the page's; else English. On a server
 * there are no ancestors: the prerenderer sets the language it resolved on the element.
 */
export function languageOf(element: Element): string {
  if (isServer) return element.getAttribute('lang') || 'en';
  for (let node: Element | undefined = element; node;) {
    const tagged = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') as string;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return document.documentElement.lang || 'en';
}

/**
 * Starts loading the chrome for `language` if it ships as a module and is not loaded yet; the promise settles
 * when the widget can render. A module that fails to load (a partner who copied only the bundle) leaves English.
 */
export function loadLanguage(language: string): Promise<unknown> | undefined {
  const code = primarySubtag(language);
  if (loadedChrome.has(code) || !Object.hasOwn(LOCALES, code)) return undefined;
  let pending = loading.get(code);
  if (!pending) {
    pending = LOCALES[code]().then(
      (module) => loadedChrome.set(code, module.default),
      () => {
        loadedChrome.set(code, english);
        console.warn(`pa-statement-widget: locales/${code}.js did not load; the widgets show English.`);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** Loads `widget`'s language if needed, then renders it again: after a `lang` change or a new translation. */
const relocalize = (widget: ReactiveElement) =>
  Promise.resolve(loadLanguage(languageOf(widget))).then(() => widget.requestUpdate());

/**
 * Keeps its host in the language of the page: a change of `lang` that can reach the host (on the host, an ancestor,
 * a shadow host above it, `<html>`) renders it again, in a shadow root as in the document.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly __host: ReactiveElement) {}

  hostConnected(): void {
    const observer = (page.observer ??= new MutationObserver(() => widgets.forEach(relocalize)));
    widgets.add(this.__host);
    // Watching a root again changes nothing. A root watched after its widgets left costs nothing until its `lang`
    // changes (a MutationObserver cannot stop watching one node alone, and holds none alive).
    const watch = (root: Node) => observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    for (let root = this.__host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
    watch(document.documentElement);
  }

  hostDisconnected(): void {
    widgets.delete(this.__host);
  }
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
const translationFor = (language: string) =>
  translations.get(language.toLowerCase()) ?? translations.get(primarySubtag(language));

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
  const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
  if (!isText(language) || !isText(title) || texts.length !== points.length || !texts.every(isText)) {
    console.warn(
      `registerTranslation("${asText(language)}"): a translation needs a language, a title and exactly ${points.length} points, each a text; the English statement is shown.`,
    );
    return;
  }
  const translated = texts as string[];
  translations.set(language.toLowerCase(), {
    language,
    title,
    points: translated,
    quotes: quotesOf(translated, language),
  });
  widgets.forEach(relocalize);
}

/** A phrase's `{name}` placeholders replaced by the numbers of those names, written by `format`. */
export const fillIn = (template: string, numbers: Record<string, number>, format: (value: number) => string = String) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => format(numbers[name]));

/**
 * The statement's date, a number format and plural rules in `lang`, made once per language: Intl's formatters are
 * slow to make. Plural rules are made on first use: only "Show all" needs them.
 */
function formatsFor(lang: string): Formats {
  let made = formats.get(lang);
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
    formats.set(lang, made);
  }
  return made;
}

/**
 * The chrome's words and the statement's date in `lang`, from `chrome`, that language's translation: what a widget
 * shows around the statement, and what the builder writes into a snippet's fallback.
 */
export function phrasesIn(lang: string, chrome: Translation) {
  const { date, number, plural } = formatsFor(lang);
  return {
    lang,
    date,
    /** A phrase with its numbers filled in, plural forms chosen by `count`. */
    term(key: keyof Translation, numbers: Record<string, number> = {}): string {
      // A locale module older than the bundle may lack a phrase: English stands in.
      const entry = chrome[key] ?? english[key];
      const template = typeof entry === 'string' ? entry : (entry[plural(numbers.count)] ?? entry.other);
      return fillIn(template, numbers, number);
    },
  };
}

/** What a widget shows in its resolved language: the chrome's words and date, and the statement's text. */
export function localize(element: Element) {
  const language = languageOf(element);
  const code = primarySubtag(language);
  const chrome: Translation = loadedChrome.get(code) ?? english;
  const lang = chrome === english ? 'en' : code;
  const translated = translationFor(language);
  const textOf = (point: StatementPoint) => translated?.points[point.number - 1] ?? point.text;
  return {
    ...phrasesIn(lang, chrome),
    /** The language of the statement's text: a partner translation's, else English. */
    textLang: translated?.language ?? 'en',
    title: translated?.title ?? chrome.title,
    titleLang: translated?.language ?? lang,
    textOf,
    /** The point's quote; in a translation, the sentence at the English quote's position (see `quotesOf`). */
    quoteOf: (point: StatementPoint) => translated?.quotes[point.number - 1] ?? point.quote,
  };
}

export type Localized = ReturnType<typeof localize>;
