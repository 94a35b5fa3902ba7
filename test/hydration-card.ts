// A small element of the tests on the hydration layer, and its server tree as Lit's server renderer writes it, parsed
// into the test page as a served page's HTML is (setHTMLUnsafe makes the declarative shadow root).
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { html, type PropertyDeclarations } from 'lit';
import { HydratableElement } from '../src/hydration/hydratable-element.js';
import { until as untilFrames } from './helpers.js';

export class HydrationCard extends HydratableElement {
  static override properties: PropertyDeclarations = { name: {}, locale: {} };
  name = 'Ada';
  locale = 'en';
  clicks = 0;

  protected override render() {
    return html`<p part="greeting" lang=${this.locale}>Hello, ${this.name}.</p>
      <button part="button" @click=${() => (this.clicks += 1)}>Wave</button><a part="link" href="#away">Away</a>`;
  }
}
customElements.define('hydration-card', HydrationCard);

/** The card's tree as Lit's server renderer writes it for `name` and `lang`. */
export function serverTree(name = 'Ada', lang = 'en'): string {
  const probe = new HydrationCard();
  probe.name = name;
  probe.locale = lang;
  const digest = digestForTemplateResult((probe as unknown as { render(): never }).render());
  return (
    `<!--lit-part ${digest}--><!--lit-node 0--><p part="greeting" lang="${lang}">Hello, <!--lit-part-->${name}<!--/lit-part-->.</p>\n` +
    `      <!--lit-node 2--><button part="button">Wave</button><a part="link" href="#away">Away</a><!--/lit-part-->`
  );
}

export const stage = document.createElement('div');
document.body.append(stage);

/** `body` parsed into the page as a served page's HTML is: declarative shadow roots attached. */
export function serve(body: string): HydrationCard[] {
  stage.setHTMLUnsafe(body);
  return [...stage.querySelectorAll<HydrationCard>('hydration-card')];
}

/** A waiting card, served with its server tree (its own by default). */
export const card = (tree = serverTree()) =>
  `<hydration-card name="Ada" defer-hydration><template shadowrootmode="open">${tree}</template></hydration-card>`;

/** Waits for `condition` up to 180 frames (three seconds): a card hydrates in two tasks, after hydrate.js loads. */
export const until = (condition: () => boolean, what: string) => untilFrames(condition, what, 180);
