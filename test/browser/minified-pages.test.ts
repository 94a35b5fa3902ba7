// Prerendered widgets as real sites serve them: the whole page put through the HTML minifiers partners run
// (tools/test-env/minifiers.js), which remove every comment, Lit's part markers among them; a stylesheet link that fails;
// a shadow root that is not Lit's around a widget; a page whose own Lit hydration support runs first while
// hydrate.js is missing. Whatever arrives, the widget ends as its own verbatim self, works on the reader's first
// click, and says once why it rendered afresh.
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import { frame, nextFrames } from '../helpers.js';
import {
  BUNDLE,
  close,
  NODES_BEFORE_THE_BUNDLE,
  page,
  prerender,
  RECORDER,
  settled,
  shadowPart,
  shownPoints,
  until,
  widgetsIn,
  type Page,
  type Recording,
  type Widget,
} from '../prerendered-pages.js';

const FAR_DOWN = '<div style="height: 3000px"></div>';

const ARTICLE = `<pa-statement limit="3"></pa-statement>
<p>A paragraph of the article.</p>
<pa-statement-quote points="2,4"></pa-statement-quote>
<pa-statement-point point="4"></pa-statement-point>`;

/** Clicks the middle of `target`, in a frame, with the mouse, as a reader does. */
async function mouseClick(opened: Page, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const frameBox = opened.iframe.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(frameBox.x + box.x + box.width / 2), Math.round(frameBox.y + box.y + box.height / 2)],
  });
}

