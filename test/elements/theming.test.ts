import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { points } from '../../src/content/statement.js';
import '../../src/all.js';
import { driverEmulatesMedia, inside, luminance, part, parts, watchWarnings } from '../helpers.js';

/** One of each element, settled. */
async function allThree(template: ReturnType<typeof html>) {
  const page = await fixture(html`<test-page style="display: block">${template}</test-page>`);
  const [statementElement, pointElement, quoteElement] = [
    inside(page, 'pa-statement'),
    inside(page, 'pa-statement-point'),
    inside(page, 'pa-statement-quote'),
  ];
  const elements = [statementElement, pointElement, quoteElement];
  await Promise.all(elements.map((element) => element.updateComplete));
  return { page, elements, statementElement, pointElement, quoteElement };
}

const threeElements = html`
  <pa-statement numbered limit="3" highlight="2" href="https://example.org/s"></pa-statement>
  <pa-statement-point point="4" href="https://example.org/s"></pa-statement-point>
  <pa-statement-quote href="https://example.org/s"></pa-statement-quote>
`;

describe('theming', () => {
  it('takes --pa-* custom properties from an ancestor', async () => {
    const { statementElement, pointElement, quoteElement } = await allThree(html`
      <div
        style="--pa-color-accent: rgb(200, 0, 0); --pa-font-family: monospace; --pa-color-text: rgb(1, 2, 3);
               --pa-quote-font-size: 2em; --pa-font-size: 20px; --pa-spacing: 7px; --pa-border-radius: 3px;
               --pa-line-height: 2; --pa-color-muted: rgb(0, 90, 0); --pa-color-border: rgb(0, 0, 90);
               --pa-color-highlight: rgb(255, 255, 0); --pa-color-background: rgb(250, 250, 250); --pa-max-width: 30em"
      >
        ${threeElements}
      </div>
    `);
    expect(getComputedStyle(part(statementElement, 'number')).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(part(statementElement, 'link')).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(part(pointElement, 'quote')).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(part(pointElement, 'text')).fontFamily).to.equal('monospace');
    expect(getComputedStyle(part(pointElement, 'text')).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(pointElement, 'quote')).fontSize).to.equal('40px');
    expect(getComputedStyle(part(statementElement, 'list')).rowGap).to.equal('7px');
    expect(getComputedStyle(part(quoteElement, 'button')).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(part(pointElement, 'text')).lineHeight).to.equal('80px');
    expect(getComputedStyle(part(pointElement, 'attribution')).color).to.equal('rgb(0, 90, 0)');
    expect(getComputedStyle(part(quoteElement, 'button')).borderTopColor).to.equal('rgb(0, 0, 90)');
    expect(getComputedStyle(part(statementElement, 'highlighted')).backgroundColor).to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(pointElement).backgroundColor).to.equal('rgb(250, 250, 250)');
    expect(pointElement.getBoundingClientRect().width).to.equal(600);
  });

  it('inherits font and colour from the page by default', async () => {
    const { elements } = await allThree(html`
      <div style="font: 18px/1.2 serif; color: rgb(10, 20, 30)">${threeElements}</div>
    `);
    for (const element of elements) {
      const text = part(element, 'text');
      expect(getComputedStyle(text).color, element.localName).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(text).fontFamily).to.equal('serif');
    }
    expect(getComputedStyle(elements[0] as HTMLElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('lets the page style the parts', async () => {
    const { statementElement, pointElement, quoteElement } = await allThree(html`
      <style>
        .styled *::part(title) {
          letter-spacing: 3px;
        }
        .styled *::part(attribution) {
          text-transform: uppercase;
        }
        .styled *::part(button) {
          border-width: 3px;
        }
      </style>
      <div class="styled">${threeElements}</div>
    `);
    expect(getComputedStyle(part(statementElement, 'title')).letterSpacing).to.equal('3px');
    expect(getComputedStyle(part(pointElement, 'attribution')).textTransform).to.equal('uppercase');
    for (const button of [...parts(statementElement, 'button'), ...parts(quoteElement, 'button')]) {
      expect(getComputedStyle(button).borderTopWidth).to.equal('3px');
    }
  });

  it('follows the page colour scheme, and theme forces one with its own background', async () => {
    const { elements } = await allThree(html`<div style="color-scheme: dark">${threeElements}</div>`);
    const accentOf = (element: Element) => getComputedStyle(part(element, 'link')).color;
    expect(accentOf(elements[1] as Element)).to.equal('rgb(158, 193, 255)');

    const darkPage = await fixture(
      html`<div style="color-scheme: dark"><pa-statement-point point="1" theme="light"></pa-statement-point></div>`,
    );
    const forced = inside(darkPage, 'pa-statement-point');
    await forced.updateComplete;
    expect(luminance(getComputedStyle(forced).backgroundColor), 'light background').to.be.above(0.9);
    expect(luminance(getComputedStyle(part(forced, 'text')).color), 'dark text').to.be.below(0.1);

    forced.setAttribute('theme', 'dark');
    expect(luminance(getComputedStyle(forced).backgroundColor), 'dark background').to.be.below(0.1);
    expect(luminance(getComputedStyle(part(forced, 'text')).color), 'light text').to.be.above(0.9);
  });

  it("follows the reader's dark preference on a page that allows both schemes, and with theme=auto", async function () {
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { pointElement } = await allThree(html`<div style="color-scheme: light dark">${threeElements}</div>`);
      expect(getComputedStyle(part(pointElement, 'link')).color).to.equal('rgb(158, 193, 255)');
      const auto = await fixture(html`<div><pa-statement-point point="1" theme="auto"></pa-statement-point></div>`);
      const element = inside(auto, 'pa-statement-point');
      await element.updateComplete;
      expect(luminance(getComputedStyle(element).backgroundColor), 'dark background').to.be.below(0.1);
      await expect(auto).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('warns once about an unknown theme and keeps working', async () => {
    const warnings = watchWarnings();
    try {
      const element = await fixture<HTMLElement>(
        html`<pa-statement-point point="2" theme="blue"></pa-statement-point>`,
      );
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('theme="blue"').and.to.contain('light, dark, auto');
      expect(part(element, 'text').textContent).to.equal(points[1].text);
    } finally {
      warnings.restore();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe, colour contrast included, on a ${scheme} page and with theme="${scheme}"`, async () => {
      const background = scheme === 'dark' ? '#121212' : '#ffffff';
      const text = scheme === 'dark' ? '#f0f0f0' : '#1a1a1a';
      const { page } = await allThree(html`
        <div style="color-scheme: ${scheme}; background: ${background}; color: ${text}">${threeElements}</div>
      `);
      await expect(page).to.be.accessible();
      const opposite = scheme === 'dark' ? 'light' : 'dark';
      const themed = await fixture(html`
        <div style="color-scheme: ${opposite}; background: ${scheme === 'dark' ? '#fff' : '#000'}">
          <pa-statement theme=${scheme} highlight="1" numbered href="https://example.org/s"></pa-statement>
        </div>
      `);
      await inside(themed, 'pa-statement').updateComplete;
      await expect(themed).to.be.accessible();
    });
  }

  it('uses system colours and keeps every control visible in forced-colours mode', async function () {
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ forcedColors: 'active' } as never);
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'the emulation took effect').to.equal(true);
      const { elements, statementElement, pointElement } = await allThree(threeElements);
      const systemColour = (keyword: string) => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = keyword;
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      for (const element of elements) {
        for (const button of parts(element, 'button')) {
          const style = getComputedStyle(button);
          expect(style.borderTopStyle, element.localName).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
          expect(style.borderTopColor).to.equal(systemColour('ButtonText'));
          expect(style.borderTopColor).to.not.equal(style.backgroundColor);
        }
      }
      expect(getComputedStyle(part(pointElement, 'link')).color).to.equal(systemColour('LinkText'));
      expect(getComputedStyle(part(pointElement, 'attribution')).color).to.equal(systemColour('CanvasText'));
      const highlighted = part(statementElement, 'highlighted');
      expect(parseFloat(getComputedStyle(highlighted).borderInlineStartWidth)).to.be.greaterThan(4);
      const copy = part(statementElement, 'copy-button');
      copy.focus();
      expect(getComputedStyle(copy).outlineStyle).to.not.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none' } as never);
    }
  });
});

describe('embedding', () => {
  it('fits a 280 px column: no overflow, no clipped text, targets of at least 24 px', async () => {
    const { elements } = await allThree(html`<div style="width: 280px">${threeElements}</div>`);
    for (const element of elements) {
      const box = element.getBoundingClientRect();
      expect(element.scrollWidth, element.localName).to.be.at.most(element.clientWidth);
      for (const inner of element.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
        // Hidden points and slides have no box to check.
        if (inner.closest('[hidden], [inert]') || inner.getClientRects().length === 0) continue;
        const rect = inner.getBoundingClientRect();
        expect(rect.right, `${element.localName} ${inner.localName}`).to.be.at.most(box.right + 0.5);
        expect(rect.left).to.be.at.least(box.left - 0.5);
        // clientWidth means nothing for inline boxes.
        if (getComputedStyle(inner).display !== 'inline') {
          expect(inner.scrollWidth, `${inner.localName} clipped`).to.be.at.most(inner.clientWidth + 1);
        }
      }
      // The buttons, and the links that stand alone, not in a sentence (WCAG 2.5.8's exception for inline ones).
      const links = parts(element, 'link').filter(
        (link) => link.parentElement?.textContent?.trim() === link.textContent?.trim(),
      );
      // <pa-statement>'s stands alone under its button; the others' ends their attribution's line.
      expect(links, element.localName).to.have.length(element.localName === 'pa-statement' ? 1 : 0);
      for (const target of [...parts(element, 'button'), ...links].filter(
        (shown) => shown.getClientRects().length > 0,
      )) {
        const rect = target.getBoundingClientRect();
        expect(rect.width, `${target.localName} target width`).to.be.at.least(24);
        expect(rect.height, `${target.localName} target height`).to.be.at.least(24);
      }
    }
  });

  it('keeps a readable measure on a wide page', async () => {
    const { elements } = await allThree(html`<div style="width: 2000px; font-size: 16px">${threeElements}</div>`);
    for (const element of elements) expect(element.getBoundingClientRect().width).to.equal(640);
  });

  it('is untouched by hostile page CSS', async () => {
    const hostile = await allThree(html`
      <style>
        * {
          box-sizing: content-box;
        }
        p,
        li,
        blockquote,
        figure,
        ol,
        h2,
        figcaption,
        section,
        article,
        div:not(:has(pa-statement)) {
          display: none;
          margin: 0 0 0 -999px;
        }
        button {
          width: 100%;
          background: red;
          font-size: 40px;
        }
        :root {
          font-size: 6px;
        }
        a {
          color: transparent;
        }
        span,
        time {
          visibility: hidden;
        }
      </style>
      <main
        style="display: block; font-size: 16px; color: rgb(0, 0, 0); text-indent: -9999px;
               -webkit-text-fill-color: transparent; text-shadow: 0 0 8px red; font-style: oblique; font-weight: 900;
               text-transform: uppercase; letter-spacing: 1em; white-space: nowrap"
      >
        ${threeElements}
      </main>
    `);
    const { statementElement, pointElement } = hostile;
    const texts = parts(statementElement, 'text').filter((text) => !text.closest('[hidden]'));
    expect(texts.map((text) => text.textContent)).to.deep.equal(points.slice(0, 3).map((point) => point.text));
    for (const element of hostile.elements) {
      const host = element.getBoundingClientRect();
      for (const text of parts(element, 'text').filter((candidate) => !candidate.closest('[hidden], [inert]'))) {
        const rect = text.getBoundingClientRect();
        expect(rect.width * rect.height, `${element.localName} text shown`).to.be.greaterThan(0);
        expect(rect.left).to.be.at.least(host.left - 0.5);
        expect(rect.right, 'wraps inside the widget').to.be.at.most(host.right + 0.5);
        const style = getComputedStyle(text);
        expect(style.color).to.not.equal('rgba(0, 0, 0, 0)');
        expect(style.getPropertyValue('-webkit-text-fill-color')).to.equal(style.color);
        expect([style.textIndent, style.textShadow, style.textTransform, style.letterSpacing]).to.deep.equal([
          '0px',
          'none',
          'none',
          'normal',
        ]);
        expect(style.fontWeight).to.not.equal('900');
        expect(text.getClientRects()[0]?.left ?? -1, 'first line starts inside').to.be.at.least(host.left - 0.5);
      }
      for (const button of parts(element, 'button')) {
        expect(getComputedStyle(button).fontSize).to.not.equal('40px');
        expect(button.getBoundingClientRect().width).to.be.below(host.width);
      }
    }
    expect(getComputedStyle(part(pointElement, 'quote')).fontSize, 'em, not rem').to.equal('20px');
    expect(getComputedStyle(part(pointElement, 'link')).color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(part(pointElement, 'date')).visibility).to.equal('visible');
  });

  it('changes nothing outside itself: no styles, globals, cookies or storage', async () => {
    const before = {
      globals: new Set(Object.getOwnPropertyNames(window)),
      styles: document.querySelectorAll('style, link').length,
      cookie: document.cookie,
      storage: [localStorage.length, sessionStorage.length],
    };
    const { elements } = await allThree(threeElements);
    for (const element of elements) for (const button of parts(element, 'button')) button.click();
    await Promise.all(
      elements.map((element) => (element as never as { updateComplete: Promise<unknown> }).updateComplete),
    );
    expect(document.querySelectorAll('style, link').length).to.equal(before.styles);
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.globals.has(name))).to.deep.equal([]);
    expect(document.cookie).to.equal(before.cookie);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(before.storage);
  });
});
