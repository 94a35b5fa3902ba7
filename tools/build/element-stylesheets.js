// Part of `npm run build:cdn`: writes each element's shadow-root styles, exactly as the element adopts them, to
// cdn/<tag>.css. A prerendered widget links them (`prerender(html, { stylesheets })`) on pages whose
// Content-Security-Policy refuses the inline <style> it would otherwise hold. Read from the npm build in dist/.
import { writeFileSync } from 'node:fs';
import { ELEMENTS } from '../../dist/elements.js';
import { styleTextsOf } from '../../dist/shared/style-texts.js';

for (const [tag, element] of Object.entries(ELEMENTS))
  writeFileSync(`cdn/${tag}.css`, styleTextsOf(element).join('\n'));
