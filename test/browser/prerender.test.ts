// Prerendered widgets (declarative shadow roots written by the prerenderer in Node, dist/prerender/) with the
// minified drop-in bundle: they show styled before any script runs, and stay as served until they are needed; then
// they hydrate in place, without a shift or a duplicated node. A shadow root that a CMS filter rewrote, or that is in
// another language, is rendered afresh as soon as the script runs.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { snippetOf } from '../../demo/embed-code/code.js';
import { defaultOptions } from '../../demo/embed-code/options.js';
import { TAGS } from '../../src/tag-names.js';
import { axeViolationsIn, driverEmulatesMedia, frame, nextFrames } from '../helpers.js';
import {
  boxOf,
  BUNDLE,
  close,
  keptPrerenderedNodes,
  NODES_BEFORE_THE_BUNDLE,
  page,
  prerender,
  RECORDER,
  shadowPart,
  shapeOf,
  shapesIn,
  shownPoints,
  until,
  wake,
  widgetsIn,
  type Page,
  type Recording,
  type Widget,
} from '../prerendered-pages.js';

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

const FAR_DOWN = '<div style="height: 3000px"></div>';

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
    it(`wait, then hydrate in place what the client renders: ${snippet}`, async () => {
      const { html, warnings } = await prerender(`${FAR_DOWN}${snippet}`);
      expect(warnings).to.deep.equal([]);
      const [prerendered, plain] = [await page(html), await page(snippet)];
      const [hydrated] = widgetsIn(prerendered.document);
      const [rendered] = widgetsIn(plain.document);
      await nextFrames(3);
      expect(hydrated.hasUpdated, 'not hydrated before it is needed').to.equal(false);
      await Promise.all([wake(hydrated), rendered.updateComplete]);
      expect(shapeOf(hydrated.shadowRoot as ShadowRoot)).to.equal(shapeOf(rendered.shadowRoot as ShadowRoot));
      expect(keptPrerenderedNodes(prerendered, hydrated), 'hydrated, not rendered again').to.equal(true);
      expect((prerendered.view as Recording).errors).to.deep.equal([]);
      close(prerendered, plain);
    });
  }

  it('show every element styled without JavaScript, in the box they keep once hydrated, with no shift', async () => {
    const { html } = await prerender(SNIPPETS.join('<p>Between the widgets.</p>'));
    const still = await page(html, { scripts: false });
    const live = await page(html);
    const boxesBefore = widgetsIn(still.document).map(boxOf);
    expect(boxesBefore.every(({ height }) => height > 40)).to.equal(true);
    expect(widgetsIn(still.document).every((widget) => widget.shadowRoot?.querySelector('[part]'))).to.equal(true);
    // Styled: the widget's own rules apply (its max-width, its buttons' borders).
    const button = widgetsIn(still.document)[3].shadowRoot?.querySelector('button') as HTMLElement;
    expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    expect(widgetsIn(live.document).map(boxOf)).to.deep.equal(boxesBefore);
    await wake(...widgetsIn(live.document).filter((widget) => !widget.hasUpdated));
    await nextFrames();
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
    const live = await page(html);
    const boxesBefore = widgetsIn(still.document).map(boxOf);
    await wake(...widgetsIn(live.document).filter((widget) => !widget.hasUpdated));
    await nextFrames();
    expect(widgetsIn(live.document).map(boxOf)).to.deep.equal(boxesBefore);
    expect((live.view as Recording).shifts, 'layout shifts').to.deep.equal([]);
    close(still, live);
  });

  it('hydrate when needed: near the viewport once the page is idle, far down on input or a change', async () => {
    const { html } = await prerender(
      `${ARTICLE_SNIPPETS}${FAR_DOWN}<pa-statement-point point="7"></pa-statement-point>`,
    );
    const opened = await page(html);
    const [statement, quote, point, far] = widgetsIn(opened.document);
    await until(() => [statement, quote, point].every((widget) => widget.hasUpdated), 'those in view hydrate');
    await nextFrames(10);
    expect(far.hasUpdated, 'far down, it waits as served').to.equal(false);
    // What a page's scripts set on any element (a scroll-reveal's class and style) does not wake it.
    far.classList.add('revealed');
    far.style.opacity = '1';
    await nextFrames(5);
    expect(far.hasUpdated, 'still waiting after class and style changed').to.equal(false);
    // A change it must show wakes it: its attribute, here.
    far.setAttribute('href', 'https://example.org/belarus');
    await until(() => far.hasUpdated, 'a changed point hydrates');
    await far.updateComplete;
    expect(shadowPart(far, 'link').getAttribute('href')).to.equal('https://example.org/belarus');
    // Those in view hydrated; the changed one, whose tree no longer shows its attributes, rendered afresh.
    expect([statement, quote, point, far].map((widget) => keptPrerenderedNodes(opened, widget))).to.deep.equal([
      true,
      true,
      true,
      false,
    ]);
    const { warnings, notes } = opened.view as Recording;
    expect(warnings).to.deep.equal([]);
    expect(notes).to.deep.equal([
      '<pa-statement-point>: rendered afresh, as the page changed it after it was server-rendered.',
    ]);
    close(opened);
  });

  it('do what the first click says: one click on "Show all" expands, one on Next changes the quote', async () => {
    const { html } = await prerender(`${FAR_DOWN}${ARTICLE_SNIPPETS}`);
    const opened = await page(html);
    const [statement, quote] = widgetsIn(opened.document);
    const changes: number[] = [];
    quote.addEventListener('pa-quote-change', (event) => changes.push((event as CustomEvent).detail.number));
    for (const [widget, control] of [
      [statement, 'toggle-button'],
      [quote, 'next-button'],
    ] as const) {
      const button = shadowPart(widget, control);
      button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      button.click();
      await until(() => widget.hasUpdated, `${widget.localName} hydrates`);
      await widget.updateComplete;
      await nextFrames(1);
      await widget.updateComplete;
    }
    expect(shadowPart(statement, 'toggle-button').getAttribute('aria-expanded')).to.equal('true');
    expect(shownPoints(statement)).to.equal(11);
    expect(changes).to.deep.equal([4]);
    expect(quote.shadowRoot?.querySelector('.current [part~="text"]')?.textContent).to.contain('torture');
    expect([statement, quote].every((widget) => keptPrerenderedNodes(opened, widget))).to.equal(true);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened);
  });

  it('do what the first clicks say while the hydration module is still on its way', async () => {
    const { html } = await prerender(`${FAR_DOWN}${ARTICLE_SNIPPETS}`);
    // Its hydrate.js comes 800 ms after the bundle (tools/test-env/slow-files.js).
    const opened = await page(html, { bundle: '/test/fixtures/slow-hydration/pa-statement-widget.js' });
    const [statement, quote] = widgetsIn(opened.document);
    const changes: number[] = [];
    quote.addEventListener('pa-quote-change', (event) => changes.push((event as CustomEvent).detail.number));
    shadowPart(statement, 'toggle-button').click();
    shadowPart(quote, 'next-button').click();
    await until(() => statement.hasUpdated && quote.hasUpdated, 'both hydrate');
    await until(() => changes.length > 0, 'the quote changes');
    await nextFrames(5);
    expect(shadowPart(statement, 'toggle-button').getAttribute('aria-expanded')).to.equal('true');
    expect(shownPoints(statement)).to.equal(11);
    expect(changes).to.deep.equal([4]);
    expect([statement, quote].every((widget) => keptPrerenderedNodes(opened, widget))).to.equal(true);
    close(opened);
  });

  it("let a link be followed as it is while the hydration module is on its way, the reader's modifier keys kept", async () => {
    const { html } = await prerender(`${FAR_DOWN}<pa-statement-point point="4" href="#read-on"></pa-statement-point>`);
    const opened = await page(html, { bundle: '/test/fixtures/slow-hydration/pa-statement-widget.js' });
    const [point] = widgetsIn(opened.document);
    await until(() => Boolean(opened.view.customElements.get('pa-statement-point')), 'the bundle has run');
    const clicks: MouseEvent[] = [];
    // The page sees the click as the reader made it, not cancelled (the listener cancels it: the frame stays).
    opened.view.addEventListener('click', (event) => {
      clicks.push(event);
      expect(event.defaultPrevented, 'a held link').to.equal(false);
      event.preventDefault();
    });
    const link = shadowPart(point, 'link');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(clicks.map((click) => click.ctrlKey)).to.deep.equal([true]);
    // Nor is it clicked again once the widget is live.
    point.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    await until(() => point.hasUpdated, 'the point hydrates');
    await point.updateComplete;
    await nextFrames(2);
    expect(clicks).to.have.length(1);
    close(opened);
  });

  it('print every point of a statement that waited, limited as it was prerendered, then show what it showed', async () => {
    const { html } = await prerender(`${FAR_DOWN}<pa-statement limit="3"></pa-statement>`);
    const opened = await page(html);
    const [statement] = widgetsIn(opened.document);
    const loaded = () => opened.view.performance.getEntriesByType('resource').some(({ name }) => /hydrate/.test(name));
    await until(loaded, 'the hydration module loads');
    await nextFrames(3);
    expect([statement.hasUpdated, shownPoints(statement)]).to.deep.equal([false, 3]);
    // The print layout follows the event and its microtasks: by the next task, every point must be there.
    opened.view.dispatchEvent(new Event('beforeprint'));
    await new Promise((resolve) => opened.view.setTimeout(resolve));
    expect(shownPoints(statement), 'before the print layout').to.equal(11);
    expect(keptPrerenderedNodes(opened, statement), 'hydrated, not rendered afresh').to.equal(true);
    opened.view.dispatchEvent(new Event('afterprint'));
    await statement.updateComplete;
    expect(shownPoints(statement)).to.equal(3);
    expect((opened.view as Recording).warnings).to.deep.equal([]);
    close(opened);
  });

  it('do what the first key press says, and keep the focus where the reader put it', async () => {
    const { html } = await prerender(`${FAR_DOWN}${ARTICLE_SNIPPETS}`);
    const opened = await page(html);
    const [statement] = widgetsIn(opened.document);
    const toggle = shadowPart(statement, 'toggle-button');
    opened.iframe.focus();
    toggle.focus({ preventScroll: true });
    await sendKeys({ press: 'Enter' });
    await until(() => statement.hasUpdated, 'the statement hydrates');
    await until(() => toggle.getAttribute('aria-expanded') === 'true', 'the key press expands it');
    await nextFrames(5);
    expect(toggle.getAttribute('aria-expanded'), 'expanded once, not toggled twice').to.equal('true');
    expect(shownPoints(statement)).to.equal(11);
    expect(statement.shadowRoot?.activeElement).to.equal(toggle);
    expect(keptPrerenderedNodes(opened, statement)).to.equal(true);
    close(opened);
  });

  it('work once hydrated: "Show all", copy link, rotation, Next, and a change of language', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const opened = await page(html);
    const [statement, quote, point] = widgetsIn(opened.document);
    await wake(statement, point);
    quote.scrollIntoView();
    await until(() => quote.hasUpdated, 'the quote in view hydrates');
    const toggle = shadowPart(statement, 'toggle-button');
    toggle.click();
    await statement.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shownPoints(statement)).to.equal(11);
    shadowPart(statement, 'copy-button').click();
    const status = shadowPart(statement, 'status');
    await until(() => status.textContent?.trim() !== '', 'the copy result');
    expect(status.textContent).to.match(/copied|could not|refused|#pa-point-solidarity-with-protesters/i);
    const changes: number[] = [];
    quote.addEventListener('pa-quote-change', (event) => changes.push((event as CustomEvent).detail.number));
    const rotation = shadowPart(quote, 'rotation-button');
    const labelBefore = rotation.getAttribute('aria-label');
    rotation.click();
    await quote.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.not.equal(labelBefore);
    shadowPart(quote, 'next-button').click();
    await quote.updateComplete;
    expect(changes).to.deep.equal([4]);
    expect(quote.shadowRoot?.querySelector('.current [part~="text"]')?.textContent).to.contain('torture');
    opened.document.documentElement.lang = 'de';
    await until(() => /Punkt 4 von 11/.test(point.shadowRoot?.textContent ?? ''), 'German');
    expect(shadowPart(point, 'position').textContent).to.equal('Punkt 4 von 11');
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened);
  });

  it('render afresh, unasked and noting why once, where the page is in another language than prerendered', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const [prerendered, plain] = [await page(html, { lang: 'de' }), await page(ARTICLE_SNIPPETS, { lang: 'de' })];
    const widgets = widgetsIn(prerendered.document);
    await until(() => widgets.every((widget) => widget.hasUpdated), 'all hydrate, unasked');
    await until(() => (prerendered.view as Recording).notes.length === 3, 'then render afresh, each noting why');
    await Promise.all([...widgets, ...widgetsIn(plain.document)].map((widget) => widget.updateComplete));
    expect(shapesIn(prerendered)).to.deep.equal(shapesIn(plain));
    expect(shadowPart(widgets[2], 'position').textContent).to.equal('Punkt 4 von 11');
    expect(widgets.some((widget) => keptPrerenderedNodes(prerendered, widget))).to.equal(false);
    const { errors, warnings, notes } = prerendered.view as Recording;
    expect(errors).to.deep.equal([]);
    // What the page asks for is no fault: a note, not a warning.
    expect(warnings).to.deep.equal([]);
    expect([...notes].sort()).to.deep.equal(
      ['pa-statement-point', 'pa-statement-quote', 'pa-statement'].map(
        (tag) => `<${tag}>: rendered afresh, as it was server-rendered in en and shows de.`,
      ),
    );
    close(prerendered, plain);
  });

  it('mix with plain widgets on one page that loads the bundle twice', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const mixed = `${html}<pa-statement-point point="7"></pa-statement-point>${ARTICLE_SNIPPETS}`;
    const [opened, plain] = [
      await page(mixed, { twice: true }),
      await page(`${ARTICLE_SNIPPETS}<pa-statement-point point="7"></pa-statement-point>${ARTICLE_SNIPPETS}`),
    ];
    const widgets = widgetsIn(opened.document);
    await wake(...widgets.filter((widget) => !widget.hasUpdated));
    await Promise.all(widgetsIn(plain.document).map((widget) => widget.updateComplete));
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
    expect(await axeViolationsIn(opened), 'before').to.deep.equal([]);
    const bundle = opened.document.createElement('script');
    bundle.type = 'module';
    bundle.src = BUNDLE;
    opened.document.body.append(bundle);
    await until(() => Boolean(opened.view.customElements.get('pa-statement')), 'the bundle runs');
    await wake(...widgetsIn(opened.document).filter((widget) => !widget.hasUpdated));
    expect(await axeViolationsIn(opened), 'after').to.deep.equal([]);
    close(opened);
  });

  it("apply the reader's reduced motion once hydrated: the quote stands still", async function () {
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { html } = await prerender('<pa-statement-quote points="2,4"></pa-statement-quote>');
      const opened = await page(html);
      const [quote] = widgetsIn(opened.document);
      quote.scrollIntoView();
      await until(() => quote.hasUpdated, 'the quote in view hydrates');
      await quote.updateComplete;
      const rotation = shadowPart(quote, 'rotation-button');
      expect(rotation.getAttribute('aria-label')).to.equal('Start automatic quote rotation');
      expect(shadowPart(quote, 'slides').getAttribute('aria-live')).to.equal('polite');
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
    const opened = await page(html);
    const widgets = widgetsIn(opened.document);
    await wake(...widgets.filter((widget) => !widget.hasUpdated));
    expect(widgets.every((widget) => keptPrerenderedNodes(opened, widget))).to.equal(true);
    close(opened);
  });

  it("render afresh at once, correctly and without an error, after WordPress's wpautop rewrote them", async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const filtered = await executeServerCommand<string, object>('wpautop', { html });
    // It wraps the lines of the shadow trees in paragraphs.
    expect(filtered).to.contain('<template shadowrootmode="open"></p>\n<style>');
    const [opened, plain] = [await page(filtered as string), await page(ARTICLE_SNIPPETS)];
    const widgets = widgetsIn(opened.document);
    await until(() => widgets.every((widget) => widget.hasUpdated), 'all render afresh unasked');
    await Promise.all([...widgets, ...widgetsIn(plain.document)].map((widget) => widget.updateComplete));
    expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
    expect(
      widgets.some((widget) => keptPrerenderedNodes(opened, widget)),
      'hydrated a changed tree',
    ).to.equal(false);
    const { errors, warnings } = opened.view as Recording;
    expect(errors).to.deep.equal([]);
    expect(
      warnings.filter((warning) => /changed after prerendering/.test(warning)),
      warnings.join('\n'),
    ).to.have.length(3);
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
    await until(
      () => boxOf(widgetsIn(still.document)[0]).height === boxOf(widgetsIn(reference.document)[0]).height,
      'the linked stylesheets apply',
    );
    expect(widgetsIn(still.document).map(boxOf)).to.deep.equal(widgetsIn(reference.document).map(boxOf));
    const live = await page(linked.html, { head: policy });
    const widgets = widgetsIn(live.document);
    await wake(...widgets.filter((widget) => !widget.hasUpdated));
    expect(widgets.map(boxOf)).to.deep.equal(widgetsIn(reference.document).map(boxOf));
    // Hydrated: a widget rendered afresh would have adopted its styles in place of the link.
    expect(widgets.every((widget) => widget.shadowRoot?.querySelector('link[rel="stylesheet"]'))).to.equal(true);
    expect(widgets.every((widget) => keptPrerenderedNodes(live, widget))).to.equal(true);
    const { errors, shifts } = live.view as Recording;
    expect(errors, 'errors and refusals by the policy').to.deep.equal([]);
    expect(shifts, 'layout shifts').to.deep.equal([]);
    close(still, reference, live);
  });

  it('are styled once the script runs though their inline <style> was refused, before they hydrate', async () => {
    const { html } = await prerender(`${FAR_DOWN}${ARTICLE_SNIPPETS}`);
    const refused = await page(html, { scripts: false, head: policy });
    const reference = await page(html, { scripts: false });
    const live = await page(html, { head: policy });
    const button = (opened: Page) => shadowPart(widgetsIn(opened.document)[0], 'toggle-button');
    expect(getComputedStyle(button(refused)).borderTopStyle, 'unstyled without the script').to.equal('outset');
    expect(getComputedStyle(button(live)).borderTopStyle).to.equal('solid');
    expect(widgetsIn(live.document).map(boxOf)).to.deep.equal(widgetsIn(reference.document).map(boxOf));
    expect(widgetsIn(live.document).map((widget) => widget.hasUpdated)).to.deep.equal([false, false, false]);
    close(refused, reference, live);
  });
});

