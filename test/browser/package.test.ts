// Runs against the built output (npm run build runs before the tests): the npm build in dist/ and the
// drop-in bundle in cdn/, as a page would load them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';
import { frame, inside, part, parts, visibleText } from '../helpers.js';

const TAGS = ['pa-statement', 'pa-statement-point', 'pa-statement-quote'] as const;
const load = (path: string) => import(new URL(path, import.meta.url).href);

describe('the built package', () => {
  /** A fresh page (its own registry of elements) running `script` as a module; resolves with what it reported. */
  async function freshPage(body: string, script: string) {
    const page = await frame(
      {
        srcdoc: `<!doctype html><html><body>${body}<script type="module">
          window.errors = [];
          addEventListener('error', (event) => errors.push(String(event.error)));
          const defined = () => ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag));
          const load = (path) => import(new URL(path, '${location.origin}/').href);
          window.report = await (async () => { ${script} })();
        </script></body></html>`,
      },
      (view) => 'report' in view,
    );
    const { report, errors } = page.view as Window & { report: Record<string, unknown>; errors: string[] };
    return { ...page, report, errors };
  }

  it('registers nothing from the package root, one element from its own file', async () => {
    const { iframe, report } = await freshPage(
      '',
      `const root = await load('dist/index.js');
      const beforeDefinition = defined();
      await load('dist/statement-point/pa-statement-point.define.js');
      return {
        classes: typeof root.PaStatementPoint,
        points: root.points.length,
        beforeDefinition,
        afterDefinition: defined(),
        sameClass: customElements.get('pa-statement-point') === root.PaStatementPoint,
      };`,
    );
    expect(report).to.deep.equal({
      classes: 'function',
      points: 11,
      beforeDefinition: [],
      afterDefinition: ['pa-statement-point'],
      sameClass: true,
    });
    iframe.remove();
  });

  it('shows light-DOM fallback content until the element is defined, and only its own rendering after', async () => {
    const { iframe, report } = await freshPage(
      `<pa-statement-quote><blockquote id="fallback">${points[0].quote}</blockquote></pa-statement-quote>`,
      `const element = document.querySelector('pa-statement-quote');
      const fallback = document.querySelector('#fallback');
      const shownBefore = fallback.getClientRects().length > 0;
      await load('cdn/pa-statement-widget.js');
      await element.updateComplete;
      return {
        shownBefore,
        shownAfter: fallback.getClientRects().length > 0,
        carousel: element.shadowRoot.querySelector('[part~="carousel"]').textContent.replace(/\\s+/g, ' '),
      };`,
    );
    expect(report.shownBefore, 'fallback shown before').to.equal(true);
    expect(report.shownAfter, 'fallback shown after').to.equal(false);
    expect(report.carousel).to.contain(points[0].quote);
    iframe.remove();
  });

  it('loads the drop-in bundle twice, after the npm build, without an error and keeps the first definitions', async () => {
    const { iframe, report, errors } = await freshPage(
      '',
      `const { PaStatementPoint } = await load('dist/index.js');
      await load('dist/statement-point/pa-statement-point.define.js');
      await load('cdn/pa-statement-widget.js?first');
      await load('cdn/pa-statement-widget.js?second');
      return { defined: defined(), npmPointKept: customElements.get('pa-statement-point') === PaStatementPoint };`,
    );
    expect(errors).to.deep.equal([]);
    expect(report).to.deep.equal({ defined: [...TAGS], npmPointKept: true });
    iframe.remove();
  });

  it('shares registered translations between two copies of the bundle: ?ver=1 defines, the plain URL registers', async () => {
    const bundle = `${location.origin}/cdn/pa-statement-widget.js`;
    const {
      iframe,
      view,
      document: framed,
    } = await frame(
      {
        srcdoc: `<!doctype html><html><body>
          <pa-statement-point lang="lt" point="4"></pa-statement-point>
          <script type="module" src="${bundle}?ver=1"></script>
        </body></html>`,
      },
      (framedView) => Boolean(framedView.document.querySelector('pa-statement-point')?.shadowRoot),
    );
    try {
      const element = inside(framed, 'pa-statement-point');
      await element.updateComplete;
      expect(part(element, 'text').textContent).to.equal(points[3].text);
      const register = framed.createElement('script');
      register.type = 'module';
      register.textContent = `
        import { registerTranslation } from '${bundle}';
        registerTranslation('lt', { title: 'Pareiškimas', points: ${JSON.stringify(points.map(({ number }) => `Punktas ${number}.`))} });
        window.registered = true;
      `;
      framed.body.append(register);
      await waitUntil(() => 'registered' in view, 'the second copy ran');
      await waitUntil(() => part(element, 'text').textContent === 'Punktas 4.', 'the first copy shows the translation');
      expect(part(element, 'quote').lang).to.equal('lt');
    } finally {
      iframe.remove();
    }
  });

  it('renders all three elements from the bundle', async () => {
    await load('../../cdn/pa-statement-widget.js');
    const page = await fixture(html`
      <div>
        <pa-statement limit="2"></pa-statement>
        <pa-statement-point point="4"></pa-statement-point>
        <pa-statement-quote points="1,2"></pa-statement-quote>
      </div>
    `);
    const statementElement = inside(page, 'pa-statement');
    const pointElement = inside(page, 'pa-statement-point');
    const quoteElement = inside(page, 'pa-statement-quote');
    await Promise.all([statementElement.updateComplete, pointElement.updateComplete, quoteElement.updateComplete]);
    const statementTexts = () => parts(statementElement, 'text').map((text) => text.textContent);
    expect(statementTexts()).to.deep.equal(points.slice(0, 2).map((point) => point.text));
    (part(statementElement, 'toggle-button') as HTMLButtonElement).click();
    await statementElement.updateComplete;
    expect(statementTexts()).to.deep.equal(points.map((point) => point.text));
    expect(part(pointElement, 'text').textContent).to.equal(points[3].text);
    expect(visibleText(part(quoteElement, 'carousel'))).to.contain(points[0].quote);
    (part(quoteElement, 'next-button') as HTMLButtonElement).click();
    await quoteElement.updateComplete;
    expect(parts(quoteElement, 'slide').map((slide) => slide.inert)).to.deep.equal([true, false]);
    await expect(page).to.be.accessible();
  });
});
