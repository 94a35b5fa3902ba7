// The demo page and its embed-code builder, as the site build publishes it: the snippet it writes, pasted into an
// empty page, renders what the builder's preview shows, with its layout rules inline or linked.
import { expect } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';
import { scriptAddressProblem } from '../../demo/embed-code/checks.js';
import { snippetOf } from '../../demo/embed-code/code.js';
import { defaultOptions, type EmbedOptions } from '../../demo/embed-code/options.js';
import { axeViolationsIn, frame, nextFrames, openBuilder } from '../helpers.js';

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
  const hosted = 'https://widget.example/v0.1.0/pa-statement-widget.js';
  const options = (changes: Partial<EmbedOptions>): EmbedOptions => ({
    ...defaultOptions,
    scriptUrl: hosted,
    ...changes,
  });

  it('hold the script tag, the element with its attributes, the custom properties and verbatim fallback', () => {
    const snippet = snippetOf(options({ point: '7', excerpt: true, theme: 'dark', accent: '#b0002a' }));
    expect(snippet).to.contain(`<script type="module" src="${hosted}"></script>`);
    expect(snippet).to.contain('<pa-statement-point point="7" excerpt theme="dark">');
    expect(snippet).to.contain('--pa-color-accent: #b0002a;');
    expect(snippet).to.contain('pa-statement-point:not([rendered])');
    expect(snippet).to.contain(`<p>${points[6].quote}</p>`);
  });

  it('give the full statement as fallback for <pa-statement>', () => {
    const snippet = snippetOf(options({ tag: 'pa-statement', numbered: true, highlight: '2' }));
    expect(snippet).to.contain('<pa-statement numbered highlight="2">');
    expect(snippet).to.contain(`<li value="2" aria-current="true"><p>${points[1].text}</p></li>`);
    for (const point of points) expect(snippet).to.contain(`<p>${point.text}</p></li>`);
  });

  it('put the points beyond the limit behind "Show all", which works without JavaScript', () => {
    const snippet = snippetOf(options({ tag: 'pa-statement', limit: '2', highlight: '7' }));
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const texts = (selector: string) => [...parsed.querySelectorAll(selector)].map((item) => item.textContent);
    expect(texts('pa-statement > ol > li')).to.deep.equal([points[0].text, points[1].text, points[6].text]);
    expect(texts('summary')).to.deep.equal(['Show all 11 points']);
    expect(texts('details > ol > li')).to.deep.equal(
      [3, 4, 5, 6, 8, 9, 10, 11].map((number) => points[number - 1].text),
    );
  });

  it('give every quote of the rotation as fallback for <pa-statement-quote>, the first one shown', () => {
    const snippet = snippetOf(options({ tag: 'pa-statement-quote', points: '4,7' }));
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect([...parsed.querySelectorAll('figure blockquote')].map((quote) => quote.textContent)).to.deep.equal([
      'There is no place for torture in 21st century Europe.',
      'The elections on 9th August were neither free nor fair.',
    ]);
    expect([...parsed.querySelectorAll('figure > p')].map((attribution) => attribution.textContent)).to.deep.equal([
      'Progressive Alliance, 18th September 2020 · Point 4 of 11',
      'Progressive Alliance, 18th September 2020 · Point 7 of 11',
    ]);
  });

  it('link the layout rules beside the script instead of an inline <style>, on request', () => {
    const snippet = snippetOf(options({ linkStylesheet: true, theme: 'dark', accent: '#b0002a' }));
    expect(snippet).to.contain(
      '<link rel="stylesheet" href="https://widget.example/v0.1.0/pa-statement-fallback.css" />',
    );
    expect(snippet).not.to.contain('<style').and.not.to.contain('style=');
    // Colours need a style rule, which the partner's stylesheet holds then.
    expect(snippet).not.to.contain('--pa-color-accent');
    const selfHosted = snippetOf(options({ linkStylesheet: true, scriptUrl: '/js/pa-statement-widget.js?v=1' }));
    expect(selfHosted).to.contain('<link rel="stylesheet" href="/js/pa-statement-fallback.css" />');
  });

  it('give a pinned bundle’s modules their integrity in an import map before it, where inline scripts may run', () => {
    const moduleIntegrity = {
      'https://widget.example/v0.1.0/hydrate.js': 'sha384-hydrate',
      'https://widget.example/v0.1.0/locales/de.js': 'sha384-</script><b>',
    };
    const snippet = snippetOf(options({ integrity: 'sha384-bundle', moduleIntegrity }));
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const [map, bundle] = [...parsed.querySelectorAll('script')];
    expect(map.type).to.equal('importmap');
    expect(bundle.getAttribute('integrity')).to.equal('sha384-bundle');
    // Its text cannot end its script: `<` is written as JSON's escape, and read back as it was.
    expect(map.textContent).not.to.contain('<');
    expect(JSON.parse(map.textContent ?? '')).to.deep.equal({ integrity: moduleIntegrity });
    // None without the bundle's own integrity, nor where the page refuses inline code (a linked stylesheet).
    expect(snippetOf(options({ moduleIntegrity }))).not.to.contain('importmap');
    expect(snippetOf(options({ integrity: 'sha384-bundle', moduleIntegrity, linkStylesheet: true }))).not.to.contain(
      'importmap',
    );
  });

  it('escape what an editor types', () => {
    const snippet = snippetOf(
      options({ href: 'https://example.org/?a=1&b="2"><script>', scriptUrl: 'x.js"><b>', linkStylesheet: true }),
    );
    expect(snippet).to.contain('href="https://example.org/?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;"');
    expect(snippet).to.contain('src="x.js&quot;&gt;&lt;b&gt;"');
    expect(snippet).to.contain('href="pa-statement-fallback.css"');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelector('pa-statement-point')?.getAttribute('href')).to.equal(
      'https://example.org/?a=1&b="2"><script>',
    );
  });

  it('are, as the builder first writes one, what the README shows', async () => {
    // The README's front page shows the snippet the builder writes before an editor changes anything.
    const readme = await (await fetch('/README.md')).text();
    const example = /```html\n(<script\s+type="module"\s+src="https:\/\/widget[^]*?)```/.exec(readme)?.[1] ?? '';
    // It stands `sha384-…` for the pinned bundle's integrity, which changes with every build.
    const written = snippetOf(options({ integrity: 'sha384-…' }));
    // Prettier formats the README's copy: white space aside, it is the builder's snippet.
    const folded = (html: string) => html.replace(/\s+/g, '');
    expect(example, 'the README has the example').to.contain('<pa-statement-point');
    expect(folded(example)).to.equal(folded(written));
  });

  it('say when a script address would not load on a partner’s page', () => {
    expect(scriptAddressProblem(hosted)).to.equal('');
    expect(scriptAddressProblem('pa-statement-widget.js')).to.contain('not a full address');
    expect(scriptAddressProblem('http://widget.example/pa-statement-widget.js')).to.contain('Use https://');
    expect(scriptAddressProblem('javascript:alert(1)')).to.contain('javascript: address would run what it holds');
    expect(scriptAddressProblem('https://me:pw@widget.example/x.js')).to.contain('user name or password');
    expect(scriptAddressProblem('http://localhost:8000/x.js')).to.equal('');
  });
});

