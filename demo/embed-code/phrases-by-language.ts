// The widgets' phrases in every language they ship, loaded at once: the builder writes a snippet's fallback in the
// language the widget will show, so that the fallback's words, and so its lines, are the element's.
import { english, PHRASE_MODULES } from '../../src/localization/phrases.js';
import type { Phrases } from '../../src/localization/types.js';
import { primarySubtag } from '../../src/localization/language.js';

export const phrasesByLanguage: Readonly<Record<string, Phrases>> = Object.fromEntries([
  ['en', english],
  ...(await Promise.all(Object.entries(PHRASE_MODULES).map(async ([code, load]) => [code, (await load()).default]))),
]);

/**
 * The language a snippet's fallback is written in: the chosen one's (`de-AT` speaks `de`) where the widget ships it,
 * else English. The builder cannot know the page's language; choosing it makes the fallback exact.
 */
export function fallbackLanguage(chosen: string): string {
  const code = primarySubtag(chosen);
  return Object.hasOwn(phrasesByLanguage, code) ? code : 'en';
}
