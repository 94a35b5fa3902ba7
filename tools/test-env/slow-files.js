// A test-server middleware: the drop-in bundle served beside modules that a real host may serve late or wrong, so
// that tests see what readers then get. Under /test/fixtures/<case>/ the bundle and its files are cdn/'s, but:
// - slow-hydration/hydrate.js comes 800 ms late (a reader may press a control before it arrives);
// - stalled-locales/locales/de.js comes 4 s late, past the widgets' wait for their language (LANGUAGE_WAIT_MS);
// - malformed-locales/locales/de.js is another version's module: a phrase missing, one of the wrong type;
// - tampered-modules/hydrate.js and its locales/ end in a line the host added (the bundle is as built): a copy that a
//   compromised or "optimising" host altered, which an import map's integrity refuses.
import { readFileSync } from 'node:fs';

const FIXTURES = /^\/test\/fixtures\/(slow-hydration|stalled-locales|malformed-locales|tampered-modules)\/(.+)$/;

/** What the tampering host adds to each module the bundle loads. */
const TAMPERED_ENDING = '\n// Added on the way.\n';

const MALFORMED_GERMAN = `export default {
  title: 'Erklärung der Progressiven Allianz zu Belarus',
  pointOf: 'Punkt {point} von {total}',
  showAll: 'Alle {count} Punkte anzeigen',
  quotesLabel: 42,
};
`;

const delays = { 'slow-hydration/hydrate.js': 800, 'stalled-locales/locales/de.js': 4000 };

export async function bundleBesideSlowOrWrongFiles(context, next) {
  const [, fixture, file] = FIXTURES.exec(context.path) ?? [];
  if (!fixture) return next();
  const served = `${fixture}/${file}`;
  await new Promise((resolve) => setTimeout(resolve, delays[served] ?? 0));
  context.type = 'js';
  context.set('Cache-Control', 'no-store');
  const built = readFileSync(new URL(`../../cdn/${file}`, import.meta.url));
  if (served === 'malformed-locales/locales/de.js') context.body = MALFORMED_GERMAN;
  else if (fixture === 'tampered-modules' && file !== 'pa-statement-widget.js') context.body = built + TAMPERED_ENDING;
  else context.body = built;
  return undefined;
}
