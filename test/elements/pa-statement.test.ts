import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { points } from '../../src/content/statement.js';
import '../../src/statement/pa-statement.define.js';
import type { PaStatement } from '../../src/statement/pa-statement.js';
import { driverEmulatesMedia, inside, nextFrames, part, parts, until, visibleText, watchWarnings } from '../helpers.js';

// What a reader sees: the points that have boxes, not those without a `hidden` attribute.
const shownPoints = (element: PaStatement) =>
  parts(element, 'point').filter((item) => item.getClientRects().length > 0);

describe('<pa-statement>', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => {
    warnings.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('renders the whole statement verbatim as a titled, dated article with a list', async () => {
    const page = await fixture(html`<div lang="en-GB"><pa-statement></pa-statement></div>`);
    const element = inside(page, 'pa-statement');
    await element.updateComplete;
    expect(part(element, 'article').localName).to.equal('article');
    const title = part(element, 'title');
    expect(title.localName).to.equal('h2');
    expect(visibleText(title)).to.equal('Progressive Alliance statement on Belarus');
    expect(visibleText(part(element, 'byline'))).to.equal('Progressive Alliance · 18th September 2020');
    expect(part(element, 'date').getAttribute('datetime')).to.equal('2020-09-18');
    expect(part(element, 'list').localName).to.equal('ol');
    const texts = parts(element, 'text');
    expect(texts.map((text) => text.textContent)).to.deep.equal(points.map((point) => point.text));
    for (const text of texts) expect(text.lang).to.equal('en');
    expect(shownPoints(element)).to.have.length(11);
    expect(parts(element, 'number')).to.have.length(0);
    expect(parts(element, 'toggle-button')).to.have.length(0);
    expect(warnings.messages).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('shows numbers with numbered', async () => {
    const element = await fixture<PaStatement>(html`<pa-statement numbered></pa-statement>`);
    expect(parts(element, 'number').map((number) => number.textContent)).to.deep.equal(
      points.map((point) => String(point.number)),
    );
    await expect(element).to.be.accessible();
  });

  it('sets the heading level and takes a slotted title', async () => {
    const element = await fixture<PaStatement>(
      html`<pa-statement heading-level="3"><span slot="title">Our partners' statement</span></pa-statement>`,
    );
    expect(part(element, 'title').localName).to.equal('h3');
    const slot = part(element, 'title').querySelector('slot');
    expect(slot?.assignedNodes().map((node) => node.textContent)).to.deep.equal(["Our partners' statement"]);
    element.headingLevel = 1;
    await element.updateComplete;
    expect(part(element, 'title').localName).to.equal('h1');
    for (const level of [4, 5, 6]) {
      element.headingLevel = level;
      await element.updateComplete;
      expect(part(element, 'title').localName).to.equal(`h${level}`);
    }
    await expect(element).to.be.accessible();
  });

  it('shows the first N points and expands and collapses them with the keyboard', async () => {
    const page = await fixture(html`<div style="padding-block: 150vh"><pa-statement limit="3"></pa-statement></div>`);
    const element = inside(page, 'pa-statement');
    await element.updateComplete;
    expect(shownPoints(element)).to.have.length(3);
    const toggle = part(element, 'toggle-button') as HTMLButtonElement;
    expect(toggle.localName).to.equal('button');
    expect(visibleText(toggle)).to.equal('Show all 11 points');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(part(element, 'list').id);
    await expect(element).to.be.accessible();

    toggle.focus();
    toggle.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    const toggleTop = toggle.getBoundingClientRect().top;
    expect(scrolled).to.be.greaterThan(0);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shownPoints(element)).to.have.length(11);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(toggle)).to.equal('Show fewer points');
    expect(element.shadowRoot?.activeElement, 'focus stays on the button').to.equal(toggle);
    await nextFrames();
    expect(window.scrollY, 'no scroll').to.be.closeTo(scrolled, 1);
    const fourth = parts(element, 'point')[3] as HTMLElement;
    expect(fourth.getBoundingClientRect().top, 'reading goes on where the button was').to.be.closeTo(toggleTop, 2);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shownPoints(element)).to.have.length(3);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps its place when only the button was in view as it expands', async () => {
    const page = await fixture(html`<div style="padding-block: 150vh"><pa-statement limit="3"></pa-statement></div>`);
    const element = inside(page, 'pa-statement');
    await element.updateComplete;
    const toggle = part(element, 'toggle-button');
    toggle.scrollIntoView({ block: 'start' });
    const scrolled = window.scrollY;
    const toggleTop = toggle.getBoundingClientRect().top;
    toggle.click();
    await element.updateComplete;
    await nextFrames();
    expect(window.scrollY, 'no scroll').to.be.closeTo(scrolled, 1);
    const fourth = parts(element, 'point')[3] as HTMLElement;
    expect(fourth.getBoundingClientRect().top).to.be.closeTo(toggleTop, 2);
  });

  it('returns to its defaults silently when attributes are removed', async () => {
    const element = await fixture<PaStatement>(
      html`<pa-statement heading-level="4" limit="2" highlight="3" numbered></pa-statement>`,
    );
    for (const attribute of ['heading-level', 'limit', 'highlight', 'numbered']) element.removeAttribute(attribute);
    await element.updateComplete;
    expect(part(element, 'title').localName).to.equal('h2');
    expect(shownPoints(element)).to.have.length(11);
    expect(parts(element, 'highlighted')).to.have.length(0);
    expect(parts(element, 'number')).to.have.length(0);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('prints every point and no button', async function () {
    const element = await fixture<PaStatement>(html`<pa-statement limit="2"></pa-statement>`);
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ media: 'print' });
    try {
      // A limited statement renders the points beyond its limit when the page prints.
      await nextFrames();
      await element.updateComplete;
      const displayed = (item: HTMLElement) => getComputedStyle(item).display !== 'none';
      expect(parts(element, 'point').filter(displayed)).to.have.length(11);
      expect(parts(element, 'button').filter(displayed)).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
      // Back on screen, the limit holds again once the page has left print.
      await nextFrames();
      await element.updateComplete;
      expect(parts(element, 'point')).to.have.length(2);
    }
  });

  it('shows the bar of the marked point only, in forced-colours mode too', async function () {
    const element = await fixture<PaStatement>(html`<pa-statement highlight="4"></pa-statement>`);
    /** The points whose bar a reader sees: neither transparent nor of the page's Canvas colour, behind it. */
    const withBars = () => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'Canvas';
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      const invisible = [canvas, 'rgba(0, 0, 0, 0)'];
      return parts(element, 'point')
        .filter((item) => !invisible.includes(getComputedStyle(item).borderInlineStartColor))
        .map((item) => item.id);
    };
    expect(withBars()).to.deep.equal(['pa-point-4']);
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ forcedColors: 'active' } as never);
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'the emulation took effect').to.equal(true);
      expect(withBars()).to.deep.equal(['pa-point-4']);
    } finally {
      await emulateMedia({ forcedColors: 'none' } as never);
    }
  });

  it('shows a highlighted point beyond the limit too', async () => {
    const element = await fixture<PaStatement>(html`<pa-statement limit="2" highlight="torture"></pa-statement>`);
    expect(shownPoints(element).map((item) => item.id)).to.deep.equal(['pa-point-1', 'pa-point-2', 'pa-point-4']);
    await expect(element).to.be.accessible();
  });

  it('needs no toggle when the limit covers every point', async () => {
    const element = await fixture<PaStatement>(html`<pa-statement limit="11"></pa-statement>`);
    expect(parts(element, 'toggle-button')).to.have.length(0);
    expect(shownPoints(element)).to.have.length(11);
  });

  it('marks the highlighted point by number or slug, for eyes and assistive technology', async () => {
    const element = await fixture<PaStatement>(html`<pa-statement highlight="4"></pa-statement>`);
    const [marked, ...others] = parts(element, 'highlighted');
    expect(others).to.have.length(0);
    expect(marked?.id).to.equal('pa-point-4');
    expect(marked?.getAttribute('aria-current')).to.equal('true');
    const style = getComputedStyle(marked as HTMLElement);
    expect(parseFloat(style.borderInlineStartWidth), 'a bar, not colour alone').to.be.greaterThan(4);
    await expect(element).to.be.accessible();

    element.highlight = 'russia';
    await element.updateComplete;
    expect(parts(element, 'highlighted').map((item) => item.id)).to.deep.equal(['pa-point-11']);
  });

  it('links to its source with href', async () => {
    const element = await fixture<PaStatement>(
      html`<pa-statement href="https://example.org/statement"></pa-statement>`,
    );
    const link = part(element, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/statement');
    await expect(element).to.be.accessible();
  });

  for (const [attribute, bad] of [
    ['highlight', '0'],
    ['highlight', '12'],
    ['highlight', '-1'],
    ['highlight', 'abc'],
    ['highlight', ''],
    ['highlight', 'no-such-slug'],
    ['limit', '0'],
    ['limit', '-1'],
    ['limit', 'abc'],
    ['heading-level', '9'],
    ['heading-level', '0'],
    ['heading-level', 'abc'],
  ] as const) {
    it(`ignores ${attribute}="${bad}" with one warning and renders normally`, async () => {
      const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
      element.setAttribute(attribute, bad);
      await element.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<pa-statement>').and.to.contain(`${attribute}="${bad}"`);
      expect(parts(element, 'text')).to.have.length(11);
      expect(shownPoints(element)).to.have.length(11);
      expect(parts(element, 'highlighted')).to.have.length(0);
      expect(part(element, 'title').localName).to.equal('h2');
      await expect(element).to.be.accessible();
    });
  }

  it('scrolls to and highlights the point named in the URL fragment, on load and on hashchange', async () => {
    history.replaceState(null, '', '#pa-point-torture');
    const scroll = sinon.spy(Element.prototype, 'scrollIntoView');
    try {
      const element = await fixture<PaStatement>(html`<pa-statement limit="2"></pa-statement>`);
      await element.updateComplete;
      expect(parts(element, 'highlighted').map((item) => item.id)).to.deep.equal(['pa-point-4']);
      expect(shownPoints(element), 'expanded to show the linked point').to.have.length(11);
      expect(scroll.lastCall?.thisValue).to.equal(part(element, 'highlighted'));

      location.hash = '#pa-point-9';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await element.updateComplete;
      await element.updateComplete;
      expect(parts(element, 'highlighted').map((item) => item.id)).to.deep.equal(['pa-point-9']);
      expect(scroll.lastCall?.thisValue).to.equal(part(element, 'highlighted'));
    } finally {
      scroll.restore();
    }
  });

  it('scrolls to the first of two statements that follow the fragment; both expand and mark the point', async () => {
    history.replaceState(null, '', '#pa-point-4');
    const scroll = sinon.spy(Element.prototype, 'scrollIntoView');
    try {
      const page = await fixture(html`
        <div>
          <pa-statement limit="2"></pa-statement>
          <pa-statement limit="2"></pa-statement>
        </div>
      `);
      const [first, second] = [...page.querySelectorAll('pa-statement')];
      await Promise.all([first.updateComplete, second.updateComplete]);
      for (const element of [first, second]) {
        expect(parts(element, 'highlighted').map((item) => item.id)).to.deep.equal(['pa-point-4']);
        expect(shownPoints(element)).to.have.length(11);
      }
      const scrolledTo = () => scroll.getCalls().map((call) => call.thisValue);
      expect(scrolledTo()).to.deep.equal([part(first, 'highlighted')]);

      scroll.resetHistory();
      location.hash = '#pa-point-9';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await Promise.all([first.updateComplete, second.updateComplete]);
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(parts(second, 'highlighted').map((item) => item.id)).to.deep.equal(['pa-point-9']);
      expect(scrolledTo()).to.deep.equal([part(first, 'highlighted')]);
    } finally {
      scroll.restore();
    }
  });

  it('ignores fragments that name no point, and a later one clears the mark', async () => {
    for (const fragment of ['#pa-point-99', '#pa-point-%E0%A4%A', '#pa-point-', '#other']) {
      history.replaceState(null, '', fragment);
      const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
      expect(parts(element, 'highlighted'), fragment).to.have.length(0);
    }
    history.replaceState(null, '', '#pa-point-2');
    const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
    await element.updateComplete;
    expect(parts(element, 'highlighted')).to.have.length(1);
    location.hash = '#pa-point-nothing';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    expect(parts(element, 'highlighted')).to.have.length(0);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('copies a link to a point, and offers the link when the clipboard is refused', async () => {
    const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      const copyButtons = parts(element, 'copy-button');
      expect(copyButtons).to.have.length(11);
      expect(copyButtons[1]?.getAttribute('aria-label')).to.equal('Copy link to point 2');
      copyButtons[1]?.click();
      await writeText.returnValues[0];
      await element.updateComplete;
      // The page's address without its query (the test runner's session is in it), with the point's fragment.
      const expected = new URL('#pa-point-end-the-violence', `${location.origin}${location.pathname}`).href;
      expect(writeText.firstCall.args).to.deep.equal([expected]);
      expect(visibleText(part(element, 'status'))).to.equal('Link to point 2 copied');

      writeText.rejects(new DOMException('refused', 'NotAllowedError'));
      copyButtons[3]?.click();
      await writeText.returnValues[1]?.catch(() => undefined);
      await element.updateComplete;
      const status = part(element, 'status');
      expect(visibleText(status)).to.contain('Copying was refused');
      expect(status.querySelector('a')?.href).to.equal(
        new URL('#pa-point-torture', `${location.origin}${location.pathname}`).href,
      );
      await expect(element).to.be.accessible();
    } finally {
      writeText.restore();
    }
  });

  it("copies the page's canonical address, where it names one, rather than the address it was opened at", async () => {
    const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const canonical = document.head.appendChild(document.createElement('link'));
    try {
      canonical.rel = 'canonical';
      canonical.href = 'https://example.org/belarus?lang=en';
      parts(element, 'copy-button')[3]?.click();
      await writeText.returnValues[0];
      expect(writeText.lastCall.args).to.deep.equal(['https://example.org/belarus?lang=en#pa-point-torture']);
      // A canonical address a link may not take is no canonical address.
      canonical.href = 'javascript:alert(1)';
      parts(element, 'copy-button')[3]?.click();
      await writeText.returnValues[1];
      expect(writeText.lastCall.args).to.deep.equal([`${location.origin}${location.pathname}#pa-point-torture`]);
      // Nor one that is no address at all, though it starts as one (its href reads as written).
      canonical.setAttribute('href', 'http://[');
      parts(element, 'copy-button')[3]?.click();
      await until(() => writeText.callCount === 3, 'the third copy');
      expect(writeText.lastCall.args).to.deep.equal([`${location.origin}${location.pathname}#pa-point-torture`]);
      // Nor is one in the body, which a page's users may write.
      canonical.remove();
      const inBody = document.body.appendChild(document.createElement('link'));
      inBody.rel = 'canonical';
      inBody.href = 'https://attacker.example/';
      parts(element, 'copy-button')[3]?.click();
      await writeText.returnValues[3];
      inBody.remove();
      expect(writeText.lastCall.args).to.deep.equal([`${location.origin}${location.pathname}#pa-point-torture`]);
    } finally {
      canonical.remove();
      writeText.restore();
    }
  });

  it("copies the page's own address without its query, path parameters and fragment", async () => {
    const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const opened = location.href;
    try {
      history.replaceState(null, '', `${location.pathname};jsessionid=SECRET?token=SECRET#top`);
      parts(element, 'copy-button')[3]?.click();
      await writeText.returnValues[0];
      const [copied] = writeText.lastCall.args;
      expect(copied).not.to.contain('SECRET');
      expect(copied).to.equal(`${location.origin}${new URL(opened).pathname}#pa-point-torture`);
    } finally {
      history.replaceState(null, '', opened);
      writeText.restore();
    }
  });

  it('offers the link where there is no clipboard at all', async () => {
    const element = await fixture<PaStatement>(html`<pa-statement></pa-statement>`);
    const clipboard = sinon.stub(navigator, 'clipboard').get(() => undefined);
    try {
      parts(element, 'copy-button')[0]?.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(part(element, 'status').querySelector('a')?.href).to.contain('#pa-point-solidarity-with-protesters');
    } finally {
      clipboard.restore();
    }
  });

  it('is accessible while a deep-linked point is marked', async () => {
    history.replaceState(null, '', '#pa-point-7');
    const element = await fixture<PaStatement>(html`<pa-statement numbered limit="3"></pa-statement>`);
    await element.updateComplete;
    expect(parts(element, 'highlighted')).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});
