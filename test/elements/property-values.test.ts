import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { watchWarnings } from '../helpers.js';

/** Values a page's script may set that are no text: each must neither throw nor warn more than once. */
const VALUES: [value: unknown, shownAs: string][] = [
  [Symbol('x'), 'Symbol(x)'],
  [Object.create(null), 'an object'],
  [42, '"42"'],
  [null, 'null'],
  [undefined, 'undefined'],
];

// Every public property of each element by the name its warnings use; `lang` is the platform's own.
const ELEMENTS = [
  {
    tag: 'pa-statement',
    create: () => fixture(html`<pa-statement limit="2" href="https://example.org/"></pa-statement>`),
    properties: {
      theme: 'theme',
      headingLevel: 'heading-level',
      numbered: 'numbered',
      limit: 'limit',
      highlight: 'highlight',
      href: 'href',
    },
  },
  {
    tag: 'pa-statement-point',
    create: () => fixture(html`<pa-statement-point point="4" href="https://example.org/"></pa-statement-point>`),
    properties: { theme: 'theme', point: 'point', excerpt: 'excerpt', href: 'href' },
  },
  {
    tag: 'pa-statement-quote',
    create: () => fixture(html`<pa-statement-quote label="Quotes" href="https://example.org/"></pa-statement-quote>`),
    properties: { theme: 'theme', points: 'points', full: 'full', interval: 'interval', href: 'href', label: 'label' },
  },
] as const;

describe('property values of any type', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);
  beforeEach(() => {
    warnings = watchWarnings();
    escaped.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    warnings.restore();
  });

  for (const { tag, create, properties } of ELEMENTS) {
    it(`<${tag}> takes them without an exception and with at most one warning naming the element, value and what is valid`, async () => {
      for (const [property, name] of Object.entries(properties)) {
        for (const [value, shownAs] of VALUES) {
          const element = (await create()) as unknown as Record<string, unknown> &
            HTMLElement & {
              updateComplete: Promise<boolean>;
            };
          warnings.reset();
          const label = `${property} = ${shownAs}`;
          expect(() => (element[property] = value), label).not.to.throw();
          await element.updateComplete;
          expect(warnings.messages, label).to.have.length.of.at.most(1);
          for (const message of warnings.messages) {
            expect(message, label).to.match(/ is not valid; use \S.*\.$/);
            expect(message, label).to.contain(`<${tag}>: ${name}=${shownAs} is not valid; use `);
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve));
      expect(escaped).to.deep.equal([]);
    });
  }
});
