// Writes the benchmark pages into bench/pages/ (not committed): each case's widget page and its baseline.
// The statement's text comes from the built content model, so it exists once in the repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import { points, statement } from '../dist/index.js';

const out = new URL('./pages/', import.meta.url);
mkdirSync(out, { recursive: true });

const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>${head}</head>
<body>
${body}
</body>
</html>
`;
const bundle = '<script type="module" src="/cdn/pa-statement-widget.js"></script>';
const date = '18 September 2020';

/** Sets window.tachometerResult once `selector` is defined and has rendered: the time to a usable widget. */
const readyWhenRendered = (tag) => `<script type="module">
  await customElements.whenDefined('${tag}');
  await document.querySelector('${tag}').updateComplete;
  requestAnimationFrame(() => (window.tachometerResult = performance.now()));
</script>`;

const staticStatement = `<article>
  <h2>Progressive Alliance statement on Belarus</h2>
  <p>${statement.publisher} · <time datetime="${statement.date}">${date}</time></p>
  <ol>
${points.map((point) => `    <li><p lang="en">${point.text}</p></li>`).join('\n')}
  </ol>
</article>`;

const staticFigure = (point) => `<figure>
  <blockquote lang="en"><p>${point.text}</p></blockquote>
  <figcaption>${statement.publisher}, <time datetime="${statement.date}">${date}</time> · Point ${point.number} of 11</figcaption>
</figure>`;
const twoHundred = Array.from({ length: 200 }, (_, index) => points[index % points.length]);
/** The 200 points' markup, as `tag` elements: the widget's or the floor's, the same mix of points. */
const pointsOf = (tag) => twoHundred.map((point) => `<${tag} point="${point.number}"></${tag}>`).join('');

/**
 * The shadow-DOM floor, defined in a page that has loaded the bundle: a four-line custom element `floorTag` that
 * clones the real element's own rendered output from a `<template>` into an open shadow root adopting the real
 * element's own constructable style sheets. The output and the sheets are taken from the bundle in the page before
 * anything is timed: one `tag` element per key of `specimens` (an attribute value, e.g. a point's number, to the
 * markup that renders it) is put into the page and rendered (`updateComplete`); its shadow root's nodes are cloned
 * into the template for that key, with every comment node removed (Lit's part markers, `<!--?lit$…$-->` and
 * `<!---->`, and any other comment), and the sheets are those its shadow root adopted, which Lit takes from the
 * class's `elementStyles`. A floor element picks its template by its `keyAttribute` (absent: the key `''`).
 *
 * With `?check` in the address the page times nothing: it sets `window.floorCheck` to what the floor is made of and
 * to a comparison of each key's widget with its floor (text, box size), so the runner can confirm the floor shows
 * what the widget shows.
 */
const floorSetup = (tag, floorTag, keyAttribute, specimens) => `
  await customElements.whenDefined('${tag}');
  const specimens = ${JSON.stringify(specimens)};
  const lab = document.createElement('div');
  document.body.append(lab);
  const templates = new Map();
  let sheets = [];
  for (const [key, specimen] of Object.entries(specimens)) {
    lab.innerHTML = specimen;
    const element = lab.firstElementChild;
    await element.updateComplete;
    const template = document.createElement('template');
    template.content.append(...[...element.shadowRoot.childNodes].map((node) => node.cloneNode(true)));
    const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.remove();
    templates.set(key, template);
    sheets = element.shadowRoot.adoptedStyleSheets;
  }
  lab.remove();
  class Floor extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.append(templates.get(this.getAttribute('${keyAttribute}') ?? '').content.cloneNode(true));
    }
  }
  customElements.define('${floorTag}', Floor);
  if (location.search === '?check') {
    const elementSheets = (customElements.get('${tag}').elementStyles ?? []).map((style) => style.styleSheet ?? style);
    document.body.append(lab);
    const rendered = async (markup) => {
      lab.innerHTML = markup;
      const element = lab.firstElementChild;
      await element.updateComplete;
      const box = element.getBoundingClientRect();
      return { text: element.shadowRoot.textContent.replace(/\\s+/g, ' ').trim(), width: box.width, height: box.height };
    };
    const keys = [];
    for (const [key, specimen] of Object.entries(specimens)) {
      const widget = await rendered(specimen);
      const floor = await rendered(specimen.replaceAll('${tag}', '${floorTag}'));
      keys.push({ key, widget, floor, markup: templates.get(key).innerHTML.length });
    }
    lab.remove();
    window.floorCheck = {
      keys,
      sheets: sheets.length,
      rules: sheets.reduce((sum, sheet) => sum + sheet.cssRules.length, 0),
      sameSheets: sheets.length === elementSheets.length && sheets.every((sheet, index) => sheet === elementSheets[index]),
    };
  }
