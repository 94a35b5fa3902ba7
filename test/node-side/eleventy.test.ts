// A front-end developer's Eleventy site (Eleventy 3.1.8 with Lit's @lit-labs/eleventy-plugin-lit 1.0.6, the package
// installed from its packed tarball, tools/test-env/eleventy-site.js): Lit's own server rendering, which writes no
// `defer-hydration` and no `rendered`. The bundle hydrates it: the server's nodes stay, live.
import { expect } from '@open-wc/testing';
import { frame, untilDone } from '../helpers.js';
import {
  close,
  keptPrerenderedNodes,
  page,
  shadowPart,
  shapesIn,
  until,
  widgetsIn,
  type Recording,
} from '../prerendered-pages.js';

describe('an Eleventy site with Lit’s plugin', function () {
  this.timeout(120000);

  it('shows the widgets before the script, and the bundle hydrates them, keeping the server’s nodes', async () => {
    const address = await untilDone<string>('eleventy-site');
    const opened = await frame({ src: address }, (view) => Boolean(view.customElements?.get('pa-statement-quote')));
    const widgets = widgetsIn(opened.document);
    expect(widgets.map((widget) => widget.localName)).to.deep.equal([
      'pa-statement',
      'pa-statement-point',
      'pa-statement-quote',
    ]);
    // Lit's own output: a declarative shadow root, and no attribute of this package's prerenderer.
    for (const widget of widgets) expect(widget.hasAttribute('defer-hydration')).to.equal(false);
    await until(() => widgets.every((widget) => widget.hasUpdated), 'the widgets hydrate');
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => keptPrerenderedNodes(opened, widget))).to.deep.equal([true, true, true]);
    const plain = await page(
      '<pa-statement limit="3"></pa-statement><pa-statement-point point="4" excerpt></pa-statement-point><pa-statement-quote points="2,4"></pa-statement-quote>',
    );
    await Promise.all(widgetsIn(plain.document).map((widget) => widget.updateComplete));
    expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
    // Live: "Show all" expands.
    shadowPart(widgets[0], 'toggle-button').click();
    await widgets[0].updateComplete;
    expect(widgets[0].shadowRoot?.querySelectorAll('[part~="point"]')).to.have.length(11);
    const { errors, warnings } = opened.view as Recording;
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    close(opened, plain);
  });
});
