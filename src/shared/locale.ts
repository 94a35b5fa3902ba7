import { statement } from '../content/statement.js';

/** The language the widget's chrome should use: its own or nearest ancestor's `lang`, else the page's. */
export function languageOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

/** The statement's date in `language`, e.g. "18 September 2020"; falls back to English for a bad tag. */
export function formatStatementDate(language: string): string {
  const date = new Date(statement.date);
  const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
