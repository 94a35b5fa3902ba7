// The hydration layer's own modules (src/hydration/), from source, on a small element of this test: its server tree
// written as Lit's server renderer writes it, parsed as a page's HTML is (setHTMLUnsafe makes the declarative shadow
// root). What hydrates and what renders afresh, why the console is told, and when the gate and the coordinator wake a
// waiting widget. The widgets themselves, prerendered and on real pages, are in prerender.test.ts and
// minified-pages.test.ts.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { readerView } from '../../src/hydration/check.js';
import { locator } from '../../src/hydration/locator.js';
import { registerTranslation } from '../../src/localization/translations.js';
import { nextTask } from '../../src/shared/next-task.js';
import { points } from '../../src/content/statement.js';
import { nextFrames, part } from '../helpers.js';
import { card, HydrationCard, serve, serverTree, stage, until } from '../hydration-card.js';

const FAR_DOWN = '<div style="height: 5000px"></div>';

/** Once `element` has woken, and the tree it hydrated has been checked (in a task after). */
const live = async (element: HydrationCard) => {
  await until(() => element.hasUpdated, 'it wakes');
  await element.updateComplete;
  await nextFrames(2);
};

describe('the hydration layer', () => {
  let warn: sinon.SinonStub;
  let info: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    info = sinon.stub(console, 'info');
  });
  afterEach(() => {
    warn.restore();
    info.restore();
    stage.replaceChildren();
  });
  const told = () => [...warn.args, ...info.args].map((args) => args.join(' '));

  it("hydrates a tree that gives a reader what the element renders: the server's nodes stay, live", async () => {
    const [element] = serve(card());
    const greeting = part(element, 'greeting');
    await live(element);
    expect(part(element, 'greeting')).to.equal(greeting);
    element.name = 'Grace';
    await element.updateComplete;
    expect(greeting.textContent).to.equal('Hello, Grace.');
    part(element, 'button').click();
    expect(element.clicks).to.equal(1);
    expect(told()).to.deep.equal([]);
  });

  for (const [altered, tree, message, level] of [
    [
      'its comments removed',
      serverTree().replace(/<!--[^>]*-->/g, ''),
      "<hydration-card>: rendered afresh, as its comments, Lit's part markers among them, were removed, as HTML minifiers do.",
      'warn',
    ],
    [
      'its text edited',
      serverTree().replace('Ada', 'Eve'),
      '<hydration-card>: rendered afresh, as its text was changed after prerendering: it read "Hello, Eve." where the statement reads "Hello, Ada.".',
      'warn',
    ],
    [
      'its markup changed',
      serverTree().replace('<a part="link"', '<br><a part="link"'),
      "<hydration-card>: rendered afresh, as its markup was changed after prerendering (by a CMS filter such as WordPress's wpautop?).",
      'warn',
    ],
    [
      'another language',
      serverTree('Ada', 'de'),
      '<hydration-card>: rendered afresh, as it was server-rendered in de and shows en.',
      'info',
    ],
    [
      "another template's markers",
      serverTree().replace(/<!--lit-part [^-]+-->/, '<!--lit-part AAAAAAAAAAA=-->'),
      /^<hydration-card>: rendered afresh, as Lit could not hydrate it \(Hydration value mismatch/,
      'warn',
    ],
  ] as const) {
    it(`renders afresh in place, once, a tree with ${altered}, and says why once`, async () => {
      const [first, second] = serve(card(tree) + card(tree));
      await Promise.all([live(first), live(second)]);
      await until(() => (level === 'warn' ? warn : info).callCount > 0, 'told why');
      for (const element of [first, second]) {
        expect(readerView(element.shadowRoot as ShadowRoot)).to.deep.equal([
          '<p lang="en" part="greeting">',
          'Hello, Ada.',
          '</p>',
          ' ',
          '<button part="button">',
          'Wave',
          '</button>',
          '<a href="#away" part="link">',
          'Away',
          '</a>',
        ]);
      }
      const stub = level === 'warn' ? warn : info;
      expect(stub.callCount, 'told once for the page').to.equal(1);
      if (typeof message === 'string') expect(stub.firstCall.args[0]).to.equal(message);
      else expect(stub.firstCall.args[0]).to.match(message);
    });
  }

  it('notes, not warns, that the page changed a widget while it waited', async () => {
    const [element] = serve(FAR_DOWN + card());
    await nextFrames(3);
    element.name = 'Grace';
    await live(element);
    await until(() => info.callCount > 0, 'the check after hydrating');
    expect(part(element, 'greeting').textContent).to.equal('Hello, Grace.');
    expect(warn.callCount).to.equal(0);
    expect(info.args.map(([message]) => message)).to.deep.equal([
      '<hydration-card>: rendered afresh, as the page changed it after it was server-rendered.',
    ]);
  });

  it('keeps a widget far down waiting; a click on its button wakes it and is clicked again once it is live', async () => {
    const [element] = serve(FAR_DOWN + card());
    await nextFrames(10);
    expect(element.hasUpdated, 'far down').to.equal(false);
    const clicked = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    part(element, 'button').dispatchEvent(clicked);
    expect(clicked.defaultPrevented, 'held').to.equal(true);
    await live(element);
    await nextFrames(1);
    expect(element.clicks).to.equal(1);
  });

  it('lets a link be followed as it is, and wakes on Enter and Space on a button, once each', async () => {
    for (const key of ['Enter', ' ']) {
      const [element] = serve(FAR_DOWN + card());
      await nextFrames(2);
      const link = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      part(element, 'link').dispatchEvent(link);
      expect(link.defaultPrevented, 'a link is not held').to.equal(false);
      expect(element.hasUpdated).to.equal(false);
      const press = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      part(element, 'button').dispatchEvent(press);
      expect(press.defaultPrevented, `${key} held`).to.equal(true);
      await live(element);
      await nextFrames(1);
      expect(element.clicks, key).to.equal(1);
    }
  });

  it('waits for the click a press ends in, rather than render afresh under the pointer', async () => {
    const [element] = serve(card(serverTree().replace(/<!--[^>]*-->/g, '')));
    // Firefox upgrades what setHTMLUnsafe parsed a moment later.
    await until(() => element instanceof HydrationCard, 'upgraded');
    part(element, 'button').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await nextFrames(10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(element.hasUpdated, 'pressed: not woken in idle time').to.equal(false);
    part(element, 'button').click();
    await live(element);
    await nextFrames(1);
    expect(element.clicks).to.equal(1);
  });

  it('wakes for keyboard focus, not for the focus a mouse press gives', async () => {
    const [element] = serve(FAR_DOWN + card());
    await nextFrames(2);
    part(element, 'greeting').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await nextFrames(3);
    expect(element.hasUpdated, 'focus on what is not focus-visible').to.equal(false);
    part(element, 'button').focus();
    await live(element);
    expect(element.shadowRoot?.activeElement).to.equal(part(element, 'button'));
  });

  it('renders at once where there is no declarative shadow root, unless a parent owns it', async () => {
    const [plain, owned] = serve(
      '<hydration-card defer-hydration></hydration-card><undefined-owner><hydration-card defer-hydration></hydration-card></undefined-owner>',
    );
    await live(plain);
    await nextFrames(5);
    expect(owned.hasUpdated, 'its undefined parent wakes it').to.equal(false);
    owned.removeAttribute('defer-hydration');
    await live(owned);
  });

  it('leaves a widget that a deferring parent owns to it, and watches it once an undefined parent is defined', async () => {
    const [deferred, waiting] = serve(
      `<deferring-parent defer-hydration>${card()}</deferring-parent><later-parent>${card()}</later-parent>`,
    );
    customElements.define('deferring-parent', class extends HTMLElement {});
    await nextFrames(10);
    expect([deferred.hasUpdated, waiting.hasUpdated]).to.deep.equal([false, false]);
    deferred.name = 'Grace';
    await nextFrames(5);
    expect(deferred.hasUpdated, 'a change waits for the owner too').to.equal(false);
    customElements.define('later-parent', class extends HTMLElement {});
    await live(waiting);
    deferred.removeAttribute('defer-hydration');
    await live(deferred);
    expect(part(deferred, 'greeting').textContent).to.equal('Hello, Grace.');
  });

  it('waits again when it leaves the page before it was woken, and wakes for a translation registered', async () => {
    const [element] = serve(FAR_DOWN + card());
    await nextFrames(2);
    element.remove();
    const clicked = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    part(element, 'button').dispatchEvent(clicked);
    expect(clicked.defaultPrevented, 'no longer held while away').to.equal(false);
    stage.append(element);
    // Watched again from the task after it came back (the gate's `waitToWake`); a task queued now runs after that one
    // (two frames alone may pass first on a busy machine: a WebKit run timed out, the translation registered too early).
    await nextTask();
    await nextFrames(2);
    expect(element.hasUpdated).to.equal(false);
    registerTranslation('eo', { title: 'Deklaro', points: points.map((point) => `Punkto ${point.number}.`) });
    await live(element);
  });

  it('finds the same control again in a tree rendered afresh', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    root.innerHTML = '<button part="button">A</button><button part="button">B</button>';
    const second = root.querySelectorAll('button')[1];
    const find = locator(root, second);
    expect(find()).to.equal(second);
    root.innerHTML = '<button part="button">A</button><button part="button">B</button>';
    expect(find()?.textContent).to.equal('B');
    expect(find()).not.to.equal(second);
  });
});