`;

/**
 * Work per element, warm: once twenty untimed rounds have prepared what the page runs, the time from putting
 * `markup` into the page until it is rendered and laid out, averaged over twenty rounds (none with `?check`). `kind` is `static` (no
 * script but this one), `widget` (the bundle: rendered means every element's `updateComplete` has resolved) or
 * `floor` (the bundle too, and `floor`'s setup, see floorSetup; the floor renders in connectedCallback, during the
 * insertion). The layout is forced by reading a size.
 */
const warmInsertion = (markup, kind, floor = '') => `${kind === 'static' ? '' : bundle}<script type="module">
  const stage = document.querySelector('#stage');
  const markup = ${JSON.stringify(markup)};
  ${kind === 'static' ? '' : "await Promise.all(['pa-statement', 'pa-statement-point'].map((tag) => customElements.whenDefined(tag)));"}
  ${floor}
  async function round() {
    stage.innerHTML = markup;
    ${kind === 'widget' ? 'await Promise.all([...stage.children].map((element) => element.updateComplete));' : ''}
    return stage.offsetHeight;
  }
  if (location.search !== '?check') {
    for (let warmUp = 0; warmUp < 20; warmUp += 1) await round();
    const started = performance.now();
    for (let timed = 0; timed < 20; timed += 1) await round();
    window.tachometerResult = (performance.now() - started) / 20;
  }
</script>`;

const stage = '<div id="stage"></div>';
const shoelace = '/node_modules/@shoelace-style/shoelace/cdn';
const pages = {
  'statement-widget.html': page('pa-statement', warmInsertion('<pa-statement></pa-statement>', 'widget'), stage),
  'statement-static.html': page('static statement', warmInsertion(staticStatement, 'static'), stage),
  'statement-floor.html': page(
    'statement floor',
    warmInsertion(
      '<pa-floor-statement></pa-floor-statement>',
      'floor',
      floorSetup('pa-statement', 'pa-floor-statement', 'point', { '': '<pa-statement></pa-statement>' }),
    ),
    stage,
  ),
  'points-widget.html': page('200 pa-statement-point', warmInsertion(pointsOf('pa-statement-point'), 'widget'), stage),
  'points-static.html': page(
    '200 static figures',
    warmInsertion(twoHundred.map(staticFigure).join(''), 'static'),
    stage,
  ),
  'points-floor.html': page(
    '200 point floors',
    warmInsertion(
      pointsOf('pa-floor-point'),
      'floor',
      floorSetup(
        'pa-statement-point',
        'pa-floor-point',
        'point',
        Object.fromEntries(
          points.map((point) => [point.number, `<pa-statement-point point="${point.number}"></pa-statement-point>`]),
        ),
      ),
    ),
    stage,
  ),
  'quote-widget.html': page(
    'pa-statement-quote',
    bundle + readyWhenRendered('pa-statement-quote'),
    '<pa-statement-quote></pa-statement-quote>',
  ),
  'quote-shoelace.html': page(
    'sl-carousel',
    `<link rel="stylesheet" href="${shoelace}/themes/light.css">
<script type="module" src="${shoelace}/components/carousel/carousel.js"></script>
<script type="module" src="${shoelace}/components/carousel-item/carousel-item.js"></script>
${readyWhenRendered('sl-carousel')}`,
    `<sl-carousel autoplay loop navigation pagination aria-label="Quotes from the Progressive Alliance statement on Belarus">
${points.map((point) => `  <sl-carousel-item><blockquote lang="en"><p>${point.quote}</p></blockquote></sl-carousel-item>`).join('\n')}
</sl-carousel>`,
  ),
  'memory.html': page('10,000 cycles', bundle, ''),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(new URL(name, out), html);
