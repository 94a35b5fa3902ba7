import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { points, statement } from '../../src/content/statement.js';
import '../../src/statement-point/pa-statement-point.define.js';
import { css, type PropertyValues } from 'lit';
import { PaStatementPoint } from '../../src/statement-point/pa-statement-point.js';
import { inside, nextFrames, part, parts, visibleText, watchWarnings } from '../helpers.js';

describe('<pa-statement-point>', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => warnings.restore());

  it('shows every point verbatim, by number', async () => {
    for (const point of points) {
      const element = await fixture<PaStatementPoint>(
        html`<pa-statement-point point=${point.number}></pa-statement-point>`,
      );
      expect(part(element, 'text').textContent).to.equal(point.text);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('finds a point by slug and quotes it in a figure with its attribution', async () => {
    const page = await fixture(html`<div lang="en-GB"><pa-statement-point point="torture"></pa-statement-point></div>`);
    const element = inside(page, 'pa-statement-point');
    await element.updateComplete;
    const figure = part(element, 'figure');
    expect(figure.localName).to.equal('figure');
    expect(part(element, 'quote').localName).to.equal('blockquote');
    expect(part(element, 'quote').lang).to.equal('en');
    expect(part(element, 'text').textContent).to.equal(points[3].text);
    const caption = part(element, 'attribution');
    expect(caption.localName).to.equal('figcaption');
    expect(visibleText(caption)).to.equal('Progressive Alliance, 18th September 2020 · Point 4 of 11');
    expect(part(element, 'date').getAttribute('datetime')).to.equal(statement.date);
    expect(parts(element, 'link')).to.have.length(0);
    expect(element.hasAttribute('invalid')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('falls back to English silently for a language tag that is no language', async () => {
    const page = await fixture(
      html`<div lang="not a language!"><pa-statement-point point="4"></pa-statement-point></div>`,
    );
    const element = inside(page, 'pa-statement-point');
    await element.updateComplete;
    expect(visibleText(part(element, 'attribution'))).to.equal(
      'Progressive Alliance, 18th September 2020 · Point 4 of 11',
    );
    expect(part(element, 'figure').lang).to.equal('en');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('links to the full statement when href is set', async () => {
    const element = await fixture<PaStatementPoint>(
      html`<pa-statement-point point="2" href="https://example.org/belarus"></pa-statement-point>`,
    );
    const link = part(element, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/belarus');
    expect(visibleText(link)).to.equal('Read the full statement');
    expect(part(element, 'quote').getAttribute('cite')).to.equal('https://example.org/belarus');
    await expect(element).to.be.accessible();
  });

  it('shows the short verbatim quote with excerpt', async () => {
    const element = await fixture<PaStatementPoint>(html`<pa-statement-point point="5" excerpt></pa-statement-point>`);
    expect(part(element, 'text').textContent).to.equal(
      'The right to strike is a central value for Social Democrats and needs to be respected.',
    );
    element.excerpt = false;
    await element.updateComplete;
    expect(part(element, 'text').textContent).to.equal(points[4].text);
  });

  it('follows attribute and property changes after the first render', async () => {
    const element = await fixture<PaStatementPoint>(html`<pa-statement-point point="1"></pa-statement-point>`);
    element.setAttribute('point', 'russia');
    await element.updateComplete;
    expect(part(element, 'text').textContent).to.equal(points[10].text);
    element.point = 3;
    await element.updateComplete;
    expect(part(element, 'text').textContent).to.equal(points[2].text);
  });

  for (const bad of ['0', '12', '-1', 'abc', '', 'unknown-slug']) {
    it(`renders no text, warns once and is marked invalid for point="${bad}", then recovers`, async () => {
      const element = await fixture<PaStatementPoint>(html`<pa-statement-point point=${bad}></pa-statement-point>`);
      expect(element.shadowRoot?.textContent?.trim()).to.equal('');
      expect(element.hasAttribute('invalid')).to.equal(true);
      expect(warnings.messages).to.have.length(1);
      const [message] = warnings.messages;
      expect(message).to.contain('<pa-statement-point>').and.to.contain(`point="${bad}"`);
      expect(message).to.contain('from 1 to 11').and.to.contain('political-prisoners');
      element.requestUpdate();
      await element.updateComplete;
      expect(warnings.messages, 'no repeat on re-render').to.have.length(1);

      element.setAttribute('point', '4');
      await element.updateComplete;
      expect(element.hasAttribute('invalid')).to.equal(false);
      expect(part(element, 'text').textContent).to.equal(points[3].text);
      expect(warnings.messages).to.have.length(1);
    });
  }

  it('warns when the point attribute is missing', async () => {
    const element = await fixture<PaStatementPoint>(html`<pa-statement-point></pa-statement-point>`);
    expect(element.hasAttribute('invalid')).to.equal(true);
    expect(warnings.messages).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('says it has rendered with the rendered attribute, for the fallback rules of the snippets', async () => {
    const element = document.createElement('pa-statement-point');
    element.point = 4;
    expect(element.hasAttribute('rendered'), 'before connection').to.equal(false);
    const page = await fixture(html`<div></div>`);
    page.append(element);
    expect(element.hasAttribute('rendered'), 'connected, not yet rendered').to.equal(false);
    await element.updateComplete;
    expect(element.hasAttribute('rendered'), 'rendered').to.equal(true);
    expect(part(element, 'text').textContent).to.equal(points[3].text);
  });

  it('can be subclassed the Lit way: more styles, updated(), its own tag', async () => {
    const updates: string[] = [];
    class PartyPoint extends PaStatementPoint {
      static override styles = [
        PaStatementPoint.styles,
        css`
          [part~='quote'] {
            border-inline-start-width: 7px;
          }
        `,
      ];

      protected override updated(changed: PropertyValues): void {
        super.updated(changed);
        updates.push(String(this.point));
      }
    }
    customElements.define('party-point-test', PartyPoint);
    const element = await fixture<PartyPoint>(html`<party-point-test point="2"></party-point-test>`);
    expect(part(element, 'text').textContent).to.equal(points[1].text);
    expect(getComputedStyle(part(element, 'quote')).borderInlineStartWidth).to.equal('7px');
    element.point = 'torture';
    await element.updateComplete;
    expect(updates).to.deep.equal(['2', 'torture']);
  });
  it("runs a subclass's connectedCallback once per connection: deferred, in a language it waits for, changed meanwhile", async () => {
    const connections: string[] = [];
    class CountedPoint extends PaStatementPoint {
      override connectedCallback(): void {
        connections.push(String(this.point));
        super.connectedCallback();
      }
    }
    customElements.define('counted-point-test', CountedPoint);
    // Inside a deferred parent, as Lit's protocol has it: the parent, not the element, decides when it connects.
    const parent = await fixture<HTMLElement>(
      html`<deferring-parent lang="de" defer-hydration
        ><counted-point-test point="4" defer-hydration></counted-point-test
      ></deferring-parent>`,
    );
    const element = parent.firstElementChild as CountedPoint;
    element.setAttribute('point', '5');
    parent.lang = 'fr';
    await nextFrames(5);
    expect(element.hasUpdated, 'updated while deferred').to.equal(false);
    element.removeAttribute('defer-hydration');
    await waitUntil(() => element.hasUpdated, 'the element rendered once woken');
    await element.updateComplete;
    expect(part(element, 'text').textContent).to.equal(points[4].text);
    expect(part(element, 'position').textContent, 'in the language set while it waited').to.equal('Point 5 sur 11');
    parent.lang = 'de';
    element.point = 6;
    await element.updateComplete;
    await nextFrames(2);
    expect(connections).to.deep.equal(['4']);
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(connections).to.deep.equal(['4', '6']);
  });
});
