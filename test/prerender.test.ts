// Prerendered widgets (declarative shadow roots written by the prerenderer in Node, dist/prerender/) with the
// minified drop-in bundle: they show styled before any script runs, then hydrate in place, without a shift or a
// duplicated node, as they come near; a shadow root that a CMS filter rewrote, or that is in another language, is
// rendered afresh instead.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { defaultOptions, snippetOf, TAGS } from '../demo/snippet.js';
import { driverEmulatesMedia, frame, nextFrames } from './helpers.js';

interface Prerendered {
  html: string;
  warnings: string[];
}
const prerender = (html: string, options?: object) =>
  executeServerCommand<Prerendered, object>('prerender', { html, options }) as Promise<Prerendered>;

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
type Page = Awaited<ReturnType<typeof frame>>;
type Recording = Window & { errors: string[]; shifts: number[]; firstNodes: Node[] };

const BUNDLE = '/cdn/pa-statement-widget.js';

/** Loaded before any widget (a file, so that pages under a strict policy run it too): errors and layout shifts. */
const RECORDER = '<script src="/test/fixtures/page-recorder.js"></script>';

/** Loaded after the widgets and before the bundle: the first node of each prerendered shadow root. */
const NODES_BEFORE_THE_BUNDLE = '<script src="/test/fixtures/record-first-nodes.js"></script>';

interface PageOptions {
  /** Loads the bundle (default) or nothing: a frame that runs no script at all. */
  scripts?: boolean;
  lang?: string;
  head?: string;
  /** Loads the bundle twice, under two addresses, as a page with `?ver=` appended by a CMS would. */
  twice?: boolean;
  /** Ready once the bundle has run, rather than once every widget has rendered: some wait to come into view. */
  scrolling?: boolean;
  /** What defines the elements: the drop-in bundle, or a module of the npm build. */
  bundle?: string;
}

