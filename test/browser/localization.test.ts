import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { points, sentencesOf, statement } from '../../src/content/statement.js';
import '../../src/all.js';
import { languageOf } from '../../src/localization/language.js';
import { english, LANGUAGES, PHRASE_MODULES } from '../../src/localization/phrases.js';
import type { Phrases } from '../../src/localization/types.js';
import { registerTranslation } from '../../src/localization/translations.js';
import { wordingOf } from '../../src/localization/wording.js';
import type { PaStatement } from '../../src/statement/pa-statement.js';
import type { PaStatementPoint } from '../../src/statement-point/pa-statement-point.js';
import type { PaStatementQuote } from '../../src/statement-quote/pa-statement-quote.js';
import { frame, inside, part, parts, visibleText, watchWarnings } from '../helpers.js';

const codes = Object.keys(PHRASE_MODULES);
const loadPhrases = async (code: string): Promise<Phrases> => (await PHRASE_MODULES[code]()).default;
const placeholders = (phrase: string) => [...phrase.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();
const phrases = (entry: Phrases[keyof Phrases]) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const longDate = (code: string) =>
  new Intl.DateTimeFormat(code, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(statement.date));

/**
 * What a widget shows in each language where it fills in numbers, written out: the copy button's text and name
 * for point 1, "Show all" for 11 points, "Point 4 of 11" and the first slide's name.
 */
const NUMBERED_PHRASES: Record<
  string,
  { copy: [visible: string, name: string]; showAll: string; pointOf: string; slideOf: string }
> = {
  en: {
    copy: ['Copy link', 'Copy link to point 1'],
    showAll: 'Show all 11 points',
    pointOf: 'Point 4 of 11',
    slideOf: '1 of 11',
  },
  be: {
    copy: ['Капіраваць спасылку', 'Капіраваць спасылку на пункт 1'],
    showAll: 'Паказаць усе 11 пунктаў',
    pointOf: 'Пункт 4 з 11',
    slideOf: '1 з 11',
  },
  de: {
    copy: ['Link kopieren', 'Link kopieren: Punkt 1'],
    showAll: 'Alle 11 Punkte anzeigen',
    pointOf: 'Punkt 4 von 11',
    slideOf: '1 von 11',
  },
  es: {
    copy: ['Copiar enlace', 'Copiar enlace al punto 1'],
    showAll: 'Mostrar los 11 puntos',
    pointOf: 'Punto 4 de 11',
    slideOf: '1 de 11',
  },
  fr: {
    copy: ['Copier le lien', 'Copier le lien vers le point 1'],
    showAll: 'Afficher les 11 points',
    pointOf: 'Point 4 sur 11',
    slideOf: '1 sur 11',
  },
  it: {
    copy: ['Copia link', 'Copia link al punto 1'],
    showAll: 'Mostra tutti gli 11 punti',
    pointOf: 'Punto 4 di 11',
    slideOf: '1 di 11',
  },
  nl: {
    copy: ['Link kopiëren', 'Link kopiëren: punt 1'],
    showAll: 'Alle 11 punten tonen',
    pointOf: 'Punt 4 van 11',
    slideOf: '1 van 11',
  },
  pl: {
    copy: ['Kopiuj link', 'Kopiuj link do punktu 1'],
    showAll: 'Pokaż wszystkie 11 punktów',
    pointOf: 'Punkt 4 z 11',
    slideOf: '1 z 11',
  },
  pt: {
    copy: ['Copiar link', 'Copiar link para o ponto 1'],
    showAll: 'Mostrar os 11 pontos',
    pointOf: 'Ponto 4 de 11',
    slideOf: '1 de 11',
  },
  ru: {
    copy: ['Копировать ссылку', 'Копировать ссылку на пункт 1'],
    showAll: 'Показать все 11 пунктов',
    pointOf: 'Пункт 4 из 11',
    slideOf: '1 из 11',
  },
  sv: {
    copy: ['Kopiera länk', 'Kopiera länk till punkt 1'],
    showAll: 'Visa alla 11 punkter',
    pointOf: 'Punkt 4 av 11',
    slideOf: '1 av 11',
  },
  uk: {
    copy: ['Копіювати посилання', 'Копіювати посилання на пункт 1'],
    showAll: 'Показати всі 11 пунктів',
    pointOf: 'Пункт 4 з 11',
    slideOf: '1 з 11',
  },
};

/** Runs `test` with the page's `<html>` element, then puts its `lang` back as it was. */
async function withPageLanguage(test: (root: HTMLElement) => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  try {
    await test(root);
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

/** The three widgets inside an element with `lang`, once each has rendered in its language. */
async function widgetsIn(lang: string) {
  const page = await fixture(html`
    <div lang=${lang}>
      <pa-statement limit="3" href="https://example.org/belarus"></pa-statement>
      <pa-statement-point point="4" href="https://example.org/belarus"></pa-statement-point>
      <pa-statement-quote></pa-statement-quote>
    </div>
  `);
  const widgets = {
    statement: inside(page, 'pa-statement'),
    point: inside(page, 'pa-statement-point'),
    quote: inside(page, 'pa-statement-quote'),
  };
  await Promise.all(Object.values(widgets).map((widget) => widget.updateComplete));
  return widgets;
}

describe('localization', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => warnings.restore());

  it('keeps the fallback in view while its language loads, then renders once in that language', async () => {
    // A page of its own, where no test has loaded Swedish yet; with the bundle, whose copy of the sources is not
    // counted in the coverage of the tests' own.
    const {
      iframe,
      view,
      document: framed,
    } = await frame(
      {
        srcdoc: `<!doctype html><html><body>
          <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
          <div lang="sv"><pa-statement-point point="4"><p>fallback</p></pa-statement-point></div>
          <script type="module" src="${location.origin}/cdn/pa-statement-widget.js"></script>
          <script type="module">
            window.shadowRootOnDefinition = document.querySelector('pa-statement-point').shadowRoot;
          </script>
        </body></html>`,
      },
      (framedView) => 'shadowRootOnDefinition' in framedView,
    );
    try {
      const element = inside(framed, 'pa-statement-point');
      const shown = view as Window & { shadowRootOnDefinition?: ShadowRoot | null; warnings?: string[] };
      expect(shown.shadowRootOnDefinition, 'no shadow root hides the fallback yet').to.equal(null);
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="position"]'), 'renders', { timeout: 5000 });
      expect(visibleText(part(element, 'position'))).to.equal('Punkt 4 av 11');
      expect(shown.warnings).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });

  it('knows the phrases written out above for every locale', () => {
    expect(Object.keys(NUMBERED_PHRASES)).to.have.members(['en', ...codes]);
  });

  it('has every phrase of English in every locale, with the same numbers and the plural forms the language needs', async () => {
    expect(codes).to.have.members(['be', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'sv', 'uk']);
    const keys = Object.keys(english) as (keyof Phrases)[];
    for (const code of codes) {
      const translation = await loadPhrases(code);
      expect(Object.keys(translation), code).to.have.members(keys);
      for (const key of keys) {
        const expected = placeholders(phrases(english[key])[0]);
        for (const phrase of phrases(translation[key])) {
          expect(phrase.trim(), `${code}.${key}`).not.to.equal('');
          expect(placeholders(phrase), `${code}.${key}: "${phrase}"`).to.deep.equal(expected);
        }
      }
      // Every form the language uses for counts a widget could show.
      const rules = new Intl.PluralRules(code);
      const used = new Set(Array.from({ length: 200 }, (_, count) => rules.select(count)));
      expect(Object.keys(translation.showAll), `${code}.showAll`).to.include.members([...used, 'other']);
    }
  });

  it('writes English numbers as Intl.NumberFormat does; all the locales write Latin digits, as these tests assume', () => {
    for (const code of ['en', ...codes]) {
      const format = new Intl.NumberFormat(code, { useGrouping: false });
      for (let number = 1; number <= 100; number += 1) expect(format.format(number), code).to.equal(String(number));
    }
  });

  for (const code of ['en', ...codes]) {
    it(`renders all its phrases in ${code}, the statement in English`, async () => {
      const translation = code === 'en' ? english : await loadPhrases(code);
      const { statement: full, point, quote } = await widgetsIn(code);
      const expected = NUMBERED_PHRASES[code];
      const date = code === 'en' ? statement.dateline : longDate(code);

      expect(part(full, 'article').lang).to.equal(code);
      expect(visibleText(part(full, 'title'))).to.equal(translation.title);
      expect(visibleText(part(full, 'date'))).to.equal(date);
      // In the language of the article around it.
      expect(part(full, 'date').closest('[lang]')?.getAttribute('lang')).to.equal(code);
      const copy = part(full, 'copy-button');
      expect([visibleText(copy), copy.getAttribute('aria-label')]).to.deep.equal(expected.copy);
      expect(visibleText(part(full, 'toggle-button'))).to.equal(expected.showAll);
      part(full, 'toggle-button').click();
      await full.updateComplete;
      expect(visibleText(part(full, 'toggle-button'))).to.equal(translation.showFewer);
      expect(visibleText(part(full, 'link'))).to.equal(translation.readFullStatement);
      expect(part(full, 'text').lang).to.equal('en');
      expect(part(full, 'text').textContent).to.equal(points[0].text);

      expect(part(point, 'figure').lang).to.equal(code);
      expect(visibleText(part(point, 'position'))).to.equal(expected.pointOf);
      expect(visibleText(part(point, 'date'))).to.equal(date);
      expect(visibleText(part(point, 'link'))).to.equal(translation.readFullStatement);
      expect(part(point, 'quote').lang).to.equal('en');
      expect(part(point, 'text').textContent).to.equal(points[3].text);

      const carousel = part(quote, 'carousel');
      expect(carousel.lang).to.equal(code);
      expect(carousel.getAttribute('aria-roledescription')).to.equal(translation.carousel);
      expect(carousel.getAttribute('aria-label')).to.equal(translation.quotesLabel);
      const rotation = part(quote, 'rotation-button').getAttribute('aria-label');
      expect([translation.startRotation, translation.stopRotation]).to.include(rotation);
      expect(part(quote, 'previous-button').getAttribute('aria-label')).to.equal(translation.previousQuote);
      expect(part(quote, 'next-button').getAttribute('aria-label')).to.equal(translation.nextQuote);
      const slide = part(quote, 'slide');
      expect(slide.getAttribute('aria-roledescription')).to.equal(translation.slide);
      expect(slide.getAttribute('aria-label')).to.equal(expected.slideOf);
      expect(part(quote, 'quote').lang).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('reports the copy result in the widget language', async () => {
    const { statement: full } = await widgetsIn('fr');
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      part(full, 'copy-button').click();
      await waitUntil(() => visibleText(part(full, 'status')) !== '');
      expect(part(full, 'status').textContent?.trim()).to.match(
        /^La copie a été refusée\u202f; copiez ce lien\u00a0: http/,
      );
    } finally {
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    }
  });

  it('chooses plural forms with Intl.PluralRules', async () => {
    const { point } = await widgetsIn('ru');
    const russian = wordingOf(point).phrase;
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => russian('showAll', { count }))).to.deep.equal([
      'Показать 1 пункт',
      'Показать все 2 пункта',
      'Показать все 5 пунктов',
      'Показать все 11 пунктов',
      'Показать 21 пункт',
      'Показать все 22 пункта',
      'Показать все 25 пунктов',
    ]);
    const polish = wordingOf((await widgetsIn('pl')).point).phrase;
    expect([1, 3, 11, 22, 25].map((count) => polish('showAll', { count }))).to.deep.equal([
      'Pokaż 1 punkt',
      'Pokaż wszystkie 3 punkty',
      'Pokaż wszystkie 11 punktów',
      'Pokaż wszystkie 22 punkty',
      'Pokaż wszystkie 25 punktów',
    ]);
    const englishTerm = wordingOf((await widgetsIn('en')).point).phrase;
    expect(englishTerm('showAll', { count: 1 })).to.equal('Show 1 point');
    expect(englishTerm('showAll', { count: 11 })).to.equal('Show all 11 points');
  });

  describe('resolves the language', () => {
    /** "Point 4 of 11" as a point shows it inside nested elements with these `lang`s, outermost first. */
    const positionInside = async (...languages: string[]) => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      let parent: HTMLElement = page;
      for (const language of languages) {
        const wrapper = document.createElement('div');
        wrapper.lang = language;
        parent = parent.appendChild(wrapper);
      }
      const element = parent.appendChild(document.createElement('pa-statement-point'));
      element.point = 4;
      await element.updateComplete;
      return visibleText(part(element, 'position'));
    };

    const positionIn = async (template: ReturnType<typeof html>) => {
      const page = await fixture(template);
      const element = page.matches('pa-statement-point')
        ? (page as PaStatementPoint)
        : (page.querySelector('pa-statement-point') as PaStatementPoint);
      await element.updateComplete;
      return visibleText(part(element, 'position'));
    };

    it("from the element's own lang before its ancestors'", async () => {
      expect(
        await positionIn(html`<div lang="de"><pa-statement-point lang="fr" point="4"></pa-statement-point></div>`),
      ).to.equal('Point 4 sur 11');
    });

    it("from the nearest ancestor's lang, with region subtags falling back and case ignored", async () => {
      expect(await positionInside('fr', 'de-AT')).to.equal('Punkt 4 von 11');
      expect(await positionInside('PT-br')).to.equal('Ponto 4 de 11');
    });

    it('from the page when the element is in a detached tree, even under a link', () => {
      const link = document.createElement('a');
      link.href = 'https://example.org/';
      const element = link.appendChild(document.createElement('pa-statement-point'));
      expect(languageOf(element)).to.equal(document.documentElement.lang || 'en');
    });

    it('again when the element moves to a part of the page in another language', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <p lang="de"></p>
          <p lang="fr"></p>
        </div>`,
      );
      const [german, french] = page.querySelectorAll('p');
      const element = german.appendChild(document.createElement('pa-statement-point'));
      element.point = 4;
      await element.updateComplete;
      expect(visibleText(part(element, 'position'))).to.equal('Punkt 4 von 11');
      french.append(element);
      await waitUntil(() => visibleText(part(element, 'position')) === 'Point 4 sur 11');
    });

    it("across shadow roots, from the host's ancestors", async () => {
      const page = await fixture(html`<div lang="uk"><section></section></div>`);
      const root = inside(page, 'section').attachShadow({ mode: 'open' });
      root.innerHTML = '<pa-statement-point point="4"></pa-statement-point>';
      const element = root.querySelector('pa-statement-point') as PaStatementPoint;
      await element.updateComplete;
      expect(visibleText(part(element, 'position'))).to.equal('Пункт 4 з 11');
    });

    it("from the document's lang when no ancestor has one, and English without any", () =>
      withPageLanguage(async (root) => {
        root.setAttribute('lang', 'it');
        expect(await positionIn(html`<pa-statement-point point="4"></pa-statement-point>`)).to.equal('Punto 4 di 11');
        root.removeAttribute('lang');
        expect(await positionIn(html`<pa-statement-point point="4"></pa-statement-point>`)).to.equal('Point 4 of 11');
      }));

    it('falls back to English silently for unknown or empty languages', async () => {
      for (const languages of [['tlh'], ['de', ''], ['__proto__']]) {
        expect(await positionInside(...languages), languages.join(' > ')).to.equal('Point 4 of 11');
      }
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('follows a change of lang at runtime, on the page and on the element', () =>
    withPageLanguage(async (root) => {
      root.setAttribute('lang', 'en');
      const element = await fixture<PaStatementQuote>(html`<pa-statement-quote></pa-statement-quote>`);
      const label = () => part(element, 'carousel').getAttribute('aria-label');
      expect(label()).to.equal(english.quotesLabel);
      root.setAttribute('lang', 'nl');
      await waitUntil(() => label() === 'Citaten uit de verklaring van de Progressieve Alliantie over Belarus');
      element.setAttribute('lang', 'es');
      await waitUntil(() => label() === 'Citas de la declaración de la Alianza Progresista sobre Bielorrusia');
      element.removeAttribute('lang');
      root.setAttribute('lang', 'en-GB');
      await waitUntil(() => label() === english.quotesLabel);
    }));

  it('follows a change of lang inside a shadow root, on an ancestor there and on the element', async () => {
    const page = await fixture(html`<div lang="uk"><section></section></div>`);
    const root = inside(page, 'section').attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="de"><pa-statement-point point="4"></pa-statement-point></div>';
    const element = inside(root, 'pa-statement-point');
    await element.updateComplete;
    const position = () => visibleText(part(element, 'position'));
    expect(position()).to.equal('Punkt 4 von 11');
    inside(root, 'div').lang = 'fr';
    await waitUntil(() => position() === 'Point 4 sur 11', 'the ancestor inside the shadow root');
    element.lang = 'es';
    await waitUntil(() => position() === 'Punto 4 de 11', 'the element itself');
    element.removeAttribute('lang');
    inside(root, 'div').removeAttribute('lang');
    await waitUntil(() => position() === 'Пункт 4 з 11', "the host's ancestor again");
  });

  it('follows a change of lang in a shadow root inside a shadow root', async () => {
    const page = await fixture(html`<div><section></section></div>`);
    const outer = inside(page, 'section').attachShadow({ mode: 'open' });
    outer.innerHTML = '<div lang="pl"><article></article></div>';
    const inner = inside(outer, 'article').attachShadow({ mode: 'open' });
    inner.innerHTML = '<p lang="it"><pa-statement-point point="4"></pa-statement-point></p>';
    const element = inside(inner, 'pa-statement-point');
    await element.updateComplete;
    const position = () => visibleText(part(element, 'position'));
    expect(position()).to.equal('Punto 4 di 11');
    inside(inner, 'p').removeAttribute('lang');
    await waitUntil(() => position() === 'Punkt 4 z 11', 'the inner root');
    inside(outer, 'div').lang = 'sv';
    await waitUntil(() => position() === 'Punkt 4 av 11', 'the outer root');
  });

  it('shows English, with one warning, when the bundle was copied without its locales folder', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="de"><body>
      <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
      <pa-statement-point point="4"></pa-statement-point><pa-statement-quote></pa-statement-quote>
      <script type="module" src="${location.origin}/test/fixtures/bundle-alone/pa-statement-widget.js"></script>
    </body></html>`;
    document.body.append(frame);
    try {
      const framed = () => frame.contentWindow as (Window & { warnings?: string[] }) | null;
      const position = () => framed()?.document.querySelector('pa-statement-point')?.shadowRoot?.textContent ?? '';
      await waitUntil(() => position().includes('Point 4 of 11'), 'the point renders in English', { timeout: 5000 });
      expect(framed()?.warnings).to.deep.equal([
        'pa-statement-widget: locales/de.js did not load; the widgets show English.',
      ]);
    } finally {
      frame.remove();
    }
  });

  /**
   * A German page of a point and a statement with the bundle from `folder` (tools/test-env/slow-files.js), ready once the
   * bundle has run; it records when the point first shows English and German (Firefox holds the frame's load event
   * until the language module arrives, so the test cannot watch from outside).
   */
  async function germanPage(folder: string) {
    const opened = await frame(
      {
        srcdoc: `<!doctype html><html lang="de"><body>
          <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
          <pa-statement-point point="4"><p>Fallback</p></pa-statement-point><pa-statement limit="3"></pa-statement>
          <script>
            const point = document.querySelector('pa-statement-point');
            const watching = setInterval(() => {
              const text = point.shadowRoot ? point.shadowRoot.textContent : '';
              if (!window.englishAt && text.includes('Point 4 of 11')) window.englishAt = performance.now();
              if (text.includes('Punkt 4 von 11')) window.germanAt = performance.now();
              if (window.germanAt) clearInterval(watching);
            }, 20);
          </script>
          <script type="module" src="${location.origin}/test/fixtures/${folder}/pa-statement-widget.js"></script>
        </body></html>`,
      },
      (view) => Boolean(view.customElements?.get('pa-statement')),
    );
    const [point, full] = ['pa-statement-point', 'pa-statement'].map((tag) =>
      inside(opened.document, tag as 'pa-statement'),
    );
    type Watched = Window & { warnings: string[]; englishAt?: number; germanAt?: number };
    return { ...opened, point, full, watched: () => opened.view as Watched };
  }

  it('renders in English when its language module stalls, then in that language once it arrives', async () => {
    // de.js arrives 4 s late: past the widgets' wait for their language, 2 s (LANGUAGE_WAIT_MS), written out here so
    // that a change to the wait shows: the widgets show English, and German when it comes.
    const page = await germanPage('stalled-locales');
    await waitUntil(() => page.watched().germanAt, 'German at last', { timeout: 8000 });
    const { englishAt, germanAt, warnings } = page.watched();
    expect(englishAt, 'English, not blank, after the 2 s wait').to.be.within(2000, 3500);
    expect(germanAt).to.be.above(4000);
    expect(visibleText(part(page.full, 'toggle-button'))).to.equal('Alle 11 Punkte anzeigen');
    expect(warnings).to.deep.equal([]);
    page.iframe.remove();
  });

  it('takes English for each phrase a language module lacks or mistypes, with one warning naming the module', async () => {
    // A de.js of another version: no readFullStatement and others, showAll a text, quotesLabel a number.
    const page = await germanPage('malformed-locales');
    await waitUntil(() => page.full.shadowRoot?.querySelector('[part~="toggle-button"]'), 'renders');
    await page.point.updateComplete;
    expect(visibleText(part(page.full, 'title'))).to.equal('Erklärung der Progressiven Allianz zu Belarus');
    expect(visibleText(part(page.point, 'position'))).to.equal('Punkt 4 von 11');
    expect(visibleText(part(page.full, 'toggle-button'))).to.equal(english.showAll.other.replace('{count}', '11'));
    expect(part(page.full, 'copy-button').getAttribute('aria-label')).to.equal('Copy link to point 1');
    const [warning, ...more] = page.watched().warnings;
    expect(more).to.deep.equal([]);
    expect(warning).to.match(/^pa-statement-widget: locales\/de\.js lacks or mistypes readFullStatement, showAll, /);
    expect(warning).to.contain('quotesLabel').and.to.contain('English stands in');
    page.iframe.remove();
  });

  for (const code of ['en', ...codes]) {
    it(`names every control so that its name contains its visible label in ${code} (WCAG 2.5.3)`, async () => {
      const { statement, point, quote } = await widgetsIn(code);
      // Expanded: the points beyond the limit, and their copy buttons, are rendered once shown.
      part(statement, 'toggle-button').click();
      await statement.updateComplete;
      const controls = [statement, point, quote].flatMap((widget) => [
        ...(widget.shadowRoot?.querySelectorAll<HTMLElement>(
          ':is(button, a[href], input, select, textarea, [tabindex])[aria-label]',
        ) ?? []),
      ]);
      expect(controls, "every point's copy button and three carousel buttons").to.have.length(14);
      let labelled = 0;
      for (const control of controls) {
        const visible = visibleText(control).toLowerCase();
        const name = (control.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
        expect(name, `${control.getAttribute('part')} has a name`).not.to.equal('');
        // An icon-only button shows no text, so there is nothing its name must contain.
        if (visible !== '') labelled += 1;
        expect(name, `${control.getAttribute('part')}: "${visible}"`).to.contain(visible);
      }
      expect(labelled, 'controls with text: the copy buttons').to.equal(11);
    });
  }

  for (const code of ['en', ...codes]) {
    it(`passes axe in ${code}`, async () => {
      for (const widget of Object.values(await widgetsIn(code))) await expect(widget).to.be.accessible();
    });
  }

  // Registered translations stay for the page's life: each test registers a language that no other test renders.
  describe('a partner translation', () => {
    const lithuanian = {
      title: 'Progresyviojo aljanso pareiškimas dėl Baltarusijos',
      // As many sentences as the English point: "Sakinys 4.1. Sakinys 4.2. …"
      points: points.map((point) =>
        sentencesOf(point.text)
          .map((_, index) => `Sakinys ${point.number}.${index + 1}.`)
          .join(' '),
      ),
    };

    it('is used where the language matches, marked with its lang; the phrases stay English for a language without locale', async () => {
      registerTranslation('lt', lithuanian);
      expect(warnings.messages).to.deep.equal([]);
      const page = await fixture(html`
        <div lang="lt-LT">
          <pa-statement></pa-statement>
          <pa-statement-point point="4" excerpt></pa-statement-point>
          <pa-statement-quote points="1" full></pa-statement-quote>
        </div>
      `);
      const full = inside(page, 'pa-statement') as PaStatement;
      const point = inside(page, 'pa-statement-point');
      const quote = inside(page, 'pa-statement-quote');
      await Promise.all([full.updateComplete, point.updateComplete, quote.updateComplete]);
      expect(visibleText(part(full, 'title'))).to.equal(lithuanian.title);
      expect(part(full, 'title').lang).to.equal('lt');
      expect(part(full, 'article').lang).to.equal('en');
      expect(part(full, 'text').textContent).to.equal(lithuanian.points[0]);
      expect(part(full, 'text').lang).to.equal('lt');
      // The excerpt is the sentence at the English quote's position: the fourth.
      expect(part(point, 'text').textContent).to.equal('Sakinys 4.4.');
      expect(part(point, 'quote').lang).to.equal('lt');
      expect(part(quote, 'text').textContent).to.equal(lithuanian.points[0]);
      expect(visibleText(part(point, 'position'))).to.equal('Point 4 of 11');
      // Marked as a translation beside the Progressive Alliance's attribution, never under it alone.
      expect(visibleText(part(point, 'translation'))).to.equal('Translation');
      expect(visibleText(part(point, 'attribution'))).to.match(
        /^Progressive Alliance, .* · Point 4 of 11 · Translation$/,
      );
      expect(visibleText(part(full, 'translation'))).to.equal('Translation');
      expect(visibleText(part(quote, 'translation'))).to.equal('Translation');
    });

    it('is marked with who made it, in the language of the phrases', async () => {
      registerTranslation('de-AT', { ...lithuanian, title: 'Erklärung', by: 'SPÖ' });
      const element = await fixture<PaStatementPoint>(
        html`<pa-statement-point lang="de-AT" point="3"></pa-statement-point>`,
      );
      await element.updateComplete;
      expect(visibleText(part(element, 'translation'))).to.equal('Übersetzung: SPÖ');
    });

    it('never replaces the English statement: English tags are refused, as is what is no language tag', async () => {
      const hostile = 'x--><img src=x onerror=alert(1)><!--';
      for (const language of ['en', 'en-GB', 'EN-us', hostile, 'de_DE', '']) {
        warnings.reset();
        expect(() => registerTranslation(language, lithuanian)).not.to.throw();
        expect(warnings.messages, language).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`registerTranslation("${language}")`);
      }
      const element = await fixture<PaStatementPoint>(html`
        <div lang="en-GB"><pa-statement-point point="4"></pa-statement-point></div>
      `);
      const point = inside(element, 'pa-statement-point');
      await point.updateComplete;
      expect(part(point, 'text').textContent).to.equal(points[3].text);
      expect(parts(point, 'translation')).to.deep.equal([]);
    });

    it('re-renders connected widgets when registered, with the phrases of its language', async () => {
      const element = await fixture<PaStatementPoint>(
        html`<pa-statement-point lang="de-CH" point="2"></pa-statement-point>`,
      );
      await element.updateComplete;
      expect(part(element, 'text').textContent).to.equal(points[1].text);
      const german = { title: 'Erklärung', points: points.map((point) => `Deutscher Punkt ${point.number}.`) };
      registerTranslation('de-CH', german);
      await waitUntil(() => part(element, 'text').textContent === 'Deutscher Punkt 2.');
      expect(part(element, 'quote').lang).to.equal('de-CH');
      expect(visibleText(part(element, 'position'))).to.equal('Punkt 2 von 11');
    });

    it('quotes the whole point where a full stop that ends no sentence ("am 9. August") breaks the pairing', async () => {
      const pointSeven =
        'Als Mitglied der OSZE hat sich Belarus verpflichtet, grundlegende Menschenrechte und demokratische Standards zu garantieren. Es muss diesen Standards gerecht werden. Die Wahlen am 9. August waren weder frei noch fair. Es gibt viele glaubwürdige Berichte, die auf massiven Wahlbetrug hindeuten. Wir erkennen das offizielle Ergebnis der Wahlen vom 9. August nicht an. Belarus muss unter freien und fairen Bedingungen neue Wahlen abhalten. Mit Sorge stellen wir außerdem fest, dass die OSZE nicht rechtzeitig eingeladen wurde, eine Beobachtermission nach Belarus zu entsenden.';
      const pointNine =
        'Die OSZE sollte neue Wahlen nicht nur beobachten, sondern könnte in einer Übergangszeit auch wertvollen Rat geben. Wir fordern die belarussische Regierung auf, dies zu ermöglichen.';
      registerTranslation('de-DE', {
        title: 'Erklärung der Progressiven Allianz zu Belarus',
        points: points.map(({ number }) => ({ 7: pointSeven, 9: pointNine })[number] ?? `Punkt ${number}.`),
      });
      const page = await fixture(html`
        <div lang="de-DE">
          <pa-statement-point point="7" excerpt></pa-statement-point>
          <pa-statement-point point="9" excerpt></pa-statement-point>
        </div>
      `);
      const [seven, nine] = page.querySelectorAll('pa-statement-point');
      await Promise.all([seven.updateComplete, nine.updateComplete]);
      expect(part(seven, 'text').textContent).to.equal(pointSeven);
      expect(part(nine, 'text').textContent).to.equal(
        'Die OSZE sollte neue Wahlen nicht nur beobachten, sondern könnte in einer Übergangszeit auch wertvollen Rat geben.',
      );
    });

    it('is chosen by the most specific registered tag: pt-BR and pt-PT side by side, neither for pt', async () => {
      const portuguese = (variant: string) => ({
        title: `Declaração (${variant})`,
        points: points.map(({ number }) => `Ponto ${number} (${variant}).`),
      });
      registerTranslation('pt-BR', portuguese('Brasil'));
      registerTranslation('pt-PT', portuguese('Portugal'));
      const page = await fixture(html`
        <div>
          <pa-statement-point lang="pt-BR" point="1"></pa-statement-point>
          <pa-statement-point lang="PT-pt" point="1"></pa-statement-point>
          <pa-statement-point lang="pt" point="1"></pa-statement-point>
        </div>
      `);
      const elements = [...page.querySelectorAll('pa-statement-point')];
      await Promise.all(elements.map((element) => element.updateComplete));
      expect(elements.map((element) => [part(element, 'quote').lang, part(element, 'text').textContent])).to.deep.equal(
        [
          ['pt-BR', 'Ponto 1 (Brasil).'],
          ['pt-PT', 'Ponto 1 (Portugal).'],
          ['en', points[0].text],
        ],
      );
    });

    it('is rejected with one warning, never an exception, unless it has a title and exactly 11 points of text', async () => {
      const revokedProxy = () => {
        const { proxy, revoke } = Proxy.revocable([], {});
        revoke();
        return proxy;
      };
      const malformed: unknown[] = [
        { title: 'Kort', points: lithuanian.points.slice(0, 10) },
        { title: 'Lang', points: [...lithuanian.points, 'Extra'] },
        { title: 'Leeg', points: [...lithuanian.points.slice(0, 10), ''] },
        { title: 'Getal', points: [...lithuanian.points.slice(0, 10), 11] },
        { points: lithuanian.points },
        { title: 'Geen punten' },
        null,
        'verklaring',
        { title: '  ', points: lithuanian.points },
        // A sparse array has 11 slots but not 11 texts.
        { title: 'Gaten', points: Object.assign([], { 10: 'Elf' }) },
        // Hostile objects: a getter that throws, and a revoked Proxy.
        Object.defineProperty({ points: lithuanian.points }, 'title', {
          get() {
            throw new Error('no title');
          },
        }),
        { title: 'Proxy', points: revokedProxy() },
      ];
      for (const translation of malformed) {
        warnings.reset();
        expect(() => registerTranslation('nl', translation as never)).not.to.throw();
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('registerTranslation("nl")');
        expect(warnings.messages[0]).to.contain('exactly 11 points');
      }
      warnings.reset();
      registerTranslation('', lithuanian);
      expect(warnings.messages, 'a language is needed').to.have.length(1);
      warnings.reset();
      registerTranslation('nl', { ...lithuanian, by: 42 } as never);
      expect(warnings.messages, 'by, if given, is a text').to.have.length(1);
      const element = await fixture<PaStatementPoint>(
        html`<pa-statement-point lang="nl" point="2"></pa-statement-point>`,
      );
      await element.updateComplete;
      expect(part(element, 'text').textContent).to.equal(points[1].text);
      expect(part(element, 'quote').lang).to.equal('en');
    });
  });
});

describe('phrases a reader tells apart', () => {
  /** A phrase as a screen reader says it: case and surrounding space tell nothing apart. */
  const spoken = (phrase: string, code: string) => phrase.trim().toLocaleLowerCase(code);

  it('names the German rotation button "…starten" and "…anhalten", as it stops and starts', async () => {
    const { quote } = await widgetsIn('de');
    const before = part(quote, 'rotation-button').getAttribute('aria-label');
    part(quote, 'rotation-button').click();
    await quote.updateComplete;
    const after = part(quote, 'rotation-button').getAttribute('aria-label');
    expect([before, after].sort()).to.deep.equal([
      'Automatischen Zitatwechsel anhalten',
      'Automatischen Zitatwechsel starten',
    ]);
  });

  it('names the two states of a control, and the two ways through the quotes, differently in every language', async () => {
    for (const code of LANGUAGES) {
      const phrases = code === 'en' ? english : await loadPhrases(code);
      const differ = (one: string, other: string, what: string) =>
        expect(spoken(one, code), `${code}: ${what}`).not.to.equal(spoken(other, code));
      differ(phrases.startRotation, phrases.stopRotation, 'start and stop the rotation');
      differ(phrases.previousQuote, phrases.nextQuote, 'previous and next quote');
      for (const showAll of Object.values(phrases.showAll)) differ(showAll, phrases.showFewer, 'show all and fewer');
    }
  });
});