/** A partner's page: `body`, the recorders, and the drop-in bundle. */
const pageOf = (body: string, bundle = BUNDLE) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>${RECORDER}</head>` +
  `<body>${body}${NODES_BEFORE_THE_BUNDLE}<script type="module" src="${bundle}"></script></body></html>`;

describe('prerendered widgets on a minified page', function () {
  this.timeout(30000);
  afterEach(() => resetMouse());

  for (const minifier of ['html-minifier-terser', 'minify-html', 'hugo']) {
    it(`work as a reader uses them after ${minifier} removed their part markers`, async () => {
      const { html } = await prerender(`${FAR_DOWN}${ARTICLE}`);
      const minified = await executeServerCommand<string, object>('minify', { minifier, html: pageOf(html) });
      // What the minifier did: no comment left, the declarative shadow roots kept.
      expect(minified).not.to.contain('<!--');
      expect(minified.match(/<template shadowrootmode=/g)).to.have.length(3);
      const opened = await frame({ srcdoc: minified }, settled);
      const [statement, quote, point] = widgetsIn(opened.document);

      await mouseClick(opened, shadowPart(statement, 'toggle-button'));
      await until(() => shownPoints(statement) === 11, 'the first click shows all points');
      expect(statement.shadowRoot?.querySelectorAll('ol')).to.have.length(1);
      expect(statement.shadowRoot?.querySelectorAll('article')).to.have.length(1);
      expect(shadowPart(statement, 'toggle-button').getAttribute('aria-expanded')).to.equal('true');
      await mouseClick(opened, shadowPart(statement, 'toggle-button'));
      await until(() => shownPoints(statement) === 3, 'the second click shows fewer');

      const changes: number[] = [];
      quote.addEventListener('pa-quote-change', (event) => changes.push((event as CustomEvent).detail.number));
      await mouseClick(opened, shadowPart(quote, 'next-button'));
      await until(() => changes.length > 0, 'the first click on Next changes the quote');
      expect(changes).to.deep.equal([4]);
      expect(quote.shadowRoot?.querySelectorAll('[part~="slide"]')).to.have.length(2);

      point.setAttribute('lang', 'de');
      await until(() => shadowPart(point, 'position')?.textContent === 'Punkt 4 von 11', 'the point in German');
      await nextFrames(2);
      expect(point.shadowRoot?.querySelectorAll('figure')).to.have.length(1);

      const { errors, warnings } = opened.view as Recording;
      expect(errors).to.deep.equal([]);
      expect(warnings).not.to.deep.equal([]);
      for (const message of warnings) {
        expect(message).to.match(
          /^<pa-statement(-quote|-point)?>: rendered afresh, as its comments, Lit's part markers among them, were removed, as HTML minifiers do\.$/,
        );
      }
      close(opened);
    });
  }
});

describe('prerendered widgets where the served page differs from what the prerenderer wrote', () => {
  it("end as the element's own text once the script has run, where an editor changed the text", async () => {
    const { html } = await prerender('<pa-statement-point point="4"></pa-statement-point>');
    const edited = html.replace('450 cases', '4 cases');
    expect(edited).not.to.equal(html);
    const opened = await page(edited);
    const [point] = widgetsIn(opened.document);
    await until(() => point.hasUpdated, 'it hydrates once the page is idle');
    await until(() => (opened.view as Recording).warnings.length > 0, 'then checks itself, and renders afresh');
    await point.updateComplete;
    expect(shadowPart(point, 'text').textContent).to.contain('The UN has confirmed 450 cases of torture');
    expect(point.shadowRoot?.textContent).not.to.contain(' 4 cases');
    const { warnings } = opened.view as Recording;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/its text was changed after prerendering: it read "…[^"]* 4 cases[^"]*" where/);
    close(opened);
  });

  it('are styled once the script runs, where their stylesheet address refuses connections', async () => {
    // Port 9 (discard) refuses every connection here: as a 404, a forgotten style-src or a content blocker would.
    const { html } = await prerender(`${FAR_DOWN}${ARTICLE}`, { stylesheets: 'http://127.0.0.1:9/widgets/' });
    expect(html).to.contain('<link rel="stylesheet" href="http://127.0.0.1:9/widgets/pa-statement.css">');
    const still = await page(html, { scripts: false });
    const live = await page(html);
    const button = (opened: Page) => shadowPart(widgetsIn(opened.document)[0], 'toggle-button');
    expect(getComputedStyle(button(still)).borderTopStyle, 'unstyled without the script').to.equal('outset');
    expect(getComputedStyle(button(live)).borderTopStyle, 'styled once the script ran').to.equal('solid');
    expect(widgetsIn(live.document).map((widget) => widget.hasUpdated)).to.deep.equal([false, false, false]);
    // And still once they hydrate.
    const [statement] = widgetsIn(live.document);
    button(live).click();
    await until(() => shownPoints(statement) === 11, 'the first click shows all points');
    expect(getComputedStyle(shadowPart(statement, 'toggle-button')).borderTopStyle).to.equal('solid');
    close(still, live);
  });

  it("wake on the first click inside a plain <div>'s declarative shadow root", async () => {
    const { html } = await prerender('<pa-statement limit="3"></pa-statement>');
    const opened = await page(`${FAR_DOWN}<div id="card"><template shadowrootmode="open">${html}</template></div>`);
    const statement = opened.document.querySelector('#card')?.shadowRoot?.querySelector('pa-statement') as Widget;
    shadowPart(statement, 'toggle-button').click();
    await until(() => shownPoints(statement) === 11, 'the first click shows all points');
    expect(statement.shadowRoot?.querySelectorAll('article')).to.have.length(1);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened);
  });

  it("work where the page's own Lit hydration support ran first and hydrate.js is missing", async () => {
    const { html } = await prerender(`${FAR_DOWN}<pa-statement limit="3"></pa-statement>`);
    const opened = await page(html, {
      head: '<script type="module" src="/test/fixtures/host-page.js"></script>',
      // The bundle alone, as a partner who copied only it serves it: its hydrate.js answers 404.
      bundle: '/test/fixtures/bundle-alone/pa-statement-widget.js',
    });
    const [statement] = widgetsIn(opened.document);
    const view = opened.view as Recording & { litElementHydrateSupport?: unknown };
    expect(view.litElementHydrateSupport, "the page's Lit hydration support").to.be.a('function');
    shadowPart(statement, 'toggle-button').click();
    await until(() => shownPoints(statement) === 11, 'the first click shows all points');
    expect(statement.shadowRoot?.querySelectorAll('article')).to.have.length(1);
    shadowPart(statement, 'toggle-button').click();
    await until(() => shownPoints(statement) === 3, 'the second click shows fewer');
    expect(view.errors).to.deep.equal([]);
    // What really happened, once (the page's own Lit is its development build, which says so).
    expect(view.warnings.filter((warning) => !warning.startsWith('Lit is in dev mode'))).to.deep.equal([
      'pa-statement-widget: hydrate.js did not load; server-rendered widgets are rendered afresh.',
    ]);
    close(opened);
  });
});