/** The box of the element and of everything in it, relative to the element: the fallback's layout. */
function layout(element: Element) {
  const host = element.getBoundingClientRect();
  return [element, ...element.querySelectorAll('*')].map((inner) => {
    const { left, top, width, height } = inner.getBoundingClientRect();
    return { tag: inner.localName, left: left - host.left, top: top - host.top, width, height };
  });
}

/**
 * A policy that refuses inline styles, as some partners' sites send, allowing the widget's host (here the test
 * server's origin; named, since Firefox did not match `'self'` in an `srcdoc` page).
 */
const NO_INLINE_STYLE = `<meta http-equiv="Content-Security-Policy" content="default-src ${location.origin}">`;

/** An empty page with `snippet` pasted in, under `policy` if given. */
const pageWith = (snippet: string, policy = '', dir = 'ltr') =>
  `<!doctype html><html dir="${dir}"><head>${policy}</head><body>${snippet}</body></html>`;

describe('the demo page', () => {
  it('passes axe', async () => {
    const demo = await openBuilder();
    expect(await axeViolationsIn(demo)).to.deep.equal([]);
    demo.iframe.remove();
  });

  const builderChoices: Record<string, string | boolean>[] = [
    { tag: 'pa-statement-point', point: '9', excerpt: true, colours: true, font: 'Georgia, serif' },
    { tag: 'pa-statement', highlight: '3', numbered: true, theme: 'dark' },
    { tag: 'pa-statement-quote', points: '4,7', interval: '12', theme: 'light', colours: true },
  ];
  for (const choice of builderChoices) {
    const tag = choice.tag as string;

    /** The snippet pasted into an empty page, and the element there once defined and rendered. */
    async function rendered(snippet: string, policy?: string) {
      const pasted = await frame({ srcdoc: pageWith(snippet, policy) }, (view) =>
        Boolean(view.customElements?.get(tag)),
      );
      const element = pasted.document.querySelector(tag) as Rendered;
      await element.updateComplete;
      return { element, remove: () => pasted.iframe.remove() };
    }

    /** The snippet's fallback laid out in an empty page, before the script runs. */
    async function fallbackLayout(snippet: string, policy?: string) {
      const before = await frame(
        { srcdoc: pageWith(snippet.replace(/<script[^>]*><\/script>/, ''), policy) },
        () => true,
      );
      const boxes = layout(before.document.querySelector(tag) as Element);
      before.iframe.remove();
      return boxes;
    }

    it(`writes a ${tag} snippet that renders, as pasted, what its preview shows, without a shift`, async () => {
      const builder = await openBuilder();
      const snippet = builder.write(choice);
      expect(snippet).to.contain(`<${tag}`);
      const preview = builder.document.querySelector('#preview > *') as Rendered;
      await preview.updateComplete;

      const [fallback] = await fallbackLayout(snippet);
      const pasted = await rendered(snippet);
      expect(appearance(pasted.element)).to.deep.equal(appearance(preview));
      const height = pasted.element.getBoundingClientRect().height;
      expect(Math.abs(height - fallback.height), 'no shift as the element takes over').to.be.below(0.5);
      pasted.remove();
      builder.iframe.remove();
    });

    it(`writes a ${tag} snippet without inline style that works where inline styles are refused`, async () => {
      const builder = await openBuilder();
      const inline = builder.write(choice);
      const linked = builder.write({ linkStylesheet: true });
      expect(linked).to.match(/<link rel="stylesheet" href="http[^"]+\/pa-statement-fallback\.css" \/>/);
      expect(linked).not.to.contain('<style');
      const preview = builder.document.querySelector('#preview > *') as Rendered;
      await preview.updateComplete;

      // The linked rules lay the fallback out as the inline ones do; the inline ones are refused (the control).
      const expected = await fallbackLayout(inline);
      expect(await fallbackLayout(linked, NO_INLINE_STYLE)).to.deep.equal(expected);
      expect(await fallbackLayout(inline, NO_INLINE_STYLE)).not.to.deep.equal(expected);

      const pasted = await rendered(linked, NO_INLINE_STYLE);
      expect(appearance(pasted.element)).to.deep.equal(appearance(preview));
      pasted.remove();
      builder.iframe.remove();
    });
  }
});

