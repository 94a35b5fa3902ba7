import { primarySubtag } from './language.js';
import { pageState } from './page-state.js';
import english from './locales/en.js';
import type { Phrases, PluralForms } from './types.js';

export { english };

/**
 * The languages whose phrases ship beside English, by primary subtag (`de-AT` speaks `de`), each a module loaded
 * on demand. Written out one by one so that browsers, tsc, Vite and webpack all resolve them beside this module.
 * To add a language, see CONTRIBUTING.md.
 */
export const PHRASE_MODULES: Record<string, () => Promise<{ default: Phrases }>> = {
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

/** Every language the widgets speak, English first: the one list the builder, the site and the tests read. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(PHRASE_MODULES)];

/**
 * How long a widget's first render waits for its language's module: a stalled file must not keep a page's widgets
 * from ever showing. Past it the widget renders in English, and again in its language when the module arrives.
 */
export const LANGUAGE_WAIT_MS = 2000;

/** Whether `entry` can stand for English's `model`: a text, or plural forms with `other`, each a text. */
const fits = (entry: unknown, model: unknown) =>
  typeof model === 'string'
    ? typeof entry === 'string'
    : typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as PluralForms).other === 'string' &&
      Object.values(entry).every((form) => typeof form === 'string');

/**
 * A language module's phrases, each checked against English's: a missing or malformed one (a module of another
 * version beside the bundle) is English's, with one warning naming the module.
 */
function checkedPhrases(code: string, module: unknown): Phrases {
  const given = (module as { default?: unknown } | null)?.default;
  const phrases = { ...english };
  const wrong: string[] = [];
  for (const key of Object.keys(english) as (keyof Phrases)[]) {
    const entry = (given as Partial<Record<keyof Phrases, unknown>> | undefined)?.[key];
    if (fits(entry, english[key])) (phrases as Record<string, unknown>)[key] = entry;
    else wrong.push(key);
  }
  if (wrong.length > 0) {
    console.warn(`pa-statement-widget: locales/${code}.js lacks or mistypes ${wrong.join(', ')}; English stands in.`);
  }
  return phrases;
}

/**
 * Starts loading the phrases of `language` if they ship as a module and are not loaded yet; the promise settles
 * when the widget can render. A module that fails to load (a partner who copied only the bundle) leaves English.
 * Once a module arrives, the widgets that gave up waiting for it (see `waitForLanguage`) render again.
 */
export function loadLanguage(language: string): Promise<unknown> | undefined {
  const code = primarySubtag(language);
  if (pageState.phrases.has(code) || !Object.hasOwn(PHRASE_MODULES, code)) return undefined;
  let pending = pageState.loading.get(code);
  if (!pending) {
    pending = PHRASE_MODULES[code]().then(
      (module) => {
        pageState.phrases.set(code, checkedPhrases(code, module));
        pageState.widgets.forEach((widget) => widget.hasUpdated && widget.requestUpdate());
      },
      () => console.warn(`pa-statement-widget: locales/${code}.js did not load; the widgets show English.`),
    );
    pageState.loading.set(code, pending);
  }
  return pending;
}

/** Resolves once the module of `language` has loaded or failed, or `LANGUAGE_WAIT_MS` have passed; undefined at once. */
export function waitForLanguage(language: string): Promise<unknown> | undefined {
  const loading = loadLanguage(language);
  return loading && Promise.race([loading, new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS))]);
}

/** The phrases shown for `language`, and the language they are in: its own where loaded, else English. */
export function phrasesFor(language: string): { lang: string; phrases: Phrases } {
  const code = primarySubtag(language);
  const phrases = pageState.phrases.get(code);
  return phrases ? { lang: code, phrases } : { lang: 'en', phrases: english };
}
