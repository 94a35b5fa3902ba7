import type { ReactiveController, ReactiveElement } from 'lit';
import { points, sentencesOf, statement, type StatementPoint } from '../content/statement.js';
import { asText } from './values.js';
import english from './locales/en.js';

/** A phrase for each plural category of `Intl.PluralRules` that the language uses; `other` always. */
export type PluralForms = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

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
  plural: (count: number) => Intl.LDMLPluralRule;
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
  statementTranslations: Map<string, RegisteredTranslation>;
  formats: Map<string, Formats>;
  connectedWidgets: Set<ReactiveElement>;
  /** The document and the shadow roots the connected widgets are in, each with how many widgets need it watched. */
  watchedRoots: Map<Node, number>;
  langObserver?: MutationObserver;
}

const PAGE_STATE = Symbol.for('pa-statement-widget.page-state.v1');
const page: PageState = ((globalThis as { [PAGE_STATE]?: PageState })[PAGE_STATE] ??= {
  chrome: new Map([['en', english]]),
  loading: new Map(),
  statementTranslations: new Map(),
  formats: new Map(),
  connectedWidgets: new Set(),
  watchedRoots: new Map(),
});

const primarySubtag = (language: string) => language.split('-')[0].toLowerCase();

/** The element's own or nearest ancestor's `lang`, crossing shadow roots; else the page's; else English. */
export function languageOf(element: Element): string {
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
  if (page.chrome.has(code) || !Object.hasOwn(LOCALES, code)) return undefined;
  let pending = page.loading.get(code);
  if (!pending) {
    pending = LOCALES[code]().then(
      (module) => page.chrome.set(code, module.default),
      () => {
        page.chrome.set(code, english);
        console.warn(`pa-statement-widget: locales/${code}.js did not load; the widgets show English.`);
      },
    );
    page.loading.set(code, pending);
  }
  return pending;
}

/** Loads `widget`'s language if needed, then renders it again: after a `lang` change or a new translation. */
const relocalize = (widget: ReactiveElement) =>
  Promise.resolve(loadLanguage(languageOf(widget))).then(() => widget.requestUpdate());

/** The document and each shadow root between `element` and it: where a change of `lang` can reach `element`. */
function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return [...roots, document.documentElement];
}

const watchRoot = (root: Node) =>
  page.langObserver?.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });

/**
 * Keeps its host in the language of the page: a change of `lang` anywhere that can reach the host (the host itself,
 * an ancestor, a shadow host above it, `<html>`) renders it again, in a shadow root as in the document. One
 * observer serves the page; it watches the document and each shadow root with a widget inside while it is connected.
 */
export class LanguageController implements ReactiveController {
  private __roots: Node[] = [];

  constructor(private readonly __host: ReactiveElement) {}

  hostConnected(): void {
    page.langObserver ??= new MutationObserver(() => page.connectedWidgets.forEach(relocalize));
    page.connectedWidgets.add(this.__host);
    this.__roots = rootsAbove(this.__host);
    for (const root of this.__roots) {
      const widgets = page.watchedRoots.get(root) ?? 0;
      page.watchedRoots.set(root, widgets + 1);
      if (widgets === 0) watchRoot(root);
    }
  }

  hostDisconnected(): void {
    page.connectedWidgets.delete(this.__host);
    let unwatched = false;
    for (const root of this.__roots) {
      const widgets = (page.watchedRoots.get(root) ?? 1) - 1;
      if (widgets > 0) page.watchedRoots.set(root, widgets);
      else unwatched = page.watchedRoots.delete(root);
    }
    this.__roots = [];
    // An observer cannot stop watching one node: it stops, then watches again the roots still needed.
    if (unwatched) {
      page.langObserver?.disconnect();
      page.watchedRoots.forEach((_, root) => watchRoot(root));
    }
  }
}

/** A translated point's sentences: by `Intl.Segmenter` where the engine has one, which knows more than full stops. */
function sentencesIn(text: string, language: string): string[] {
  try {
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    return Array.from(segmenter.segment(text), ({ segment }) => segment.trim());
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

/** The partner translation for `language`, the most specific registered tag first: `pt-BR`, then `pt`. */
function translationFor(language: string): RegisteredTranslation | undefined {
  const subtags = language.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const translation = page.statementTranslations.get(subtags.slice(0, length).join('-'));
    if (translation) return translation;
  }
  return undefined;
}

/**
 * Gives the widgets an official translation of the statement, shown where the resolved language is `language` or
 * a region of it (`pt-BR` for `pt-BR`; `pt` for `pt-BR`, `pt-PT` and `pt` where no more specific one is
 * registered). It must have a title and exactly 11 points; otherwise it is rejected with one
 * warning and the English statement stays.
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
  page.statementTranslations.set(language.toLowerCase(), {
    language,
    title,
    points: translated,
    quotes: quotesOf(translated, language),
  });
  page.connectedWidgets.forEach(relocalize);
}

/** A phrase's `{name}` placeholders replaced by the numbers of those names, written by `format`. */
export const fillIn = (template: string, numbers: Record<string, number>, format: (value: number) => string = String) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => format(numbers[name]));

/**
 * The statement's date, a number format and plural rules in `lang`, made once per language: Intl's formatters are
 * slow to make. Plural rules are made on first use: only "Show all" needs them.
 */
function formatsFor(lang: string): Formats {
  let made = page.formats.get(lang);
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
    page.formats.set(lang, made);
  }
  return made;
}

/** What a widget shows in its resolved language: the chrome's words and date, and the statement's text. */
export function localize(element: Element) {
  const language = languageOf(element);
  const code = primarySubtag(language);
  const chrome: Translation = page.chrome.get(code) ?? english;
  const lang = chrome === english ? 'en' : code;
  const translated = translationFor(language);
  const textOf = (point: StatementPoint) => translated?.points[point.number - 1] ?? point.text;
  const { date, number, plural } = formatsFor(lang);
  return {
    lang,
    date,
    /** The language of the statement's text: a partner translation's, else English. */
    textLang: translated?.language ?? 'en',
    title: translated?.title ?? chrome.title,
    titleLang: translated?.language ?? lang,
    textOf,
    /** The point's quote; in a translation, the sentence at the English quote's position (see `quotesOf`). */
    quoteOf: (point: StatementPoint) => translated?.quotes[point.number - 1] ?? point.quote,
    /** A phrase with its numbers filled in, plural forms chosen by `count`. */
    term(key: keyof Translation, numbers: Record<string, number> = {}): string {
      // A locale module older than the bundle may lack a phrase: English stands in.
      const entry = chrome[key] ?? english[key];
      const template = typeof entry === 'string' ? entry : (entry[plural(numbers.count)] ?? entry.other);
      return fillIn(template, numbers, number);
    },
  };
}

export type Localized = ReturnType<typeof localize>;
