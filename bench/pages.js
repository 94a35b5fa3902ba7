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

/**
 * Work per element, warm: once the bundle is loaded and three untimed rounds have prepared Lit's templates, the
 * time from putting `markup` into the page until it is rendered and laid out, averaged over ten rounds. For
 * widgets, rendered means every element's `updateComplete` has resolved; the layout is forced by reading a size.
 */
const warmInsertion = (markup, withBundle) => `${withBundle ? bundle : ''}<script type="module">
  const stage = document.querySelector('#stage');
  const markup = ${JSON.stringify(markup)};
  ${withBundle ? "await Promise.all(['pa-statement', 'pa-statement-point'].map((tag) => customElements.whenDefined(tag)));" : ''}
  async function round() {
    stage.innerHTML = markup;
    ${withBundle ? 'await Promise.all([...stage.children].map((element) => element.updateComplete));' : ''}
    return stage.offsetHeight;
  }
  for (let warmUp = 0; warmUp < 20; warmUp += 1) await round();
  const started = performance.now();
  for (let timed = 0; timed < 20; timed += 1) await round();
  window.tachometerResult = (performance.now() - started) / 20;
</script>`;

const stage = '<div id="stage"></div>';
const shoelace = '/node_modules/@shoelace-style/shoelace/cdn';
const pages = {
  'statement-widget.html': page('pa-statement', warmInsertion('<pa-statement></pa-statement>', true), stage),
  'statement-static.html': page('static statement', warmInsertion(staticStatement, false), stage),
  'points-widget.html': page(
    '200 pa-statement-point',
    warmInsertion(
      twoHundred.map((point) => `<pa-statement-point point="${point.number}"></pa-statement-point>`).join(''),
      true,
    ),
    stage,
  ),
  'points-static.html': page('200 static figures', warmInsertion(twoHundred.map(staticFigure).join(''), false), stage),
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
