// Part of `npm run build:npm`: minifies the HTML and CSS in the Lit templates of dist/, as the drop-in bundle's build
// does (vite.config.ts, the same plugin with its defaults). Lit hydrates a prerendered shadow root only with the very
// template that rendered it, so the npm build, the prerenderer (which renders with it) and the bundle must agree.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { minifyHTMLLiterals } from '@literals/html-css-minifier';

const modules = readdirSync('dist', { recursive: true }).filter((file) => file.endsWith('.js'));
for (const file of modules) {
  const path = `dist/${file}`;
  const minified = await minifyHTMLLiterals(readFileSync(path, 'utf8'), { fileName: path });
  if (minified) writeFileSync(path, minified.code);
}
