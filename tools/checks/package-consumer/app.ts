// A TypeScript app using the packed package, compiled by tools/checks/check-pack.js with tsconfig.json here: an older
// target and lib, strict, and the package's .d.ts files checked too. It imports every export that has types.
import { PaStatement, points, registerTranslation, type Phrases } from 'pa-statement-widget';
import 'pa-statement-widget/all.js';
import 'pa-statement-widget/pa-statement.js';
import 'pa-statement-widget/pa-statement-point.js';
import 'pa-statement-widget/pa-statement-quote.js';
import { registerTranslation as registerWithBundle } from 'pa-statement-widget/cdn/pa-statement-widget.js';
import { prerender, type PrerenderOptions } from 'pa-statement-widget/prerender';

// The element files declare their tags, so createElement knows each element's class.
const statement: PaStatement = document.createElement('pa-statement');
statement.limit = 3;
document.createElement('pa-statement-point').point = 4;
document.createElement('pa-statement-quote').interval = 10;
document.createElement('pa-statement-quote').points = [2, 'torture'];

// Types only: a partner's translation would have its own title and 11 points.
const swissGerman = {
  title: 'Erklärung der Progressiven Allianz zu Belarus',
  points: points.map((point) => point.text),
};
registerTranslation('de-CH', swissGerman);
registerWithBundle('de-CH', swissGerman);

export const showAll: Phrases['showAll'] = { one: 'Show {count} point', other: 'Show all {count} points' };

const forGermanPages: PrerenderOptions = { lang: 'de', stylesheets: 'https://example.org/pa-statement-widget/v0.1.0/' };
export const prerendered: Promise<string> = prerender(
  '<pa-statement-point point="4"></pa-statement-point>',
  forGermanPages,
);