/** A page of `body`; with scripts, ready once every widget in it has rendered. */
async function page(
  body: string,
  { scripts = true, lang = 'en', head = '', twice = false, scrolling = false, bundle = BUNDLE }: PageOptions = {},
) {
  const bundles = scripts
    ? [
        NODES_BEFORE_THE_BUNDLE,
        ...[bundle, ...(twice ? [`${bundle}?ver=1`] : [])].map((src) => `<script type="module" src="${src}"></script>`),
      ]
    : [];
  const srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${scripts ? RECORDER : ''}${head}</head><body>${body}${bundles.join('')}</body></html>`;
  const ready = (view: Window) =>
    !scripts ||
    (Boolean(view.customElements?.get('pa-statement-quote')) &&
      (scrolling || widgetsIn(view.document).every((widget) => widget.hasUpdated)));
  return frame(scripts ? { srcdoc } : { srcdoc, sandbox: 'allow-same-origin' }, ready);
}

const widgetsIn = (document: Document) => [
  ...document.querySelectorAll<Widget>('pa-statement, pa-statement-point, pa-statement-quote'),
];

/** A shadow tree as readers get it: elements with their attributes, and text; no comments, no styles. */
function shapeOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const element = node as Element;
  if (element.localName === 'style' || element.localName === 'link') return '';
  const inner = [...node.childNodes].map(shapeOf).join('').replace(/\s+/g, ' ');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return inner.trim();
  const attributes = [...element.attributes].map(({ name, value }) => `${name}="${value}"`).sort();
  return `<${element.localName} ${attributes.join(' ')}>${inner}</${element.localName}>`;
}

const boxOf = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width: Math.round(width), height: Math.round(height) };
};

const close = (...pages: Page[]) => pages.forEach((opened) => opened.iframe.remove());

/** Brings each widget of the page that still waits into view, and waits for it to render. */
async function scrollToEach(opened: Page): Promise<Widget[]> {
  for (const widget of widgetsIn(opened.document)) {
    if (widget.hasUpdated) continue;
    widget.scrollIntoView();
    for (let frames = 0; !widget.hasUpdated && frames < 60; frames += 1) await nextFrames(1);
    await widget.updateComplete;
  }
  return widgetsIn(opened.document);
}

/** Each widget's shadow tree as `shapeOf` reads it. */
const shapesIn = (opened: Page) => widgetsIn(opened.document).map((widget) => shapeOf(widget.shadowRoot as ShadowRoot));

/** Whether `widget`'s shadow tree still holds the node the prerenderer wrote: hydrated, not rendered afresh. */
const keptPrerenderedNodes = (opened: Page, widget: Widget) =>
  (opened.view as Recording).firstNodes.includes(widget.shadowRoot?.querySelector('[part]') as Node);

/** The three elements, with their fallback content, as a builder writes them. */
const ARTICLE_SNIPPETS = `<pa-statement limit="3">
  <h2>Progressive Alliance statement on Belarus</h2>
  <ol lang="en">
    <li><p>Fallback point</p></li>
  </ol>
</pa-statement>
<p>A paragraph of the article.</p>
<pa-statement-quote points="2,4">
  <figure>
    <blockquote lang="en"><p>Fallback quote</p></blockquote>
  </figure>
</pa-statement-quote>
<pa-statement-point point="4" excerpt>
  <blockquote lang="en"><p>Fallback point</p></blockquote>
</pa-statement-point>`;

// Every element with each of its documented options, in English and in German.
const SNIPPETS = [
  '<pa-statement-point point="4"><blockquote><p>Fallback text</p></blockquote></pa-statement-point>',
  '<pa-statement-point point="torture" excerpt href="https://example.org/statement" theme="dark"></pa-statement-point>',
  '<pa-statement-point point="9" lang="de"></pa-statement-point>',
  '<pa-statement></pa-statement>',
  '<pa-statement numbered limit="3" highlight="7" heading-level="3" href="https://example.org/statement" theme="light"></pa-statement>',
  '<pa-statement limit="2" lang="ru"></pa-statement>',
  '<pa-statement-quote><p>Fallback text</p></pa-statement-quote>',
  '<pa-statement-quote points="2,4,russia" full interval="12" label="Belarus" href="https://example.org/s" theme="auto"></pa-statement-quote>',
  '<pa-statement-quote points="4,7" lang="de"></pa-statement-quote>',
];

describe('prerendered widgets', () => {
  for (const snippet of SNIPPETS) {
    it(`hydrate in place what the client renders: ${snippet}`, async () => {
      const { html, warnings } = await prerender(snippet);
      expect(warnings).to.deep.equal([]);
      const [prerendered, plain] = [await page(html), await page(snippet)];
      const [hydrated] = widgetsIn(prerendered.document);
      const [rendered] = widgetsIn(plain.document);
      await Promise.all([hydrated.updateComplete, rendered.updateComplete]);
      expect(shapeOf(hydrated.shadowRoot as ShadowRoot)).to.equal(shapeOf(rendered.shadowRoot as ShadowRoot));
      const { errors } = prerendered.view as Recording;
      expect(keptPrerenderedNodes(prerendered, hydrated), 'hydrated, not rendered again').to.equal(true);
      expect(hydrated.hasAttribute('defer-hydration')).to.equal(false);
      expect(errors).to.deep.equal([]);
      close(prerendered, plain);
    });
  }

  it('show every element styled without JavaScript, in the box they keep once hydrated, with no shift', async () => {
    const { html } = await prerender(SNIPPETS.join('<p>Between the widgets.</p>'));
    const still = await page(html, { scripts: false });
    const live = await page(html, { scrolling: true });
    const boxesBefore = widgetsIn(still.document).map(boxOf);
    expect(boxesBefore.every(({ height }) => height > 40)).to.equal(true);
    expect(widgetsIn(still.document).every((widget) => widget.shadowRoot?.querySelector('[part]'))).to.equal(true);
    // Styled: the widget's own rules apply (its max-width, its buttons' borders).
    const button = widgetsIn(still.document)[3].shadowRoot?.querySelector('button') as HTMLElement;
    expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    // Those below the fold wait for the reader; scrolled to, each hydrates.
    const waiting = widgetsIn(live.document).filter((widget) => widget.hasAttribute('defer-hydration'));
    expect(waiting.length).to.be.greaterThan(3);
    for (const widget of waiting) {
      widget.scrollIntoView();
      await nextFrames(3);
      await widget.updateComplete;
      expect(widget.hasUpdated, widget.outerHTML.slice(0, 60)).to.equal(true);
    }
    expect(widgetsIn(live.document).map(boxOf)).to.deep.equal(boxesBefore);
    const { shifts, errors } = live.view as Recording;
    expect(shifts, 'layout shifts').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    // Nothing twice: the fallback stays out of view beside a shadow root, which holds what it held before the script.
    const before = widgetsIn(still.document);
    widgetsIn(live.document).forEach((widget, index) => {
      expect(widget.innerText.trim()).to.equal('');
      expect(shapeOf(widget.shadowRoot as ShadowRoot)).to.equal(shapeOf(before[index].shadowRoot as ShadowRoot));
    });
    close(still, live);
  });

  it("keep the builder's snippets, their fallback rules included, still when the script takes over", async () => {
    const snippets = TAGS.map((tag) =>
      snippetOf({ ...defaultOptions, tag, limit: '3', scriptUrl: BUNDLE }).replace(/<script[^>]*><\/script>/, ''),
    );
    const { html } = await prerender(snippets.join('\n'));
    const still = await page(html, { scripts: false });
    const live = await page(html, { scrolling: true });
    const boxesBefore = widgetsIn(still.document).map(boxOf);
    await scrollToEach(live);
    await nextFrames();
    expect(widgetsIn(live.document).map(boxOf)).to.deep.equal(boxesBefore);
    expect((live.view as Recording).shifts, 'layout shifts').to.deep.equal([]);
    close(still, live);
  });

  it('hydrate far from the viewport only when the reader comes near, or presses or focuses one', async () => {
    const { html } = await prerender(
      `<div style="height: 3000px"></div>${ARTICLE_SNIPPETS}<div style="height: 3000px"></div>`,
    );
    const opened = await page(html, { scrolling: true });
    await nextFrames(3);
    const [statement, quote, point] = widgetsIn(opened.document);
    expect([statement, quote, point].map((widget) => widget.hasAttribute('defer-hydration'))).to.deep.equal([
      true,
      true,
      true,
    ]);
    const toggle = statement.shadowRoot?.querySelector('[part~="toggle-button"]') as HTMLButtonElement;
    toggle.focus({ preventScroll: true });
    expect(statement.hasAttribute('defer-hydration'), 'woken by the focus').to.equal(false);
    await statement.updateComplete;
    toggle.click();
    await statement.updateComplete;
    expect(statement.shadowRoot?.querySelectorAll('[part~="point"]:not([hidden])').length).to.equal(11);
    const next = quote.shadowRoot?.querySelector('[part~="next-button"]') as HTMLElement;
    next.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(quote.hasAttribute('defer-hydration'), 'woken by the press').to.equal(false);
    await quote.updateComplete;
    expect(point.hasAttribute('defer-hydration'), 'the point further down still waits').to.equal(true);
    point.scrollIntoView();
    for (let frames = 0; !point.hasUpdated && frames < 60; frames += 1) await nextFrames(1);
    expect(point.hasUpdated).to.equal(true);
    expect([statement, quote, point].every((widget) => keptPrerenderedNodes(opened, widget))).to.equal(true);
    close(opened);
  });

  it('work once hydrated: "Show all", copy link, rotation, Next, and a change of language', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const opened = await page(html, { scrolling: true });
    const [statement, quote, point] = await scrollToEach(opened);
    const toggle = statement.shadowRoot?.querySelector('[part~="toggle-button"]') as HTMLButtonElement;
    toggle.click();
    await statement.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(statement.shadowRoot?.querySelectorAll('[part~="point"]:not([hidden])').length).to.equal(11);
    (statement.shadowRoot?.querySelector('[part~="copy-button"]') as HTMLButtonElement).click();
    const status = statement.shadowRoot?.querySelector('[part~="status"]') as HTMLElement;
    for (let tries = 0; status.textContent?.trim() === '' && tries < 100; tries += 1) await nextFrames(1);
    expect(status.textContent).to.match(/copied|could not|#pa-point-solidarity-with-protesters/i);
    const changes: number[] = [];
    quote.addEventListener('pa-quote-change', (event) => changes.push((event as CustomEvent).detail.number));
    const rotation = quote.shadowRoot?.querySelector('[part~="rotation-button"]') as HTMLButtonElement;
    const labelBefore = rotation.getAttribute('aria-label');
    rotation.click();
    await quote.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.not.equal(labelBefore);
    (quote.shadowRoot?.querySelector('[part~="next-button"]') as HTMLButtonElement).click();
    await quote.updateComplete;
    expect(changes).to.deep.equal([4]);
    expect(quote.shadowRoot?.querySelector('.current [part~="text"]')?.textContent).to.contain('torture');
    opened.document.documentElement.lang = 'de';
    for (let tries = 0; !/Punkt 4 von 11/.test(point.shadowRoot?.textContent ?? '') && tries < 100; tries += 1) {
      await nextFrames(1);
    }
    expect(point.shadowRoot?.querySelector('[part~="position"]')?.textContent).to.equal('Punkt 4 von 11');
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened);
  });

  it('render afresh where the page is in another language than the prerendered one', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const [prerendered, plain] = [
      await page(html, { lang: 'de', scrolling: true }),
      await page(ARTICLE_SNIPPETS, { lang: 'de', scrolling: true }),
    ];
    const widgets = await scrollToEach(prerendered);
    await scrollToEach(plain);
    expect(shapesIn(prerendered)).to.deep.equal(shapesIn(plain));
    expect(widgets[2].shadowRoot?.querySelector('[part~="position"]')?.textContent).to.equal('Punkt 4 von 11');
    expect(widgets.some((widget) => keptPrerenderedNodes(prerendered, widget))).to.equal(false);
    expect((prerendered.view as Recording).errors).to.deep.equal([]);
    close(prerendered, plain);
  });

  it('mix with plain widgets on one page that loads the bundle twice', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const mixed = `${html}<pa-statement-point point="7"></pa-statement-point>${ARTICLE_SNIPPETS}`;
    const [opened, plain] = [
      await page(mixed, { twice: true, scrolling: true }),
      await page(`${ARTICLE_SNIPPETS}<pa-statement-point point="7"></pa-statement-point>${ARTICLE_SNIPPETS}`, {
        scrolling: true,
      }),
    ];
    const widgets = await scrollToEach(opened);
    await scrollToEach(plain);
    expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
    expect(widgets.map((widget) => keptPrerenderedNodes(opened, widget))).to.deep.equal([
      ...[true, true, true],
      ...[false, false, false, false],
    ]);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened, plain);
  });

  it('pass axe before and after hydration', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const opened = await frame(
      { srcdoc: `<!doctype html><html lang="en"><title>Article</title><main><h1>Article</h1>${html}</main>` },
      () => true,
    );
    type Axe = { run: (context: Document) => Promise<{ violations: { id: string }[] }> };
    const axeScript = opened.document.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    opened.document.head.append(axeScript);
    await new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
    const { axe } = opened.view as Window & { axe: Axe };
    const before = await axe.run(opened.document);
    expect(before.violations.map((violation) => violation.id)).to.deep.equal([]);
    const bundle = opened.document.createElement('script');
    bundle.type = 'module';
    bundle.src = BUNDLE;
    opened.document.body.append(bundle);
    const widgets = await (async () => {
      while (!opened.view.customElements.get('pa-statement')) await nextFrames(1);
      return scrollToEach(opened);
    })();
    expect(widgets.every((widget) => widget.hasUpdated)).to.equal(true);
    const after = await axe.run(opened.document);
    expect(after.violations.map((violation) => violation.id)).to.deep.equal([]);
    close(opened);
  });

  it("apply the reader's reduced motion once hydrated: the quote stands still", async function () {
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { html } = await prerender('<pa-statement-quote points="2,4"></pa-statement-quote>');
      const opened = await page(html);
      const [quote] = widgetsIn(opened.document);
      await quote.updateComplete;
      const rotation = quote.shadowRoot?.querySelector('[part~="rotation-button"]') as HTMLElement;
      expect(rotation.getAttribute('aria-label')).to.equal('Start automatic quote rotation');
      expect(quote.shadowRoot?.querySelector('[part~="slides"]')?.getAttribute('aria-live')).to.equal('polite');
      expect(keptPrerenderedNodes(opened, quote)).to.equal(true);
      close(opened);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('prerendered snippets pasted into a CMS', () => {
  it('hydrate as pasted into a custom-HTML block, which changes nothing', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const opened = await page(html, { scrolling: true });
    const widgets = await scrollToEach(opened);
    expect(widgets.every((widget) => keptPrerenderedNodes(opened, widget))).to.equal(true);
    close(opened);
  });

  it("render afresh, correctly and without an error, after WordPress's wpautop rewrote the shadow roots", async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const filtered = await executeServerCommand<string, object>('wpautop', { html });
    // It wraps the lines of the shadow trees in paragraphs.
    expect(filtered).to.match(/<template shadowrootmode="open"><!--pa-statement-widget [\d.]+ en en /);
    expect(filtered).to.contain('</p>\n<style>');
    const [opened, plain] = [
      await page(filtered as string, { scrolling: true }),
      await page(ARTICLE_SNIPPETS, { scrolling: true }),
    ];
    const widgets = await scrollToEach(opened);
    await scrollToEach(plain);
    expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
    expect(
      widgets.some((widget) => keptPrerenderedNodes(opened, widget)),
      'hydrated a changed tree',
    ).to.equal(false);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened, plain);
  });
});

describe('widgets another server renderer prerendered', () => {
  it('render afresh, as their tree carries no marker to check it by, without an error', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const unmarked = html.replace(/<!--pa-statement-widget [^>]*-->/g, '').replace(/ rendered defer-hydration/g, '');
    const [opened, plain] = [
      await page(unmarked, { scrolling: true }),
      await page(ARTICLE_SNIPPETS, { scrolling: true }),
    ];
    const widgets = await scrollToEach(opened);
    await scrollToEach(plain);
    expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
    expect(widgets.some((widget) => keptPrerenderedNodes(opened, widget))).to.equal(false);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened, plain);
  });
});

describe('prerendered widgets on a page whose policy refuses inline styles', () => {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src ${location.origin}">`;

  it('are styled from the linked stylesheets, before and after hydration, in the boxes of inline styles', async () => {
    const linked = await prerender(ARTICLE_SNIPPETS, { stylesheets: `${location.origin}/cdn/` });
    expect(linked.html).to.contain(`<link rel="stylesheet" href="${location.origin}/cdn/pa-statement-quote.css">`);
    expect(linked.html).to.not.contain('<style>');
    const inline = await prerender(ARTICLE_SNIPPETS);
    const still = await page(linked.html, { scripts: false, head: policy });
    const reference = await page(inline.html, { scripts: false });
    // Stylesheets load on their own; the widgets' boxes must then be those the inline styles give.
    for (
      let frames = 0;
      frames < 100 && boxOf(widgetsIn(still.document)[0]).height !== boxOf(widgetsIn(reference.document)[0]).height;
      frames += 1
    ) {
      await nextFrames(1);
    }
    expect(widgetsIn(still.document).map(boxOf)).to.deep.equal(widgetsIn(reference.document).map(boxOf));
    const live = await page(linked.html, { head: policy, scrolling: true });
    const widgets = await scrollToEach(live);
    expect(widgets.map(boxOf)).to.deep.equal(widgetsIn(reference.document).map(boxOf));
    // Hydrated: a widget rendered afresh would have adopted its styles in place of the link.
    expect(widgets.every((widget) => widget.shadowRoot?.querySelector('link[rel="stylesheet"]'))).to.equal(true);
    expect(widgets.every((widget) => keptPrerenderedNodes(live, widget))).to.equal(true);
    const { errors, shifts } = live.view as Recording;
    expect(errors, 'errors and refusals by the policy').to.deep.equal([]);
    expect(shifts, 'layout shifts').to.deep.equal([]);
    close(still, reference, live);
  });
});