describe('prerendered widgets in the browser, at the edges', () => {
  it('follow a #pa-point- address, and a statement waiting far down wakes for it', async () => {
    const { html } = await prerender(
      `<pa-statement limit="3"></pa-statement>${FAR_DOWN}<pa-statement limit="3"></pa-statement>`,
    );
    const path = await executeServerCommand<string, object>('serve-page', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}</head><body>${html}${NODES_BEFORE_THE_BUNDLE}<script type="module" src="${BUNDLE}"></script></body></html>`,
    });
    const opened = await frame({ src: `${path}#pa-point-9` }, (view) =>
      Boolean(view.customElements?.get('pa-statement')),
    );
    const statements = widgetsIn(opened.document);
    await until(() => statements.every((statement) => statement.hasUpdated), 'both statements hydrate');
    for (const statement of statements) {
      await statement.updateComplete;
      await statement.updateComplete;
      const marked = shadowPart(statement, 'highlighted');
      expect(marked?.id).to.equal('pa-point-9');
      const toggle = shadowPart(statement, 'toggle-button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      toggle.click();
      await statement.updateComplete;
      expect(shownPoints(statement)).to.equal(4);
    }
    expect(statements.every((statement) => keptPrerenderedNodes(opened, statement))).to.equal(true);
    close(opened);
  });

  it('show what a script set while they waited, not what was prerendered', async () => {
    const { html } = await prerender(`${FAR_DOWN}<pa-statement-point point="4"></pa-statement-point>`);
    const opened = await page(html);
    const [point] = widgetsIn(opened.document);
    point.setAttribute('point', '5');
    await until(() => point.hasUpdated, 'the changed point renders');
    await point.updateComplete;
    expect(shadowPart(point, 'position').textContent).to.equal('Point 5 of 11');
    expect(point.shadowRoot?.querySelectorAll('figure').length).to.equal(1);
    const { errors, warnings, notes } = opened.view as Recording;
    expect(errors).to.deep.equal([]);
    // The page changed it: a note, not a warning.
    expect(warnings).to.deep.equal([]);
    expect(notes).to.deep.equal([
      '<pa-statement-point>: rendered afresh, as the page changed it after it was server-rendered.',
    ]);
    close(opened);
  });

  it("end as their own verbatim selves once the script has run, where their text was edited or their templates are another version's", async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    // An editor's change to the statement, in a tree that carries nothing else to tell it by.
    const edited = html.replaceAll('There is no place for torture', 'There is no place for protest');
    expect(edited).not.to.equal(html);
    const otherTemplates = html.replace(/<!--lit-part [^-]+-->/g, '<!--lit-part AAAAAAAAAAA=-->');
    const plain = await page(ARTICLE_SNIPPETS);
    await Promise.all(widgetsIn(plain.document).map((widget) => widget.updateComplete));
    for (const [changed, warning] of [
      [
        edited,
        /^<pa-statement-(quote|point)>: rendered afresh, as its text was changed after prerendering: it read "…[^"]*place for protest[^"]*" where the statement reads "…[^"]*place for torture[^"]*"\.$/,
      ],
      [
        otherTemplates,
        /^<pa-statement(-quote|-point)?>: rendered afresh, as Lit could not hydrate it \(Hydration value mismatch/,
      ],
    ] as const) {
      const opened = await page(changed);
      const widgets = widgetsIn(opened.document);
      await until(() => widgets.every((widget) => widget.hasUpdated), 'all wake unasked');
      await until(() => (opened.view as Recording).warnings.length >= 2, 'those changed render afresh');
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
      expect(widgets.map((widget) => widget.shadowRoot?.textContent).join()).not.to.contain('place for protest');
      const { errors, warnings } = opened.view as Recording;
      expect(errors).to.deep.equal([]);
      expect(warnings.length, warnings.join('\n')).to.be.greaterThan(0);
      for (const message of warnings) expect(message).to.match(warning);
      close(opened);
    }
    close(plain);
  });

  it("keep the focus on the same control when Lit's hydration throws under it, and render afresh", async () => {
    const { html } = await prerender(`${FAR_DOWN}<pa-statement limit="3"></pa-statement>`);
    // Markers of other templates in a tree that reads the same: the check passes, Lit's hydration throws.
    const mismatched = html.replace(/<!--lit-part [^-]+-->/, '<!--lit-part AAAAAAAAAAA=-->');
    const opened = await page(mismatched);
    const [statement] = widgetsIn(opened.document);
    await nextFrames(3);
    expect(statement.hasUpdated, 'waiting far down').to.equal(false);
    opened.iframe.focus();
    shadowPart(statement, 'toggle-button').focus({ preventScroll: true });
    await until(() => statement.hasUpdated, 'the focus wakes it');
    await statement.updateComplete;
    const toggle = shadowPart(statement, 'toggle-button');
    expect(keptPrerenderedNodes(opened, statement), 'rendered afresh').to.equal(false);
    expect(statement.shadowRoot?.activeElement).to.equal(toggle);
    const { errors, warnings } = opened.view as Recording;
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^<pa-statement>: rendered afresh, as Lit could not hydrate it \(Hydration value mismatch/,
    );
    close(opened);
  });

  it('hydrate with the npm build too, which loads the hydration module beside it', async () => {
    const { html } = await prerender(ARTICLE_SNIPPETS);
    const plain = await page(ARTICLE_SNIPPETS);
    const opened = await page(html, { bundle: '/dist/all.js' });
    const widgets = widgetsIn(opened.document);
    await wake(...widgets.filter((widget) => !widget.hasUpdated));
    expect(shapesIn(opened)).to.deep.equal(shapesIn(plain));
    expect(widgets.map((widget) => keptPrerenderedNodes(opened, widget))).to.deep.equal([true, true, true]);
    expect((opened.view as Recording).errors).to.deep.equal([]);
    close(opened, plain);
  });

  it('stop the quote when keyboard focus wakes it, as the carousel pattern asks', async () => {
    const { html } = await prerender(`${FAR_DOWN}<pa-statement-quote></pa-statement-quote>`);
    const opened = await page(html);
    const [quote] = widgetsIn(opened.document);
    const rotation = shadowPart(quote, 'rotation-button');
    expect(rotation.getAttribute('aria-label')).to.equal('Stop automatic quote rotation');
    opened.iframe.focus();
    rotation.focus({ preventScroll: true });
    await until(() => quote.hasUpdated, 'the focus wakes it');
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
      `${FAR_DOWN}<pa-statement-point point="4" rendered defer-hydration></pa-statement-point>`,
    );
    const [point] = widgetsIn(opened.document);
    await until(() => point.hasUpdated, 'it renders');
    await point.updateComplete;
    expect(shadowPart(point, 'position').textContent).to.equal('Point 4 of 11');
    close(opened);
  });
});
