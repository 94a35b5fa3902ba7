import { executeServerCommand } from '@web/test-runner-commands';
import { BUILDER_POLICY } from '../demo/builder/trusted-types.js';
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

/** Waits, a frame at a time, for `condition`; fails the test with `what` after `frames` frames (about two seconds). */
export async function until(condition: () => boolean, what: string, frames = 120): Promise<void> {
  for (let frame = 0; !condition(); frame += 1) {
    if (frame > frames) throw new Error(`timed out: ${what}`);
    await nextFrames(1);
  }
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

/**
 * Loads `src` (or an `srcdoc` page) in a 800 px wide iframe, `sandbox`ed if given, and waits for `ready` to hold
 * inside it.
 */
export async function frame(
  source: { src?: string; srcdoc?: string; sandbox?: string },
  ready: (window: Window) => boolean,
) {
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

/**
 * The built site's builder, as the test server serves it: under the sub-path /site/ (web-test-runner.config.js), or
 * another built site's, at `src`.
 */
export async function openBuilder(src = '/site/index.html') {
  const builder = await frame({ src }, (view) =>
    Boolean(view.customElements?.get('pa-statement-quote') && view.document.querySelector('#code')?.textContent),
  );
  const form = builder.document.querySelector('#builder') as HTMLFormElement;
  return {
    ...builder,
    form,
    /** Sets the builder's controls as an editor would, and returns the snippet it then writes. */
    write(choice: Record<string, string | number | boolean>): string {
      for (const [name, value] of Object.entries(choice)) {
        const control = form.elements.namedItem(name) as HTMLInputElement | null;
        if (!control) continue;
        if (control.type === 'checkbox') control.checked = value === true;
        else control.value = String(value);
      }
      form.dispatchEvent(new Event('input'));
      return builder.document.querySelector('#code')?.textContent ?? '';
    },
  };
}

/**
 * The result of a long test-server command (tools/test-env/long-command.js): asked again while it answers that its work
 * goes on; its error, thrown.
 */
export async function untilDone<T>(command: string, payload?: object): Promise<T> {
  for (;;) {
    const answer = (await executeServerCommand(command, payload)) as {
      pending?: true;
      done?: true;
      value?: T;
      error?: string;
    };
    if (answer.error !== undefined) throw new Error(answer.error);
    if (answer.done) return answer.value as T;
  }
}

/** The part of the Trusted Types API a test uses (TypeScript's DOM types do not have it yet). */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

/**
 * `address` as a script URL a framed page of the site accepts: the site's pages enforce Trusted Types, and allow a
 * second policy of the builder's name (engines without Trusted Types take the plain address).
 */
export function builderScriptUrl(view: Window, address: string): string {
  const trustedTypes = (view as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  return (trustedTypes?.createPolicy(BUILDER_POLICY, { createScriptURL: (url) => url }).createScriptURL(address) ??
    address) as string;
}

/**
 * The ids of axe's violations (its WCAG A and AA rules, target size among them, and best practices) in a framed page
 * of the site. The site's
 * pages enforce Trusted Types: axe is added as the page's own code would add a script, through a policy it allows (a
 * second one of the builder's name: the site's policy allows duplicates).
 */
export async function axeViolationsIn({ view, document }: { view: Window; document: Document }): Promise<string[]> {
  type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> };
  // Loaded once per page: a test may check a page again after it changed.
  if (!('axe' in view)) {
    const script = document.createElement('script');
    script.src = builderScriptUrl(view, '/node_modules/axe-core/axe.min.js');
    document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  // With WCAG 2.2's target size (2.5.8), which axe leaves off by default.
  const options = { rules: { 'target-size': { enabled: true } } };
  const { violations } = await (view as Window & { axe: Axe }).axe.run(document, options);
  return violations.map((violation) => violation.id);
}

/** Relative luminance (WCAG) of an opaque `rgb(…)` colour. */
export function luminance(color: string): number {
  const channels = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((value) => Number(value) / 255);
  const [red = 0, green = 0, blue = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG's contrast ratio of two opaque `rgb(…)` colours. */
export function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The Subresource Integrity value (`sha384-…`) of the file the test server serves at `path`. */
export async function integrityOfServed(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
