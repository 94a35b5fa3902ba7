// Runs against the sources and, in the bundle group, against the minified drop-in bundle: minification once broke
// the sharing of style sheets there alone.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/all.js';

const TAGS = ['pa-statement', 'pa-statement-point', 'pa-statement-quote'] as const;
type Widget = Element & { updateComplete: Promise<boolean> };

const sheetsOf = (element: Element) => element.shadowRoot?.adoptedStyleSheets ?? [];
const rendered = async (page: Element) => {
  const widgets = [...page.children] as Widget[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets;
};

describe('style sheets', () => {
  it('are made once per element class and adopted by every instance: 200 points parse no CSS after the first', async () => {
    const firstOfEach = await rendered(
      await fixture(html`
        <div>
          <pa-statement></pa-statement>
          <pa-statement-point point="1"></pa-statement-point>
          <pa-statement-quote></pa-statement-quote>
        </div>
      `),
    );
    for (const widget of firstOfEach) expect(sheetsOf(widget).length, widget.localName).to.be.above(0);

    const parsed = sinon.spy(CSSStyleSheet.prototype, 'replaceSync');
    try {
      const widgets = await rendered(
        await fixture(html`
          <div>
            <pa-statement></pa-statement>
            <pa-statement-quote></pa-statement-quote>
            ${Array.from({ length: 200 }, (_, index) => html`<pa-statement-point point=${(index % 11) + 1}></pa-statement-point>`)}
          </div>
        `),
      );
      expect(parsed.callCount, 'style sheets parsed for further instances').to.equal(0);
      for (const [index, tag] of TAGS.entries()) {
        const sheets = sheetsOf(firstOfEach[index]);
        for (const widget of widgets.filter((widget) => widget.localName === tag)) {
          const adopted = sheetsOf(widget);
          expect(adopted.length, tag).to.equal(sheets.length);
          adopted.forEach((sheet, position) =>
            expect(sheet === sheets[position], `${tag} sheet ${position}`).to.equal(true),
          );
        }
      }
      const distinct = new Set(widgets.flatMap(sheetsOf));
      expect(distinct.size, 'sheets in all 202 widgets').to.equal(new Set(firstOfEach.flatMap(sheetsOf)).size);
    } finally {
      parsed.restore();
    }
  });
});
