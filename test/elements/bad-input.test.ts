// The "Bad input" table of docs/api.md, row by row: what each element does with a value it cannot use. (Its
// `interval` rows are tested in pa-statement-quote.test.ts, its registerTranslation() row in localization.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';
import '../../src/all.js';
import type { PaStatement } from '../../src/statement/pa-statement.js';
import type { PaStatementPoint } from '../../src/statement-point/pa-statement-point.js';
import type { PaStatementQuote } from '../../src/statement-quote/pa-statement-quote.js';
import { part, parts, visibleText, watchWarnings } from '../helpers.js';

const shown = (element: Element) => parts(element, 'point').filter((item) => item.getClientRects().length > 0);

describe('bad input, as docs/api.md tells it', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => warnings.restore());

  /** Exactly one warning, naming the element, the attribute and the value. */
  const expectOneWarning = (tag: string, attribute: string, value: string) => {
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${tag}>`).and.to.contain(`${attribute}="${value}"`);
  };

  for (const level of ['9', 'two']) {
    it(`<pa-statement heading-level="${level}"> uses level 2`, async () => {
      const element = await fixture<PaStatement>(html`<pa-statement heading-level=${level}></pa-statement>`);
      expect(part(element, 'title').localName).to.equal('h2');
      expectOneWarning('pa-statement', 'heading-level', level);
    });
  }

  for (const limit of ['0', '-1', '2.5', 'all']) {
    it(`<pa-statement limit="${limit}"> shows every point and no "Show all" button`, async () => {
      const element = await fixture<PaStatement>(html`<pa-statement limit=${limit}></pa-statement>`);
      expect(shown(element)).to.have.length(11);
      expect(parts(element, 'toggle-button')).to.deep.equal([]);
      expectOneWarning('pa-statement', 'limit', limit);
    });
  }

  for (const highlight of ['12', 'tortur']) {
    it(`<pa-statement highlight="${highlight}"> marks no point`, async () => {
      const element = await fixture<PaStatement>(html`<pa-statement highlight=${highlight}></pa-statement>`);
      expect(parts(element, 'highlighted')).to.deep.equal([]);
      expectOneWarning('pa-statement', 'highlight', highlight);
    });
  }

  for (const point of ['12', 'tortur']) {
    it(`<pa-statement-point point="${point}"> renders nothing and carries invalid`, async () => {
      const element = await fixture<PaStatementPoint>(html`<pa-statement-point point=${point}></pa-statement-point>`);
      expect(element.getBoundingClientRect().height).to.equal(0);
      expect(element.hasAttribute('invalid')).to.equal(true);
      expectOneWarning('pa-statement-point', 'point', point);
    });
  }

  it('<pa-statement-quote points="3,99"> drops 99 and shows point 3', async () => {
    const element = await fixture<PaStatementQuote>(html`<pa-statement-quote points="3,99"></pa-statement-quote>`);
    expect(
      parts(element, 'slide').map((slide) => visibleText(slide.querySelector('[part~="text"]') ?? undefined)),
    ).to.deep.equal([points[2].quote]);
    expect(element.hasAttribute('invalid')).to.equal(false);
    expectOneWarning('pa-statement-quote', 'points', '3,99');
  });

  it('<pa-statement-quote points="99,tortur"> renders nothing and carries invalid', async () => {
    const element = await fixture<PaStatementQuote>(html`<pa-statement-quote points="99,tortur"></pa-statement-quote>`);
    expect(element.getBoundingClientRect().height).to.equal(0);
    expect(element.hasAttribute('invalid')).to.equal(true);
    expectOneWarning('pa-statement-quote', 'points', '99,tortur');
  });

  for (const blank of ['', ' ']) {
    it(`<pa-statement-quote points="${blank}">, as a template that fills in nothing writes it, quotes every point`, async () => {
      const element = await fixture<PaStatementQuote>(html`<pa-statement-quote points=${blank}></pa-statement-quote>`);
      expect(parts(element, 'slide')).to.have.length(points.length);
      expect(element.hasAttribute('invalid')).to.equal(false);
      expect(warnings.messages).to.deep.equal([]);
      // A blank list among the entries is still a bad entry.
      element.setAttribute('points', `${blank},4`);
      await element.updateComplete;
      expect(parts(element, 'slide')).to.have.length(1);
      expectOneWarning('pa-statement-quote', 'points', `${blank},4`);
    });
  }

  for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
    for (const tag of ['pa-statement', 'pa-statement-point', 'pa-statement-quote']) {
      it(`<${tag} href="${href}"> links to nothing, until given an http(s) or relative address`, async () => {
        const element = document.createElement(tag) as PaStatementPoint;
        element.setAttribute('point', '4');
        element.setAttribute('href', href);
        await fixture(element);
        await element.updateComplete;
        expect(element.shadowRoot?.querySelectorAll('a[href]').length).to.equal(0);
        expect(element.shadowRoot?.querySelector('blockquote')?.hasAttribute('cite') ?? false).to.equal(false);
        expectOneWarning(tag, 'href', href);
        for (const address of ['https://example.org/belarus', '/belarus', 'belarus.html']) {
          element.setAttribute('href', address);
          await element.updateComplete;
          const links = [...(element.shadowRoot?.querySelectorAll('a[href]') ?? [])];
          expect(links.length, address).to.be.greaterThan(0);
          expect(links.every((link) => link.getAttribute('href') === address)).to.equal(true);
        }
        expect(warnings.messages).to.have.length(1);
      });
    }
  }

  it('<pa-statement theme="purple"> paints its own background in the page’s colour scheme', async () => {
    const page = await fixture(
      html`<div style="background: rgb(200, 0, 0)">
        <pa-statement-point point="1" theme="purple"></pa-statement-point>
      </div>`,
    );
    const element = page.querySelector('pa-statement-point') as PaStatementPoint;
    await element.updateComplete;
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(255, 255, 255)');
    expectOneWarning('pa-statement-point', 'theme', 'purple');
  });
});
