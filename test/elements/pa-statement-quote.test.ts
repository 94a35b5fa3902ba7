import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { points } from '../../src/content/statement.js';
import '../../src/statement-quote/pa-statement-quote.define.js';
import type { PaStatementQuote } from '../../src/statement-quote/pa-statement-quote.js';
import { driverEmulatesMedia, nextFrames, part, parts, visibleText, watchWarnings } from '../helpers.js';

const currentSlide = (element: PaStatementQuote) => {
  // The cross-fade runs on the real clock: jump to its end to see what a reader then sees.
  for (const animation of element.shadowRoot?.getAnimations() ?? []) animation.finish();
  const shown = parts(element, 'slide').filter((slide) => getComputedStyle(slide).visibility === 'visible');
  expect(shown, 'exactly one quote is visible').to.have.length(1);
  return shown[0] as HTMLElement;
};
const currentText = (element: PaStatementQuote) =>
  visibleText(currentSlide(element).querySelector('[part~="text"]') ?? undefined);
const rotationLabel = (element: PaStatementQuote) => part(element, 'rotation-button').getAttribute('aria-label');

describe('<pa-statement-quote>', () => {
  let clock: sinon.SinonFakeTimers;
  let warnings: ReturnType<typeof watchWarnings>;

  beforeEach(() => {
    warnings = watchWarnings();
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    clock.restore();
    warnings.restore();
  });

  /** axe times its work with setTimeout, so it runs on the real clock: last in a test. */
  async function expectAccessible(element: PaStatementQuote) {
    clock.restore();
    await expect(element).to.be.accessible();
  }

  /** Clicks the middle of `target` with the pointer. */
  async function clickOn(target: HTMLElement) {
    const box = target.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
  }

  /** Moves the pointer off `element`, away from where the next tests' fixtures appear, so no real hover pauses them. */
  async function movePointerAway(element: PaStatementQuote) {
    await sendMouse({ type: 'move', position: [790, 590] });
    await element.updateComplete;
  }

  /** Runs `test` with a button before the widget, from which Tab brings keyboard focus into it. */
  async function withButtonBefore(test: (before: HTMLButtonElement) => Promise<void>) {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      await test(before);
    } finally {
      before.remove();
    }
  }

  /** A quote widget that is on screen, so its rotation runs. */
  /** A rotation step of `element`, in milliseconds: its interval, the element's default unless set. */
  const stepOf = (element: PaStatementQuote) => element.interval * 1000;

  async function rotatingQuote(template = html`<pa-statement-quote></pa-statement-quote>`) {
    const element = await fixture<PaStatementQuote>(template);
    // IntersectionObserver reports at a rendering step; then the first step is timed.
    for (let frame = 0; frame < 30 && clock.countTimers() === 0; frame += 1) await nextFrames(1);
    return element;
  }

  it('follows the carousel pattern: a named region of labelled slides, controls first', async () => {
    const element = await rotatingQuote();
    const region = part(element, 'carousel');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Quotes from the Progressive Alliance statement on Belarus');
    const slides = parts(element, 'slide');
    expect(slides).to.have.length(11);
    slides.forEach((slide, index) => {
      expect(slide.getAttribute('role')).to.equal('group');
      expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
      expect(slide.getAttribute('aria-label')).to.equal(`${index + 1} of 11`);
      expect(slide.getAttribute('aria-label')).not.to.match(/slide|carousel/i);
      expect(slide.inert, `slide ${index + 1} inert`).to.equal(index !== 0);
    });
    const buttons = [...(element.shadowRoot?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Stop automatic quote rotation',
      'Previous quote',
      'Next quote',
    ]);
    expect(buttons[0]?.hasAttribute('aria-pressed')).to.equal(false);
    expect(currentText(element)).to.equal(points[0].quote);
    expect(part(element, 'slides').getAttribute('aria-live')).to.equal('off');
    await expectAccessible(element);
  });

  it('keeps the height of its tallest quote, so the page below never moves', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote full style="width: 320px"></pa-statement-quote>`);
    const height = element.getBoundingClientRect().height;
    for (let step = 0; step < 11; step += 1) {
      (part(element, 'next-button') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(element.getBoundingClientRect().height).to.equal(height);
    }
  });

  it('rotates every interval (8 s by default) and tells the page with pa-quote-change', async () => {
    const element = await rotatingQuote();
    const changes: unknown[] = [];
    element.addEventListener('pa-quote-change', (event) => changes.push(event.detail));
    clock.tick(stepOf(element) - 1);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[0].quote);
    clock.tick(1);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
    expect(changes).to.deep.equal([{ number: 2, slug: 'end-the-violence' }]);
    for (let step = 0; step < 10; step += 1) {
      clock.tick(stepOf(element));
      await element.updateComplete;
    }
    expect(currentText(element), 'wraps around').to.equal(points[0].quote);
    expect(changes).to.have.length(11);
  });

  it('fires pa-quote-change once the announced quote shows, for rotation, Next and a change of points', async () => {
    const element = await rotatingQuote();
    const seen: [number, string][] = [];
    element.addEventListener('pa-quote-change', (event) => seen.push([event.detail.number, currentText(element)]));
    clock.tick(stepOf(element));
    await element.updateComplete;
    (part(element, 'next-button') as HTMLButtonElement).click();
    await element.updateComplete;
    element.points = [9, 10];
    await element.updateComplete;
    expect(seen).to.deep.equal([
      [
        2,
        'We condemn the unprecedented violence that security forces have used against peaceful protesters across Belarus since the occurrence of large demonstrations against the regime of the illegitimate President Alexander Lukashenko in the aftermath of the elections.',
      ],
      [3, 'We demand the end of arbitrary arrests and the release of all political prisoners in Belarus.'],
      [
        9,
        'The OSCE should not only observe new elections, but it could also give valuable advice in a transition period.',
      ],
    ]);
  });

  it('fires a composed, bubbling pa-quote-change', async () => {
    const element = await rotatingQuote();
    setTimeout(() => (part(element, 'next-button') as HTMLButtonElement).click());
    const pending = oneEvent(document, 'pa-quote-change');
    clock.tick(1);
    const event = await pending;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ number: 2, slug: 'end-the-violence' });
  });

  it('takes its interval in seconds', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote interval="5"></pa-statement-quote>`);
    clock.tick(5000);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const [bad, used] of [
    ['abc', 8],
    ['0', 8],
    ['-2', 8],
    ['1', 4],
    ['3.9', 4],
  ] as const) {
    it(`falls back to ${used} s for interval="${bad}", with one warning`, async () => {
      const element = await rotatingQuote(html`<pa-statement-quote interval=${bad}></pa-statement-quote>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<pa-statement-quote>').and.to.contain(`interval="${bad}"`);
      expect(warnings.messages[0]).to.contain('at least 4');
      clock.tick(used * 1000 - 1);
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[0].quote);
      clock.tick(1);
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[1].quote);
    });
  }

  it('stops and starts with its first button, switching aria-live', async () => {
    const element = await rotatingQuote();
    const rotation = part(element, 'rotation-button') as HTMLButtonElement;
    rotation.click();
    await element.updateComplete;
    expect(rotationLabel(element)).to.equal('Start automatic quote rotation');
    expect(part(element, 'slides').getAttribute('aria-live')).to.equal('polite');
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60000);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[0].quote);

    rotation.click();
    await element.updateComplete;
    expect(rotationLabel(element)).to.equal('Stop automatic quote rotation');
    expect(part(element, 'slides').getAttribute('aria-live')).to.equal('off');
    clock.tick(stepOf(element));
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
  });

  it('is accessible while stopped', async () => {
    const element = await rotatingQuote();
    (part(element, 'rotation-button') as HTMLButtonElement).click();
    await element.updateComplete;
    await expectAccessible(element);
  });

  it('starts stopped, without animation, when the reader prefers reduced motion', async function () {
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await fixture<PaStatementQuote>(html`<pa-statement-quote></pa-statement-quote>`);
      await nextFrames();
      expect(rotationLabel(element)).to.equal('Start automatic quote rotation');
      expect(part(element, 'slides').getAttribute('aria-live')).to.equal('polite');
      clock.tick(60000);
      await element.updateComplete;
      expect(currentText(element), 'no automatic rotation').to.equal(points[0].quote);
      for (const slide of parts(element, 'slide'))
        expect(getComputedStyle(slide).transitionDuration).to.match(/^0s(, 0s)*$/);
      (part(element, 'next-button') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(currentText(element), 'the buttons still work').to.equal(points[1].quote);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('prints the quote without its buttons', async function () {
    const element = await rotatingQuote();
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ media: 'print' });
    try {
      const rendered = (box: HTMLElement) => box.getClientRects().length > 0;
      expect(parts(element, 'button').filter(rendered)).to.deep.equal([]);
      expect(rendered(currentSlide(element)), 'the quote is printed').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('cross-fades when motion is welcome', async () => {
    const element = await rotatingQuote();
    expect(parseFloat(getComputedStyle(part(element, 'slide')).transitionDuration)).to.be.greaterThan(0);
  });

  it('moves with Previous and Next without moving focus', async () => {
    const element = await rotatingQuote();
    const next = part(element, 'next-button') as HTMLButtonElement;
    const previous = part(element, 'previous-button') as HTMLButtonElement;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
    expect(element.shadowRoot?.activeElement).to.equal(next);
    previous.click();
    previous.click();
    await element.updateComplete;
    expect(currentText(element), 'wraps backwards').to.equal(points[10].quote);
  });

  it('stops for good when keyboard focus enters, until the person starts it again', () =>
    withButtonBefore(async (before) => {
      const element = await rotatingQuote();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(element.shadowRoot?.activeElement, 'rotation control is first in tab order').to.equal(
        part(element, 'rotation-button'),
      );
      expect(rotationLabel(element)).to.equal('Start automatic quote rotation');

      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot?.activeElement).to.equal(part(element, 'previous-button'));
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot?.activeElement).to.equal(part(element, 'next-button'));
      before.focus();
      clock.tick(60000);
      await element.updateComplete;
      expect(rotationLabel(element), 'stays stopped after focus leaves').to.equal('Start automatic quote rotation');
      expect(currentText(element)).to.equal(points[0].quote);

      (part(element, 'rotation-button') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(rotationLabel(element)).to.equal('Stop automatic quote rotation');
      clock.tick(stepOf(element));
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[1].quote);
    }));

  // Firefox's driver knows the space bar only as ' '.
  for (const [key, press] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ]) {
    it(`starts with ${key} on the rotation button and rotates while keyboard focus stays on it`, () =>
      withButtonBefore(async (before) => {
        const element = await rotatingQuote();
        const rotation = part(element, 'rotation-button');
        before.focus();
        await sendKeys({ press: 'Tab' });
        await element.updateComplete;
        expect(element.shadowRoot?.activeElement).to.equal(rotation);
        expect(rotationLabel(element)).to.equal('Start automatic quote rotation');

        await sendKeys({ press });
        await element.updateComplete;
        expect(rotationLabel(element)).to.equal('Stop automatic quote rotation');
        expect(part(element, 'slides').getAttribute('aria-live')).to.equal('off');
        clock.tick(stepOf(element));
        await element.updateComplete;
        expect(currentText(element)).to.equal(points[1].quote);
        clock.tick(stepOf(element));
        await element.updateComplete;
        expect(currentText(element)).to.equal(points[2].quote);
        expect(element.shadowRoot?.activeElement, 'focus is still on the rotation button').to.equal(rotation);
      }));
  }

  it('starts with a mouse click on the rotation button once the pointer moves away, wherever the click left focus', async () => {
    const element = await rotatingQuote();
    const rotation = part(element, 'rotation-button');
    await clickOn(rotation);
    await element.updateComplete;
    expect(rotationLabel(element)).to.equal('Start automatic quote rotation');
    await movePointerAway(element);
    clock.tick(60000);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[0].quote);

    await clickOn(rotation);
    await movePointerAway(element);
    expect(rotationLabel(element)).to.equal('Stop automatic quote rotation');
    clock.tick(stepOf(element));
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
  });

  it('keeps rotating after a mouse click on Next once the pointer moves away: focus on a control pauses nothing', async () => {
    const element = await rotatingQuote();
    await clickOn(part(element, 'next-button'));
    await movePointerAway(element);
    expect(currentText(element), 'moved once, by the click').to.equal(points[1].quote);
    clock.tick(stepOf(element));
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[2].quote);
    expect(rotationLabel(element)).to.equal('Stop automatic quote rotation');
  });

  it('after Start, keeps rotating while keyboard focus moves on to Previous and Next, and pauses while it is in the slide', () =>
    withButtonBefore(async (before) => {
      const element = await rotatingQuote(html`<pa-statement-quote href="https://example.org/s"></pa-statement-quote>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot?.activeElement).to.equal(part(element, 'previous-button'));
      clock.tick(stepOf(element));
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[1].quote);
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot?.activeElement).to.equal(part(element, 'next-button'));
      clock.tick(stepOf(element));
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[2].quote);

      await sendKeys({ press: 'Tab' });
      const slide = currentSlide(element);
      expect(element.shadowRoot?.activeElement).to.equal(slide.querySelector('a'));
      clock.tick(60000);
      await element.updateComplete;
      expect(currentSlide(element), 'the slide with focus in it stays').to.equal(slide);
      expect(slide.inert).to.equal(false);
      expect(rotationLabel(element), 'focus in a slide pauses, it does not stop').to.equal(
        'Stop automatic quote rotation',
      );

      part(element, 'next-button').focus();
      clock.tick(stepOf(element));
      await element.updateComplete;
      expect(currentText(element), 'back on a control, rotation goes on').to.equal(points[3].quote);
    }));

  it('stops again when keyboard focus leaves after Start and comes back', () =>
    withButtonBefore(async (before) => {
      const element = await rotatingQuote();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      before.focus();
      clock.tick(stepOf(element));
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[1].quote);

      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(rotationLabel(element)).to.equal('Start automatic quote rotation');
      expect(part(element, 'slides').getAttribute('aria-live')).to.equal('polite');
      clock.tick(60000);
      await element.updateComplete;
      expect(currentText(element)).to.equal(points[1].quote);
    }));

  it('pauses while the pointer is over it and resumes when it leaves', async () => {
    const element = await rotatingQuote();
    clock.tick(5000);
    element.dispatchEvent(new MouseEvent('mouseenter'));
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60000);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[0].quote);
    expect(rotationLabel(element), 'hover pauses, it does not stop').to.equal('Stop automatic quote rotation');
    element.dispatchEvent(new MouseEvent('mouseleave'));
    clock.tick(stepOf(element));
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
  });

  it('does not resume on pointer leave when the person stopped it', async () => {
    const element = await rotatingQuote();
    element.dispatchEvent(new MouseEvent('mouseenter'));
    (part(element, 'rotation-button') as HTMLButtonElement).click();
    element.dispatchEvent(new MouseEvent('mouseleave'));
    expect(clock.countTimers()).to.equal(0);
  });

  it('runs no timer while the tab is hidden', async () => {
    const element = await rotatingQuote();
    const hidden = sinon.stub(document, 'hidden').get(() => true);
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.countTimers()).to.equal(0);
      hidden.get(() => false);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.countTimers()).to.equal(1);
    } finally {
      hidden.restore();
    }
    expect(element.isConnected).to.equal(true);
  });

  it('runs no timer while off screen', async () => {
    const element = await rotatingQuote(
      html`<pa-statement-quote style="position: absolute; top: 300vh"></pa-statement-quote>`,
    );
    expect(clock.countTimers()).to.equal(0);
    element.style.top = '0';
    await nextFrames();
    expect(clock.countTimers()).to.equal(1);
  });

  it('leaves no timer and no observer behind when removed, and resumes when put back', async () => {
    // Every IntersectionObserver made from here on, and whether it still observes.
    const observing = new Map<IntersectionObserver, boolean>();
    const Original = window.IntersectionObserver;
    window.IntersectionObserver = class extends Original {
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        observing.set(this, false);
      }
      override observe(target: Element) {
        observing.set(this, true);
        super.observe(target);
      }
      override disconnect() {
        observing.set(this, false);
        super.disconnect();
      }
    };
    try {
      const element = await rotatingQuote();
      expect(clock.countTimers()).to.equal(1);
      expect([...observing.values()]).to.deep.equal([true]);
      const parent = element.parentElement as HTMLElement;
      element.remove();
      expect(clock.countTimers()).to.equal(0);
      expect([...observing.values()]).to.deep.equal([false]);
      parent.append(element);
      await nextFrames();
      expect(clock.countTimers()).to.equal(1);
      expect([...observing.values()].filter(Boolean)).to.have.length(1);
    } finally {
      window.IntersectionObserver = Original;
    }
  });

  it('rotates the chosen points in the given order, numbers and slugs alike', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote points="2, 7,torture"></pa-statement-quote>`);
    expect(parts(element, 'slide').map((slide) => slide.getAttribute('aria-label'))).to.deep.equal([
      '1 of 3',
      '2 of 3',
      '3 of 3',
    ]);
    const seen = [currentText(element)];
    for (let step = 0; step < 3; step += 1) {
      clock.tick(stepOf(element));
      await element.updateComplete;
      seen.push(currentText(element));
    }
    expect(seen).to.deep.equal([points[1].quote, points[6].quote, points[3].quote, points[1].quote]);
    expect(visibleText(currentSlide(element).querySelector('[part~="position"]') ?? undefined)).to.equal(
      'Point 2 of 11',
    );
  });

  it('takes a single number, or text separated by commas, set from a script that ignores the types', async () => {
    const element = await rotatingQuote();
    (element as unknown as { points: unknown }).points = '6,7';
    await element.updateComplete;
    expect(parts(element, 'slide')).to.have.length(2);
    (element as unknown as { points: unknown }).points = 6;
    await element.updateComplete;
    expect(parts(element, 'slide')).to.have.length(1);
    expect(currentText(element)).to.equal(points[5].quote);
  });

  it('restarts its timing when interval changes', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote interval="60"></pa-statement-quote>`);
    clock.tick(30000);
    element.interval = 4;
    await element.updateComplete;
    clock.tick(4000);
    await element.updateComplete;
    expect(currentText(element)).to.equal(points[1].quote);
  });

  it('tells the page when a change of points changes the quote shown', async () => {
    const element = await rotatingQuote();
    const changes: unknown[] = [];
    element.addEventListener('pa-quote-change', (event) => changes.push(event.detail));
    element.points = [9, 10];
    await element.updateComplete;
    expect(changes).to.deep.equal([{ number: 9, slug: 'osce-role' }]);
    element.points = [9];
    await element.updateComplete;
    expect(changes, 'the same quote stays: no event').to.have.length(1);
    clock.tick(60000);
    await element.updateComplete;
    expect(changes, 'a single quote does not rotate').to.have.length(1);
    expect(currentText(element)).to.equal(points[8].quote);
  });

  it('rotates full texts with full', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote full points="3,4"></pa-statement-quote>`);
    expect(currentText(element)).to.equal(points[2].text);
    await expectAccessible(element);
  });

  it('attributes each quote and links to the statement with href', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote href="https://example.org/s"></pa-statement-quote>`);
    const caption = currentSlide(element).querySelector('[part~="attribution"]') ?? undefined;
    expect(visibleText(caption)).to.match(/^Progressive Alliance, .*2020 · Point 1 of 11 · Read the full statement$/);
    expect((caption?.querySelector('a') as HTMLAnchorElement).href).to.equal('https://example.org/s');
    await expectAccessible(element);
  });

  it('skips unknown points with one warning', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote points="4,abc,99"></pa-statement-quote>`);
    expect(parts(element, 'slide')).to.have.length(1);
    expect(element.hasAttribute('invalid')).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('points="4,abc,99"').and.to.contain('political-prisoners');
  });

  it('renders nothing and is marked invalid when no point is valid, then recovers', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote points="abc, 0"></pa-statement-quote>`);
    expect(element.shadowRoot?.textContent?.trim()).to.equal('');
    expect(element.hasAttribute('invalid')).to.equal(true);
    expect(warnings.messages).to.have.length(1);
    clock.tick(60000);
    expect(clock.countTimers(), 'nothing to rotate').to.equal(0);
    element.setAttribute('points', '5');
    await element.updateComplete;
    expect(element.hasAttribute('invalid')).to.equal(false);
    expect(currentText(element)).to.equal(points[4].quote);
    expect(warnings.messages).to.have.length(1);
  });

  it('recovers when the points attribute is removed', async () => {
    const element = await rotatingQuote(html`<pa-statement-quote points="nope"></pa-statement-quote>`);
    element.removeAttribute('points');
    await element.updateComplete;
    expect(element.hasAttribute('invalid')).to.equal(false);
    expect(parts(element, 'slide')).to.have.length(11);
  });

  it('never throws for values of any type', async () => {
    const element = await rotatingQuote();
    for (const value of [Symbol('x'), Object.create(null), {}, [], true, NaN]) {
      element.points = value as never;
      element.interval = value as never;
      element.theme = value as never;
      await element.updateComplete;
    }
    expect(element.hasAttribute('invalid')).to.equal(true);
    element.points = null;
    (element as unknown as { interval: unknown }).interval = null;
    element.theme = null;
    await element.updateComplete;
    expect(element.hasAttribute('invalid')).to.equal(false);
    expect(parts(element, 'slide')).to.have.length(11);
  });
});
