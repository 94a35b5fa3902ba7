// The builder's "Prerendered" option, in the built site: its worker runs the prerenderer of the command line, so
// the snippet it writes is what `pa-statement-widget prerender` writes for the same options, and, pasted into a
// page, it shows the widget before any script runs and hydrates in the bundle without rendering again.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LATEST_FOLDER, PINNED_FOLDER, RELEASED } from '../../demo/builder/hosted-versions.js';
import { builderScriptUrl, frame, openBuilder } from '../helpers.js';

interface Prerendered {
  html: string;
  warnings: string[];
}

/**
 * The site's folder the builder's snippets load the bundle and the widgets' stylesheets from: the versioned one once
 * released, else the major version's (a preview is offered only as the latest).
 */
const folder = `${location.origin}/site/${RELEASED ? PINNED_FOLDER : LATEST_FOLDER}/`;

type Builder = Awaited<ReturnType<typeof openBuilder>>;

const FAILING_WORKER = '/test/fixtures/failing-worker.js';
type Choice = Record<string, string | boolean>;

/** Waits until `ready()` holds, checking every 25 ms for up to `ms`. */
async function until(ready: () => boolean, what: string, ms = 20000) {
  for (const deadline = Date.now() + ms; !ready();) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The builder's code for `choice`, plain, then prerendered once its code box is no longer busy; and what it says. */
async function writeBoth(builder: Builder, choice: Choice) {
  const plain = builder.write({ ...choice, prerendered: false });
  builder.write({ prerendered: true });
  const box = builder.document.querySelector('pre') as HTMLElement;
  await until(() => box.getAttribute('aria-busy') !== 'true', 'the prerendered code');
  return {
    plain,
    prerendered: builder.document.querySelector('#code')?.textContent ?? '',
    said: builder.document.querySelector('#code-status')?.textContent ?? '',
  };
}

const prerenderInNode = (html: string, options: object) =>
  executeServerCommand<Prerendered, object>('prerender', { html, options }) as Promise<Prerendered>;

describe('the builder’s prerendered snippet', function () {
  // The worker's first load, and the whole statement rendered, in the slowest engine here.
  this.timeout(60000);

  const cases: { choice: Choice; options: object }[] = [
    {
      choice: { tag: 'pa-statement-point', point: '7', excerpt: true, href: 'https://example.org/belarus' },
      options: {},
    },
    {
      choice: { tag: 'pa-statement', numbered: true, limit: '3', highlight: '9', theme: 'dark', lang: 'de' },
      options: { lang: 'de' },
    },
    {
      choice: { tag: 'pa-statement-quote', points: '4,7', interval: '12', full: true, linkStylesheet: true },
      options: { stylesheets: folder },
    },
    {
      choice: { tag: 'pa-statement-point', point: '3', lang: 'uk', linkStylesheet: true },
      options: { lang: 'uk', stylesheets: folder },
    },
    {
      choice: { tag: 'pa-statement-quote', theme: 'auto', colours: true, font: 'Georgia, serif', lang: 'fr' },
      options: { lang: 'fr' },
    },
  ];
  for (const { choice, options } of cases) {
    it(`is what the command line writes for ${JSON.stringify(choice)}`, async () => {
      const builder = await openBuilder();
      const { plain, prerendered, said } = await writeBoth(builder, choice);
      const expected = await prerenderInNode(plain, options);
      expect(expected.warnings).to.deep.equal([]);
      expect(prerendered).to.contain('<template shadowrootmode="open">');
      expect(prerendered).to.equal(expected.html);
      expect(said).to.equal('');
      builder.iframe.remove();
    });
  }

  it('tells the prerenderer’s warnings, as the command line prints them', async () => {
    const builder = await openBuilder();
    // A list of points with one that names none: the element warns, on the server as in a browser.
    const choice = { tag: 'pa-statement-quote', points: '3,99' };
    const { plain, prerendered, said } = await writeBoth(builder, choice);
    const expected = await prerenderInNode(plain, {});
    expect(prerendered).to.equal(expected.html);
    expect(expected.warnings).to.have.length(1);
    expect(said).to.contain('<pa-statement-quote>: points="3,99" is not valid');
    expect(said).to.equal(expected.warnings[0]);
    builder.iframe.remove();
  });

  it('loads the prerenderer only once "Prerendered" is ticked, and keeps one', async () => {
    const builder = await openBuilder();
    const view = builder.view as Window & typeof globalThis;
    const started: string[] = [];
    view.Worker = class extends view.Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
    builder.write({ tag: 'pa-statement', lang: 'de' });
    builder.write({ tag: 'pa-statement-quote', linkStylesheet: true });
    expect(started).to.deep.equal([]);
    await writeBoth(builder, { tag: 'pa-statement' });
    await writeBoth(builder, { tag: 'pa-statement-point' });
    expect(started).to.have.length(1);
    expect(started[0]).to.match(/\/site\/assets\/prerender-worker-[\w-]+\.js$/);
    builder.iframe.remove();
  });

  it('stays live while the prerenderer works, and ends with the code for the latest choice', async () => {
    const builder = await openBuilder();
    const box = builder.document.querySelector('pre') as HTMLElement;
    const copy = builder.document.querySelector('#copy') as HTMLButtonElement;
    builder.write({ tag: 'pa-statement-point', point: '2', prerendered: true });
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(copy.disabled, 'Copy waits for the code').to.equal(true);
    builder.write({ point: '9' });
    expect(builder.document.querySelector('#preview > *')?.getAttribute('point')).to.equal('9');
    await until(() => box.getAttribute('aria-busy') !== 'true', 'the prerendered code');
    expect(copy.disabled).to.equal(false);
    const prerendered = builder.document.querySelector('#code')?.textContent;
    const plain = builder.write({ prerendered: false });
    expect(plain).to.contain('<pa-statement-point point="9">');
    expect(prerendered).to.equal((await prerenderInNode(plain, {})).html);
    builder.iframe.remove();
  });

  it('says in a sentence when the prerenderer cannot start, and gives the plain code', async () => {
    const builder = await openBuilder();
    const view = builder.view as Window & typeof globalThis;
    // A worker that fails as it starts, as one a browser cannot run does: a file, which the site's policy allows,
    // given as a TrustedScriptURL, as the site's pages enforce Trusted Types (they allow the builder's policy twice).
    const failing = builderScriptUrl(view, FAILING_WORKER);
    view.Worker = class extends view.Worker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super(failing, options);
      }
    };
    const { plain, prerendered, said } = await writeBoth(builder, { tag: 'pa-statement-point' });
    expect(prerendered).to.equal(plain);
    expect(said).to.equal(
      'The prerendered code could not be made: the prerenderer did not start in this browser. Below is the plain code, which works as well.',
    );
    expect((builder.document.querySelector('#copy') as HTMLButtonElement).disabled).to.equal(false);
    builder.iframe.remove();
  });
});

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