/**
 * `snippet` pasted into a page `width` px wide, followed by a paragraph: where that paragraph stands while the
 * fallback shows, and once the element has rendered.
 */
async function paragraphAfter(snippet: string, width: number, dir = 'ltr') {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  iframe.srcdoc = pageWith(
    `${snippet.replace(/<script[^>]*><\/script>/, '')}<p id="after">After the widget</p>`,
    '',
    dir,
  );
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const page = iframe.contentDocument as Document;
  const view = iframe.contentWindow as Window & typeof globalThis;
  const top = () => (page.querySelector('#after') as Element).getBoundingClientRect().top;
  const before = top();
  // Also between the two: each frame a reader might see, where the engine reports layout shifts (Chromium).
  const shifts: number[] = [];
  const observer = new view.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
  });
  if (view.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) observer.observe({ type: 'layout-shift' });
  const script = page.createElement('script');
  script.type = 'module';
  script.src = '/cdn/pa-statement-widget.js';
  page.head.append(script);
  const element = page.querySelector('pa-statement, pa-statement-point, pa-statement-quote') as Rendered;
  await view.customElements.whenDefined(element.localName);
  await element.updateComplete;
  await nextFrames();
  const after = top();
  observer.disconnect();
  iframe.remove();
  return { before, after, shifts };
}

describe('a snippet’s fallback', () => {
  const choices: Partial<EmbedOptions>[] = [
    { tag: 'pa-statement-point', point: '4', excerpt: true },
    { tag: 'pa-statement-point', point: '7', href: 'https://example.org/belarus', theme: 'light' },
    { tag: 'pa-statement' },
    { tag: 'pa-statement', limit: '3' },
    { tag: 'pa-statement', numbered: true, limit: '2', highlight: '9', href: 'https://example.org/belarus' },
    { tag: 'pa-statement', numbered: true, theme: 'dark', font: 'Georgia, serif' },
    { tag: 'pa-statement-quote' },
    { tag: 'pa-statement-quote', points: '3,10', full: true, theme: 'auto', href: 'https://example.org/belarus' },
    // In the language chosen, the fallback's words are the element's.
    { tag: 'pa-statement', lang: 'de', limit: '3', numbered: true, href: 'https://example.org/belarus' },
    { tag: 'pa-statement', lang: 'ru' },
    { tag: 'pa-statement-point', point: '7', lang: 'uk', href: 'https://example.org/belarus' },
    { tag: 'pa-statement-quote', points: '1,5', lang: 'fr' },
  ];
  // On a right-to-left page too: the fallback's rules are the element's, in logical properties.
  const rightToLeft: Partial<EmbedOptions>[] = [
    { tag: 'pa-statement-point', point: '4', href: 'https://example.org/belarus' },
    { tag: 'pa-statement', numbered: true, limit: '2', highlight: '9' },
    { tag: 'pa-statement-quote', points: '3,10', theme: 'light' },
  ];
  for (const [choice, dir] of [
    ...choices.map((choice) => [choice, 'ltr'] as const),
    ...rightToLeft.map((choice) => [choice, 'rtl'] as const),
  ]) {
    const snippet = snippetOf({ ...defaultOptions, scriptUrl: '/cdn/pa-statement-widget.js', ...choice });
    it(`takes the space of ${JSON.stringify(choice)} at widths from 320 to 1000 px, ${dir}: nothing after it moves`, async () => {
      const moved: string[] = [];
      for (const width of [320, 360, 600, 1000]) {
        const { before, after, shifts } = await paragraphAfter(snippet, width, dir);
        if (Math.abs(after - before) >= 0.5) moved.push(`${width} px wide: ${after - before} px`);
        if (shifts.length > 0) moved.push(`${width} px wide: layout shifts ${shifts.join(', ')}`);
      }
      expect(moved).to.deep.equal([]);
    });
  }
});
