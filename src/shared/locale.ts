import { statement } from '../content/statement.js';

/** The language the widget's chrome should use: its own or nearest ancestor's `lang`, else the page's. */
export function languageOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

// Building an Intl.DateTimeFormat is slow next to rendering; a page of 200 points needs one per language.
const formattedDates = new Map<string, string>();

/** The statement's date in `language`, e.g. "18 September 2020"; falls back to English for a bad tag. */
export function formatStatementDate(language: string): string {
  let formatted = formattedDates.get(language);
  if (formatted === undefined) {
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(language, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formatted = format.format(new Date(statement.date));
    formattedDates.set(language, formatted);
  }
  return formatted;
}
