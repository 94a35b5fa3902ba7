// The widgets among other code on a page: Lit's `defer-hydration` protocol (a parent, an island or a server-rendered
// shadow root wakes the widgets it holds), a partner's own Lit and its hydration support left as they were, a page
// of plain snippets that loads nothing but the bundle, and message ports closed after use.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nextFrames } from '../helpers.js';
import {
  keptPrerenderedNodes,
  page,
  prerender,
  shadowPart,
  shownPoints,
  until,
  wake,
  widgetsIn,
  type Recording,
  type Widget,
} from '../prerendered-pages.js';

const POINT = '<pa-statement-point point="4"></pa-statement-point>';

describe('the hydration protocol', () => {
  it("leaves a partner's own Lit hydration support as it was, and the partner's component still hydrates", async () => {
    const [{ html: widget }, card] = await Promise.all([
      prerender(POINT),
      executeServerCommand<string, object>('render-host-card', {}),
    ]);
    const opened = await page(`${card}${widget}${POINT}`, {
      head: '<script type="module" src="/test/fixtures/host-page.js"></script>',
    });
    const view = opened.view as Recording & { hostHydrateSupport?: unknown; litElementHydrateSupport?: unknown };
    await until(() => Boolean(view.customElements.get('host-card')), 'the partner component is defined');
    const hostCard = opened.document.querySelector('host-card') as Widget & { name: string };
    const serverParagraph = hostCard.shadowRoot?.querySelector('p');
    await hostCard.updateComplete;
    expect(view.hostHydrateSupport, "the partner's hook, before the bundle").to.be.a('function');
    expect(view.litElementHydrateSupport, 'the same hook, after it').to.equal(view.hostHydrateSupport);
    // The partner's component hydrated its own tree: the same nodes, and live.
    expect(hostCard.shadowRoot?.querySelector('p')).to.equal(serverParagraph);
    expect(hostCard.shadowRoot?.querySelectorAll('p')).to.have.length(1);
    hostCard.name = 'Grace';
    await hostCard.updateComplete;
    expect(serverParagraph?.textContent).to.equal('Hello, Grace.');
    // The widgets beside it: the prerendered one hydrates, the plain one renders.
    const [prerendered, plain] = widgetsIn(opened.document);
    await wake(prerendered);
    await plain.updateComplete;
    expect(keptPrerenderedNodes(opened, prerendered)).to.equal(true);
    for (const point of [prerendered, plain]) {
      expect(point.shadowRoot?.querySelectorAll('figure')).to.have.length(1);
      expect(shadowPart(point, 'position').textContent).to.equal('Point 4 of 11');
    }
    expect(view.errors).to.deep.equal([]);
    opened.iframe.remove();
  });

  it('keeps widgets that a deferring or undefined custom element holds waiting for it, but for input', async () => {
    const { html: widget } = await prerender(POINT);
    const opened = await page(
      `<partner-island defer-hydration>${widget}</partner-island>` +
        `<is-land>${widget}</is-land>` +
        `<partner-card><template shadowrootmode="open">${widget}</template></partner-card>`,
      { head: '<script>customElements.define("partner-island", class extends HTMLElement {});</script>' },
    );
    const inParent = (opened.document.querySelector('partner-card')?.shadowRoot?.firstElementChild ??
      null) as Widget | null;
    const widgets = [...widgetsIn(opened.document), inParent as Widget];
    expect(widgets).to.have.length(3);
    // In view, in idle time: their parents wake them.
    await nextFrames(20);
    expect(widgets.map((point) => [point.hasAttribute('defer-hydration'), point.hasUpdated])).to.deep.equal([
      [true, false],
      [true, false],
      [true, false],
    ]);
    // Input wakes one all the same: a control is never dead, whatever its parent does.
    widgets[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    await wake(widgets[0], widgets[2]);
    await until(() => widgets[1].hasUpdated, 'input wakes it');
    for (const point of widgets) expect(shadowPart(point, 'position').textContent).to.equal('Point 4 of 11');
    expect((opened.view as Recording).errors).to.deep.equal([]);
    opened.iframe.remove();
  });

  it("wakes widgets in a shadow root no deferring parent owns, and those whose parent's definition came", async () => {
    const { html: widget } = await prerender('<pa-statement limit="3"></pa-statement>');
    const { html: point } = await prerender(POINT);
    const opened = await page(
      `<later-card><template shadowrootmode="open">${point}</template></later-card>` +
        `<div id="plain-host"><template shadowrootmode="open">${widget}</template></div>`,
    );
    const root = (host: string) => opened.document.querySelector(host)?.shadowRoot as ShadowRoot;
    const statement = root('#plain-host').querySelector('pa-statement') as Widget;
    const card = root('later-card').querySelector('pa-statement-point') as Widget;
    // The first click on "Show all" expands the statement, a plain <div>'s shadow root around it.
    shadowPart(statement, 'toggle-button').click();
    await until(() => shownPoints(statement) === 11, 'the first click expands it');
    // The card, once defined without the protocol, leaves the point to the coordinator.
    await nextFrames(10);
    expect(card.hasUpdated, 'waiting for its undefined parent').to.equal(false);
    const { HTMLElement: FrameElement } = opened.view as Window & typeof globalThis;
    opened.view.customElements.define('later-card', class extends FrameElement {});
    await until(() => card.hasUpdated, 'hydrates once its parent is defined');
    expect(card.shadowRoot?.querySelectorAll('figure')).to.have.length(1);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    opened.iframe.remove();
  });

  it('loads nothing but the bundle on a page of plain snippets: no hydration module', async () => {
    const opened = await page(
      `${POINT}<pa-statement limit="3"></pa-statement><pa-statement-quote></pa-statement-quote>`,
    );
    await Promise.all(widgetsIn(opened.document).map((widget) => widget.updateComplete));
    await nextFrames(5);
    const scripts = opened.view.performance
      .getEntriesByType('resource')
      .map(({ name }) => new URL(name).pathname)
      .filter((path) => path.endsWith('.js') && !path.startsWith('/test/'));
    expect(scripts).to.deep.equal(['/cdn/pa-statement-widget.js']);
    opened.iframe.remove();
  });

  it('closes every message port it opens to give widgets a task of their own, on a page in any language', async () => {
    for (const lang of ['en', 'de']) {
      const opened = await page(
        `${POINT}${POINT}<pa-statement></pa-statement><pa-statement-quote></pa-statement-quote>`,
        {
          lang,
          head: '<script src="/test/fixtures/count-message-ports.js"></script>',
        },
      );
      await Promise.all(widgetsIn(opened.document).map((widget) => widget.updateComplete));
      await nextFrames(2);
      const { openedPorts, closedPorts } = opened.view as Window & {
        openedPorts: MessagePort[];
        closedPorts: Set<MessagePort>;
      };
      expect(openedPorts.length, `ports opened (${lang})`).to.be.at.least(8);
      expect(
        openedPorts.filter((port) => !closedPorts.has(port)),
        `ports left open (${lang})`,
      ).to.deep.equal([]);
      opened.iframe.remove();
    }
  });
});