/**
 * The builder's prerendered snippet for `choice`, pasted into a page in `lang`, its script held back: the page as
 * it shows before any script runs, and `hydrate()` to run the bundle then, from where the snippet loads it.
 */
async function pasted(choice: Choice, lang = 'en') {
  const builder = await openBuilder();
  const { prerendered } = await writeBoth(builder, choice);
  builder.iframe.remove();
  // Pinned, once released: with the bundle's integrity.
  const script =
    /<script type="module" src="([^"]+)"(?: integrity="(sha384-[^"]+)" crossorigin="anonymous")?><\/script>/.exec(
      prerendered,
    );
  if (!script) throw new Error('the snippet has no script tag');
  expect(Boolean(script[2]), 'an integrity exactly when released').to.equal(RELEASED);
  const page = await frame(
    { srcdoc: `<!doctype html><html lang="${lang}"><body>${prerendered.replace(script[0], '')}</body></html>` },
    () => true,
  );
  const tag = choice.tag as string;
  const element = page.document.querySelector(tag) as Widget;
  return {
    scriptUrl: script[1],
    view: page.view,
    element,
    async hydrate() {
      const bundle = page.document.createElement('script');
      bundle.type = 'module';
      bundle.src = script[1];
      if (script[2]) {
        bundle.integrity = script[2];
        bundle.crossOrigin = 'anonymous';
      }
      page.document.body.append(bundle);
      await until(() => Boolean(page.view.customElements.get(tag)), `<${tag}> defined`);
      // It waits to be needed: a reader presses a key on it.
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
      // A prerendered element carries `rendered` from the start: it has updated once it is live.
      await until(() => element.hasUpdated, `<${tag}> hydrated`);
      await element.updateComplete;
    },
    remove: () => page.iframe.remove(),
  };
}

describe('the builder’s prerendered snippet, pasted into a page', function () {
  this.timeout(60000);

  const choices: Choice[] = [
    { tag: 'pa-statement-point', point: '4', href: 'https://example.org/belarus' },
    { tag: 'pa-statement', numbered: true, limit: '3', highlight: '7', lang: 'de' },
    { tag: 'pa-statement-quote', points: '3,10', theme: 'dark', linkStylesheet: true },
  ];
  for (const choice of choices) {
    const tag = choice.tag as string;
    it(`shows ${JSON.stringify(choice)} before any script runs, and hydrates the very nodes shown`, async () => {
      const page = await pasted(choice);
      expect(page.scriptUrl).to.equal(`${folder}pa-statement-widget.js`);
      const { element } = page;
      const root = element.shadowRoot as ShadowRoot;
      expect(root, 'a declarative shadow root').not.to.equal(null);
      expect(element.hasAttribute('defer-hydration')).to.equal(true);
      expect(page.view.customElements.get(tag)).to.equal(undefined);
      expect(root.textContent).to.contain('Progressive Alliance');
      if (choice.lang === 'de') expect(root.textContent).to.contain('Erklärung der Progressiven Allianz');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(20);
      // The outermost part (<figure> in a point, <article> in the statement, <section> in a quote), and every part.
      const outermost = root.querySelector('[part]');
      const figure = root.querySelector('figure');
      expect(figure === null).to.equal(tag === 'pa-statement');
      const shown = [...root.querySelectorAll('[part]')];

      await page.hydrate();
      expect(element.hasAttribute('defer-hydration')).to.equal(false);
      // Hydrated, not rendered afresh: the nodes the page showed before the script ran are the element's own.
      expect(root.querySelector('[part]')).to.equal(outermost);
      expect(root.querySelector('figure')).to.equal(figure);
      expect(shown.filter((part) => !root.contains(part))).to.deep.equal([]);
      page.remove();
    });
  }

  it('is rendered afresh on a page in another language than the one chosen (the control)', async () => {
    const page = await pasted(choices[0], 'de');
    const root = page.element.shadowRoot as ShadowRoot;
    const figure = root.querySelector('figure');
    expect(figure).not.to.equal(null);
    await page.hydrate();
    // The check that finds the served tree in another language may run a task after the first update.
    await until(() => root.querySelector('figure') !== figure, 'rendered afresh');
    expect(root.textContent).to.contain('Punkt 4 von 11');
    page.remove();
  });
});
