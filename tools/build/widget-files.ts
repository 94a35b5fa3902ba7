// The files the site publishes under a version's folder (`v0.1.0/`), and under its major version's (`v0/`): everything
// the bundle build wrote to cdn/, copied unchanged (the bundle, hydrate.js, its locales/, the elements' stylesheets
// and LICENSES.txt), and the fallback stylesheet beside it. What a release records, and what partners pin.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FALLBACK_STYLESHEET, fallbackStylesheet } from '../../demo/embed-code/fallback-layout.js';

/** The folder of drop-in files the site publishes: cdn/, or SITE_WIDGET_FILES (another build's, to compare). */
const source = () => process.env.SITE_WIDGET_FILES || fileURLToPath(new URL('../../cdn/', import.meta.url));

/** Each file of a version's folder, by its path there (`locales/de.js`), with its bytes: from `folder`'s build. */
export function publishedFiles(folder = source()): Map<string, Uint8Array> {
  if (!existsSync(join(folder, 'pa-statement-widget.js'))) {
    throw new Error(
      `${folder} holds no pa-statement-widget.js: run \`npm run build:cdn\` first (\`npm run build:site\` does)`,
    );
  }
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
  const files = new Map<string, Uint8Array>(
    names.map((name) => [name.replaceAll('\\', '/'), readFileSync(join(folder, name))]),
  );
  files.set(FALLBACK_STYLESHEET, new TextEncoder().encode(fallbackStylesheet()));
  return files;
}
