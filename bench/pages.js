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
 * The shadow-DOM floor of an element, as the project defines it: "the element's own output cloned into a shadow root
 * with its own style sheets". Exactly:
 *
 * - the output: the nodes one real `tag` element rendered into its shadow root, every comment removed (Lit's part
 *   markers, `<!--?lit$…$-->` and `<!---->`), kept in a `<template>` per key of `specimens` (an attribute value, e.g. a
 *   point's number, to the markup that renders it); a floor element picks its template by its `keyAttribute`
 *   (absent: the key `''`);
 * - cloned as Lit clones a template, `document.importNode(content, true)`: nodes made in the page's own document, not
 *   in the template's, which the page would then have to adopt;
 * - into a fresh shadow root, attached in `connectedCallback` with the class's own `shadowRootOptions`, as Lit
 *   attaches the element's;
 * - adopting the very sheet objects the element's shadow root adopted (those of its class's `elementStyles`).
 *
 * The floor element `floorTag` does nothing else: no attributes on its host, no listeners. Its page is the widget's
 * page with the floor's tag in the inserted markup: both load the bundle and run this setup (the specimens rendered
 * and the floor defined before anything is timed), and both time the insertion with the same script (see
 * insertionToLayout), so the one difference between the two measurements is the element's own code.
 *
 * With `?check` in the address the page times nothing: it sets `window.floorCheck` to what the floor is made of and
 * to a comparison of each key's widget with its floor (text, box size, whether the widget had rendered before the
 * task that inserted it ended), so the runner can confirm the floor shows what the widget shows.
 */
const floorSetup = (tag, floorTag, keyAttribute, specimens) => `
  await customElements.whenDefined('${tag}');
  const Widget = customElements.get('${tag}');
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
    sheets = [...element.shadowRoot.adoptedStyleSheets];
  }
  lab.remove();
  class Floor extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow(Widget.shadowRootOptions);
      root.adoptedStyleSheets = sheets;
      root.append(document.importNode(templates.get(this.getAttribute('${keyAttribute}') ?? '').content, true));
    }
  }
  customElements.define('${floorTag}', Floor);
  if (location.search === '?check') {
    const elementSheets = (Widget.elementStyles ?? []).map((style) => style.styleSheet ?? style);
    document.body.append(lab);
    // Resolves in the next task: a render that has not happened by then waited across tasks.
    const nextTask = () => new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = resolve;
      port2.postMessage(0);
    });
    const rendered = async (markup) => {
      const taskEnded = nextTask().then(() => false);
      lab.innerHTML = markup;
      const element = lab.firstElementChild;
      const inInsertingTask = await Promise.race([Promise.resolve(element.updateComplete).then(() => true), taskEnded]);
      await element.updateComplete;
      const box = element.getBoundingClientRect();
      const text = element.shadowRoot.textContent.replace(/\\s+/g, ' ').trim();
      const sameSheets = element.shadowRoot.adoptedStyleSheets.every((sheet, index) => sheet === sheets[index]);
      return { text, width: box.width, height: box.height, inInsertingTask, sameSheets };
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
      sameSheets:
        sheets.length === elementSheets.length &&
        sheets.every((sheet, index) => sheet === elementSheets[index]) &&
        keys.every(({ widget, floor }) => widget.sameSheets && floor.sameSheets),
    };
  }
`;

/**
 * Work per element, warm, insertion to layout: once twenty untimed rounds have prepared what the page runs, the
 * time from putting `markup` into the page's stage until every element in it has rendered and the page is laid out,
 * averaged over twenty rounds (none with `?check`). The same script times every page of a case; only `setup`
 * differs: the bundle and floorSetup for the widget and its floor (one page but for the markup), nothing for static
 * HTML.
 *
 * Each round empties the stage and lays the page out before its clock starts: what the previous round's elements do
 * as they leave is not insertion. The clock then runs from just before `innerHTML` (the elements are defined
 * already, so each upgrades and connects as the markup goes in) until no element has an update pending (an update
 * may wait for a later task, and one may request another: `updateComplete` says `false`; the floor's elements and
 * static HTML have none, so at once) and reading `offsetHeight` has laid the page out. `performance.now()` on both
 * sides (coarsened to 0.1 ms by the browser, summed over the rounds).
 */
const insertionToLayout = (markup, setup = '') => `<script type="module">
  const stage = document.querySelector('#stage');
  const markup = ${JSON.stringify(markup)};
  ${setup}
  async function allRendered(elements) {
    while ((await Promise.all(elements.map((element) => element.updateComplete))).includes(false));
  }
  async function round() {
    stage.replaceChildren();
    stage.offsetHeight;
    const started = performance.now();
    stage.innerHTML = markup;
    await allRendered([...stage.children]);
    stage.offsetHeight;
    return performance.now() - started;
  }
  if (location.search !== '?check') {
    for (let warmUp = 0; warmUp < 20; warmUp += 1) await round();
    let total = 0;
    for (let timed = 0; timed < 20; timed += 1) total += await round();
    window.tachometerResult = total / 20;
  }
</script>`;

const stage = '<div id="stage"></div>';

/**
 * A widget's page and its floor's, one page but for the inserted markup: `markupOf(tag)` with the element's tag,
 * then with the floor's (see floorSetup).
 */
function widgetAndFloor(title, markupOf, tag, floorTag, specimens) {
  const setup = floorSetup(tag, floorTag, 'point', specimens);
  const timed = (markup) => page(title, bundle + insertionToLayout(markup, setup), stage);
  return [timed(markupOf(tag)), timed(markupOf(floorTag))];
}

const [statementWidget, statementFloor] = widgetAndFloor(
  'pa-statement',
  (tag) => `<${tag}></${tag}>`,
  'pa-statement',
  'pa-floor-statement',
  { '': '<pa-statement></pa-statement>' },
);
const [pointsWidget, pointsFloor] = widgetAndFloor(
  '200 pa-statement-point',
  pointsOf,
  'pa-statement-point',
  'pa-floor-point',
  Object.fromEntries(
    points.map((point) => [point.number, `<pa-statement-point point="${point.number}"></pa-statement-point>`]),
  ),
);
const shoelace = '/node_modules/@shoelace-style/shoelace/cdn';
const pages = {
  'statement-widget.html': statementWidget,
  'statement-floor.html': statementFloor,
  'statement-static.html': page('static statement', insertionToLayout(staticStatement), stage),
  'points-widget.html': pointsWidget,
  'points-floor.html': pointsFloor,
  'points-static.html': page('200 static figures', insertionToLayout(twoHundred.map(staticFigure).join('')), stage),
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
