import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { HydratableElement } from '../hydration/hydratable-element.js';
import { languageOf } from '../localization/language.js';
import { LanguageController } from '../localization/language-controller.js';
import { loadLanguage, waitForLanguage } from '../localization/phrases.js';
import { wordingOf } from '../localization/wording.js';
import { baseStyles } from './base.styles.js';
import { nextTask } from '../shared/next-task.js';
import { asText } from '../shared/values.js';
import { warnInvalid } from '../shared/warn.js';

/** The values of `theme`, as its declaration below types them. */
export const THEMES = ['light', 'dark', 'auto'] as const satisfies readonly NonNullable<PaElement['theme']>[];

/** While the page's elements upgrade, on definition: each then renders first in a task of its own. */
let upgrading = false;

/**
 * Registers `element` as `tag`, unless the page already has that tag: it may load the drop-in bundle twice, or it and
 * the npm build, and a second definition would throw. On a server too, in the registry of Lit's DOM shim: its
 * server renderer then renders the tags it meets.
 *
 * @internal
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  upgrading = true;
  customElements.define(tag, element);
  upgrading = false;
}

/**
 * What the three widgets share: the design tokens below, the `theme` and the language of their phrases.
 *
 * @attr {string} lang - Language of the buttons, labels and date, e.g. `de`; by default the nearest ancestor's or the page's. The statement stays in English unless a translation was registered for it.
 *
 * @cssprop [--pa-font-family=inherit] - Font of the widget: the page's.
 * @cssprop [--pa-font-size=1em] - Base font size, relative to the inherited one.
 * @cssprop [--pa-line-height=1.5] - Line height.
 * @cssprop [--pa-color-text=inherit] - Text colour: the page's; with `theme` set, the scheme's `CanvasText`.
 * @cssprop [--pa-color-background=transparent] - Background; with `theme` set, the scheme's `Canvas` colour.
 * @cssprop [--pa-color-accent=light-dark(#1f4fb8, #9ec1ff)] - Links, rules, highlights and focus rings.
 * @cssprop [--pa-color-muted=light-dark(#595959, #b8b8b8)] - Secondary text: dates, attributions.
 * @cssprop [--pa-color-border=light-dark(#767676, #8c8c8c)] - Borders of controls.
 * @cssprop [--pa-color-highlight=light-dark(#fff4c2, #3d3411)] - Background of a highlighted point.
 * @cssprop [--pa-border-radius=0.375em] - Corner radius of controls.
 * @cssprop [--pa-spacing=1em] - Base spacing unit.
 * @cssprop [--pa-max-width=40em] - Widest the widget grows, for a readable measure.
 * @cssprop [--pa-quote-font-size=1.25em] - Size of quoted text.
 */
export abstract class PaElement extends HydratableElement {
  static override styles: CSSResultGroup = baseStyles;

  static override properties: PropertyDeclarations = {
    // Reflected for the :host([theme]) styles; a value that is no text reflects as empty, never throws.
    theme: { reflect: true, converter: { toAttribute: (value: unknown) => (value == null ? null : asText(value)) } },
  };

  /**
   * Colour scheme. Unset, the widget follows the page's `color-scheme` and shows the page's background.
   * `light` or `dark` forces one, `auto` follows the reader's preference; both paint the widget's own background.
   */
  theme?: 'light' | 'dark' | 'auto' | null;

  constructor() {
    super();
    this.addController(new LanguageController(this));
  }

  /**
   * A widget that was on the page when its tag was defined renders first in a task of its own: its shadow root,
   * styles and first render never join the task that runs the bundle, nor each other, so a page of widgets never
   * blocks input for long. One that a script adds later renders as any Lit element, in that script's task. Either
   * waits for its language's module where one must load (not for long: see `waitForLanguage`), which it asks for
   * at once. Meanwhile the light-DOM fallback stays in view; a server-rendered shadow root shows at once, and so
   * the widget counts as rendered.
   */
  override connectedCallback(): void {
    // Asked for at once: a server-rendered widget that waits is checked in its language when it wakes.
    void loadLanguage(languageOf(this));
    if (this.shadowRoot && !this.hasUpdated) this.toggleAttribute('rendered', true);
    super.connectedCallback();
  }

  /**
   * Its language's module, where one must load (not for long), then a task of its own if it upgraded or waited for
   * the module: widgets that connect as their tag is defined, or that wait for one module, still render apart.
   */
  protected override whenReady(): Promise<unknown> | undefined {
    const language = this.hasUpdated ? undefined : waitForLanguage(languageOf(this));
    // Connecting as its tag is defined (a widget woken later, or added by a script, renders in that task).
    if (!language && !upgrading) return undefined;
    return Promise.resolve(language).then(nextTask);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme != null && !(THEMES as readonly unknown[]).includes(this.theme)) {
      warnInvalid(this, 'theme', this.theme, THEMES.join(', '));
    }
  }

  // In the task that renders: no frame shows the fallback without its layout rules, or the element without its own.
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.toggleAttribute('rendered', true);
  }

  /** The phrases, the date and the statement's text in the widget's language. */
  protected get wording() {
    return wordingOf(this);
  }
}
