// The demo page and its embed-code builder: the snippet it writes, pasted into an empty page next to the
// built bundle, renders what the builder's preview shows.
import { expect } from '@open-wc/testing';
import { points } from '../src/content/statement.js';
import { defaultOptions, snippetOf, type EmbedOptions } from '../demo/snippet.js';

/** Loads `src` (or an `srcdoc` page) in a 800 px wide iframe and waits for `ready` to hold inside it. */
async function frame(source: { src?: string; srcdoc?: string }, ready: (window: Window) => boolean) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  Object.assign(iframe, source);
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const view = iframe.contentWindow as Window;
  for (let tries = 0; !ready(view); tries += 1) {
    if (tries > 200) throw new Error(`${source.src ?? 'srcdoc page'} did not get ready`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { iframe, view, document: iframe.contentDocument as Document };
}

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** What a reader sees of an element: its text, and the box and look of every part. */
function appearance(element: Element) {
  const view = element.ownerDocument.defaultView as Window;
  const host = element.getBoundingClientRect();
  return [element as HTMLElement, ...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part]') ?? [])].map(
    (part) => {
      const style = view.getComputedStyle(part);
      const box = part.getBoundingClientRect();
      return {
        part: part.getAttribute('part') ?? part.localName,
        // White space between tags differs (the bundle's templates are minified) and renders alike.
        // (The host's own text is the pasted fallback, which is not shown.)
        text: part === element ? '' : part.textContent?.replace(/\s+/g, ''),
        box:
          part.getClientRects().length === 0
            ? 'none'
            : [box.left - host.left, box.top - host.top, box.width, box.height].map(Math.round),
        // Fonts show in the boxes: family names of the default font differ between an empty page and an
        // `all: initial` box in WebKit while the text renders alike.
        look: [
          style.color,
          style.backgroundColor,
          style.fontSize,
          style.fontWeight,
          style.borderInlineStartColor,
          style.padding,
          // The chosen font: the custom property itself, since fonts render alike where one is missing.
          style.getPropertyValue('--pa-font-family'),
        ],
      };
    },
  );
}

describe('embed-code snippets', () => {
  const options = (changes: Partial<EmbedOptions>): EmbedOptions => ({ ...defaultOptions, ...changes });

  it('hold the script tag, the element with its attributes, the custom properties and verbatim fallback', () => {
    const snippet = snippetOf(options({ point: '7', excerpt: true, theme: 'dark', accent: '#b0002a' }));
    expect(snippet).to.contain('<script type="module" src="pa-statement-widget.js"></script>');
    expect(snippet).to.contain('<pa-statement-point point="7" excerpt theme="dark">');
    expect(snippet).to.contain('--pa-color-accent: #b0002a;');
    expect(snippet).to.contain('pa-statement-point:not(:defined)');
    expect(snippet).to.contain(`<p>${points[6].quote}</p>`);
  });

  it('give the full statement as fallback for <pa-statement>', () => {
    const snippet = snippetOf(options({ tag: 'pa-statement', numbered: true, highlight: '2' }));
    expect(snippet).to.contain('<pa-statement numbered highlight="2">');
    for (const point of points) expect(snippet).to.contain(`<li>${point.text}</li>`);
  });

  it('escape what an editor types', () => {
    const snippet = snippetOf(options({ href: 'https://example.org/?a=1&b="2"><script>', scriptUrl: 'x.js"><b>' }));
    expect(snippet).to.contain('href="https://example.org/?a=1&#38;b=&#34;2&#34;&#62;&#60;script&#62;"');
    expect(snippet).to.contain('src="x.js&#34;&#62;&#60;b&#62;"');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelector('pa-statement-point')?.getAttribute('href')).to.equal(
      'https://example.org/?a=1&b="2"><script>',
    );
  });
});

describe('the demo page', () => {
  const demoReady = (view: Window) =>
    Boolean(view.customElements?.get('pa-statement-quote') && view.document.querySelector('#code')?.textContent);

  it('passes axe', async () => {
    const demo = await frame({ src: '/demo/index.html' }, demoReady);
    const axeScript = demo.document.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    demo.document.head.append(axeScript);
    await new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
    const axe = (
      demo.view as Window & { axe: { run: (context: Document) => Promise<{ violations: { id: string }[] }> } }
    ).axe;
    const { violations } = await axe.run(demo.document);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    demo.iframe.remove();
  });

  for (const choice of [
    { tag: 'pa-statement-point', point: '9', excerpt: true, colours: true, font: 'Georgia, serif', shiftAllowed: 1 },
    // The copy buttons' width varies with each engine's fonts: a line of text may wrap differently.
    { tag: 'pa-statement', highlight: '3', numbered: true, theme: 'dark', shiftAllowed: 32 },
    { tag: 'pa-statement-quote', points: '4,7', interval: '12', theme: 'light', colours: true, shiftAllowed: 1 },
  ]) {
    it(`writes a ${choice.tag} snippet that renders, next to the bundle, what its preview shows`, async () => {
      const demo = await frame({ src: '/demo/index.html' }, demoReady);
      const form = demo.document.querySelector('#builder') as HTMLFormElement;
      for (const [name, value] of Object.entries(choice)) {
        const control = form.elements.namedItem(name) as HTMLInputElement | null;
        if (!control) continue;
        if (control.type === 'checkbox') control.checked = value === true;
        else control.value = String(value);
      }
      form.dispatchEvent(new Event('input'));
      const preview = demo.document.querySelector('#preview > *') as Rendered;
      await preview.updateComplete;
      const snippet = demo.document.querySelector('#code')?.textContent ?? '';
      expect(snippet).to.contain(`<${choice.tag}`);

      // The same page without the script first: what readers see before the element is defined.
      const before = await frame(
        { srcdoc: `<!doctype html><html><body>${snippet.replace(/<script[^>]*><\/script>/, '')}</body></html>` },
        () => true,
      );
      const fallbackHeight = before.document.querySelector(choice.tag)?.getBoundingClientRect().height ?? 0;
      before.iframe.remove();

      const pasted = await frame(
        {
          srcdoc: `<!doctype html><html><head><base href="${location.origin}/cdn/"></head><body>${snippet}</body></html>`,
        },
        (view) => Boolean(view.customElements?.get(choice.tag)),
      );
      const element = pasted.document.querySelector(choice.tag) as Rendered;
      await element.updateComplete;
      expect(appearance(element)).to.deep.equal(appearance(preview));
      const height = element.getBoundingClientRect().height;
      expect(Math.abs(height - fallbackHeight), 'no shift as the element takes over').to.be.at.most(
        choice.shiftAllowed,
      );
      demo.iframe.remove();
      pasted.iframe.remove();
    });
  }
});
