// The widget's words in every language it ships, loaded at once: the builder writes a snippet's fallback in the
// language the widget will show, so that the fallback's words, and so its lines, are the element's.
import type { Translation } from '../src/shared/localize.js';
import be from '../src/shared/locales/be.js';
import de from '../src/shared/locales/de.js';
import en from '../src/shared/locales/en.js';
import es from '../src/shared/locales/es.js';
import fr from '../src/shared/locales/fr.js';
import it from '../src/shared/locales/it.js';
import nl from '../src/shared/locales/nl.js';
import pl from '../src/shared/locales/pl.js';
import pt from '../src/shared/locales/pt.js';
import ru from '../src/shared/locales/ru.js';
import sv from '../src/shared/locales/sv.js';
import uk from '../src/shared/locales/uk.js';

export const chromes: Record<string, Translation> = { be, de, en, es, fr, it, nl, pl, pt, ru, sv, uk };

/**
 * The language a snippet's fallback is written in: the chosen one's (`de-AT` speaks `de`) where the widget ships it,
 * else English. The builder cannot know the page's language; choosing it makes the fallback exact.
 */
export function fallbackLanguage(chosen: string): string {
  const code = chosen.split('-')[0].toLowerCase();
  return Object.hasOwn(chromes, code) ? code : 'en';
}
