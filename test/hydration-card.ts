// A small element of the tests on the hydration layer, and its server tree as Lit's server renderer writes it, parsed
// into the test page as a served page's HTML is (setHTMLUnsafe makes the declarative shadow root).
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { html, type PropertyDeclarations } from 'lit';
import { HydratableElement } from '../src/hydration/hydratable-element.js';
import { nextFrames } from './helpers.js';

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

export const card = (tree = serverTree(), attributes = 'defer-hydration') =>
  `<hydration-card name="Ada" ${attributes}><template shadowrootmode="open">${tree}</template></hydration-card>`;

export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let frames = 0; !condition(); frames += 1) {
    if (frames > 180) throw new Error(`timed out: ${what}`);
    await nextFrames(1);
  }
}

export const part = (element: HydrationCard, name: string) =>
  element.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`) as HTMLElement;
