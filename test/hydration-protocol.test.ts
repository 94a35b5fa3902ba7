// The widgets among other code on a page: Lit's `defer-hydration` protocol (a parent, an island or a server-rendered
// shadow root wakes the widgets it holds), a partner's own Lit and its hydration support left as they were, a page
// of plain snippets that loads nothing but the bundle, and message ports closed after use.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nextFrames } from './helpers.js';
import {
  keptPrerenderedNodes,
  page,
  prerender,
  shadowPart,
  until,
  wake,
  widgetsIn,
  type Recording,
  type Widget,
} from './prerendered-pages.js';

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

  it('keeps widgets inside a deferred parent, an island or a server-rendered shadow root waiting for it', async () => {
    const { html: widget } = await prerender(POINT);
    const opened = await page(
      `<div defer-hydration>${widget}</div>` +
        `<is-land>${widget}</is-land>` +
        `<partner-card><template shadowrootmode="open">${widget}</template></partner-card>`,
    );
    const inParent = (opened.document.querySelector('partner-card')?.shadowRoot?.firstElementChild ??
      null) as Widget | null;
    const widgets = [...widgetsIn(opened.document), inParent as Widget];
    expect(widgets).to.have.length(3);
    // Input, sight and time do not wake them: their parents do.
    for (const point of widgets) {
      point.scrollIntoView();
      point.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    }
    await nextFrames(20);
    expect(widgets.map((point) => [point.hasAttribute('defer-hydration'), point.hasUpdated])).to.deep.equal([
      [true, false],
      [true, false],
      [true, false],
    ]);
    await wake(...widgets);
    for (const point of widgets) expect(shadowPart(point, 'position').textContent).to.equal('Point 4 of 11');
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