describe('prerendered widgets in the browser, at the edges', () => {
  it('follow a #pa-point- address once hydrated, and a statement waiting far down wakes for it', async () => {
    const { html } = await prerender(
      `<pa-statement limit="3"></pa-statement><div style="height: 3000px"></div><pa-statement limit="3"></pa-statement>`,
    );
    const path = await executeServerCommand<string, object>('serve-page', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}</head><body>${html}${NODES_BEFORE_THE_BUNDLE}<script type="module" src="${BUNDLE}"></script></body></html>`,
    });
    const opened = await frame({ src: `${path}#pa-point-9` }, (view) =>
      Boolean(view.customElements?.get('pa-statement')),
    );
    const statements = widgetsIn(opened.document);
    for (let frames = 0; !statements.every((statement) => statement.hasUpdated) && frames < 60; frames += 1) {
      await nextFrames(1);
    }
    for (const statement of statements) {
      await statement.updateComplete;
      const marked = statement.shadowRoot?.querySelector('[part~="highlighted"]') as HTMLElement;
      expect(marked?.id).to.equal('pa-point-9');
      expect(marked.hidden).to.equal(false);
      const toggle = statement.shadowRoot?.querySelector('[part~="toggle-button"]') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      toggle.click();
      await statement.updateComplete;
      expect(statement.shadowRoot?.querySelectorAll('[part~="point"]:not([hidden])').length).to.equal(4);
    }
    expect(statements.every((statement) => keptPrerenderedNodes(opened, statement))).to.equal(true);
    close(opened);
  });

  it('show what a script set while they waited, not what was prerendered', async () => {
    const { html } = await prerender(
      '<div style="height: 3000px"></div><pa-statement-point point="4"></pa-statement-point>',
    );
    const opened = await page(html, { scrolling: true });
    const [point] = widgetsIn(opened.document);
    point.setAttribute('point', '5');
    await scrollToEach(opened);
    expect(point.shadowRoot?.querySelector('[part~="position"]')?.textContent).to.equal('Point 5 of 11');
    expect(point.shadowRoot?.querySelectorAll('figure').length).to.equal(1);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened);
  });

  it('render afresh a snippet of another version, or one whose templates do not fit, without an error', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const otherVersion = html.replace(/<!--pa-statement-widget [\d.]+ /g, '<!--pa-statement-widget 0.0.1 ');
    const otherTemplates = html.replace(/<!--lit-part [^-]+-->/g, '<!--lit-part AAAAAAAAAAA=-->');
    const plain = await page(ARTICLE_SNIPPETS, { scrolling: true });
    await scrollToEach(plain);
    for (const changed of [otherVersion, otherTemplates]) {
      const opened = await page(changed, { scrolling: true });
      const widgets = await scrollToEach(opened);
      expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
      expect(widgets.some((widget) => keptPrerenderedNodes(opened, widget))).to.equal(false);
      expect((opened.view as Recording).errors).to.deep.equal([]);
      close(opened);
    }
    close(plain);
  });

  it("render afresh with the npm build alone, and hydrate with it after Lit's hydration support", async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const plain = await page(ARTICLE_SNIPPETS, { scrolling: true });
    await scrollToEach(plain);
    for (const [bundle, hydrated] of [
      ['/dist/all.js', false],
      ['/dist/bundle.js', true],
    ] as const) {
      const opened = await page(html, { scrolling: true, bundle });
      const widgets = await scrollToEach(opened);
      expect(shapesIn(opened), bundle).to.deep.equal(shapesIn(plain));
      expect(
        widgets.map((widget) => keptPrerenderedNodes(opened, widget)),
        bundle,
      ).to.deep.equal([hydrated, hydrated, hydrated]);
      expect((opened.view as Recording).errors).to.deep.equal([]);
      close(opened);
    }
    close(plain);
  });

  it('stop the quote when keyboard focus wakes it, as the carousel pattern asks', async () => {
    const { html } = await prerender('<div style="height: 3000px"></div><pa-statement-quote></pa-statement-quote>');
    const opened = await page(html, { scrolling: true });
    const [quote] = widgetsIn(opened.document);
    const rotation = quote.shadowRoot?.querySelector('[part~="rotation-button"]') as HTMLButtonElement;
    expect(rotation.getAttribute('aria-label')).to.equal('Stop automatic quote rotation');
    rotation.focus({ preventScroll: true });
    await quote.updateComplete;
    await quote.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.equal('Start automatic quote rotation');
    expect(keptPrerenderedNodes(opened, quote)).to.equal(true);
    close(opened);
  });

  it('wait for the parser to finish a shadow root it is still writing when the bundle runs', async () => {
    const opened = await frame({ src: '/test/streamed-prerendered-quote.html' }, (view) =>
      Boolean((view.document.querySelector('pa-statement-quote') as Widget | null)?.hasUpdated),
    );
    const [quote] = widgetsIn(opened.document);
    expect(quote.shadowRoot?.querySelectorAll('[part~="carousel"]').length).to.equal(1);
    expect(quote.shadowRoot?.querySelectorAll('[part~="slide"]').length).to.equal(11);
    close(opened);
  });

  it('render at once where the browser attached no declarative shadow root', async () => {
    // As in a browser without declarative shadow DOM, or in a clone of a template's content.
    const opened = await page(
      '<div style="height: 3000px"></div><pa-statement-point point="4" rendered defer-hydration></pa-statement-point>',
    );
    const [point] = widgetsIn(opened.document);
    expect(point.shadowRoot?.querySelector('[part~="position"]')?.textContent).to.equal('Point 4 of 11');
    close(opened);
  });
});
