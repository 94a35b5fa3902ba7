import sinon from 'sinon';

/** Records `console.warn` calls for the rest of the test; `restore()` puts the real one back. */
export function watchWarnings() {
  const warn = sinon.stub(console, 'warn');
  return {
    get messages(): string[] {
      return warn.getCalls().map((call) => call.args.map(String).join(' '));
    },
    reset: () => warn.resetHistory(),
    restore: () => warn.restore(),
  };
}

/** Elements in `element`'s shadow root that carry `part`. */
export function parts(element: Element, part: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`) ?? [])];
}

export function part(element: Element, name: string): HTMLElement {
  const found = parts(element, name)[0];
  if (!found) throw new Error(`no part "${name}" in <${element.localName}>`);
  return found;
}

/** The text a reader sees, with white space folded. */
export const visibleText = (element: Element | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for `count` rendering steps, where the browser delivers IntersectionObserver reports. */
export async function nextFrames(count = 2): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The first `tag` element in `root`; fails the test when there is none. */
export function inside<K extends keyof HTMLElementTagNameMap>(root: ParentNode, tag: K): HTMLElementTagNameMap[K] {
  const found = root.querySelector(tag);
  if (!found) throw new Error(`no <${tag}> found`);
  return found;
}

/**
 * Whether this engine's test driver can emulate media features (print, colour scheme, reduced motion, forced
 * colours): Playwright's Chromium can; the WebDriver BiDi (Firefox) and WebDriver (WebKit) drivers here cannot, and
 * asking makes the test runner print an error. Tests that need it skip elsewhere; the summary lists them once.
 */
export const driverEmulatesMedia = /Chrome\//.test(navigator.userAgent);
