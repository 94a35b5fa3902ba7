import {
  adoptStyles,
  LitElement,
  render as litRender,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { baseStyles } from './base.styles.js';
import { hydrateWhenNear, prerenderMatches, stopWaiting } from './hydration.js';
import { LanguageController, languageOf, loadLanguage, localize } from './localize.js';
import { nextTask } from './next-task.js';
import { asText } from './values.js';
import { warnInvalid } from './warn.js';

const THEMES = ['light', 'dark', 'auto'];

/** While the page's elements upgrade, on definition: each then connects in a task of its own. */
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
 * What the three widgets share: the design tokens below, the `theme` and the language of their chrome.
 *
 * @attr {string} lang - Language of the buttons, labels and date, e.g. `de`; by default the nearest ancestor's or the page's. The statement stays in English unless a translation was registered for it.
 * @attr {boolean} rendered - Set by the element (or the prerenderer), never by the page, once it has rendered. Until then its light-DOM fallback shows: the snippets lay it out with rules like `pa-statement-point:not([rendered]) blockquote { … }`.
 * @attr {boolean} defer-hydration - Written by the prerenderer on a prerendered element, never by hand: the element hydrates, and removes it, when it comes near the viewport or gets input (Lit's protocol; a page may remove it earlier).
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
export abstract class PaElement extends LitElement {
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

  private __connected = false;

  /** Waiting, prerendered, for the reader to come near (`defer-hydration`). */
  private __waiting = false;

  /** A property or attribute changed while the widget waited: its prerendered tree no longer shows it. */
  private __changedWhileWaiting = false;

  /**
   * During the first update of a widget whose shadow root was prerendered, and is hydrated: it must render what the
   * server rendered, so what only the reader's browser knows (a preference, the address's fragment, the focus)
   * waits until after.
   *
   * @internal
   */
  __hydrating = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  constructor() {
    super();
    this.addController(new LanguageController(this));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      warnInvalid(this, 'theme', this.theme, 'light, dark or auto');
    }
  }

  /**
   * A widget that was on the page when its tag was defined connects in a task of its own: its shadow root, styles
   * and first render never join the task that runs the bundle, nor each other, so a page of widgets never blocks
   * input for long. One that a script adds later renders as any Lit element, in that script's task. Either waits for
   * its language's module where one must load, so that it renders once, in its language. Meanwhile the light-DOM
   * fallback stays in view. A prerendered one waits for the reader to come near (see `hydrateWhenNear`), and for
   * the parser to finish its shadow root.
   */
  override connectedCallback(): void {
    const language = loadLanguage(languageOf(this));
    if (this.hasAttribute('defer-hydration')) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', this.__connectLater, { once: true });
        return;
      }
      // Without a declarative shadow root (a browser that has none, a clone of a template) it renders at once:
      // removing the attribute connects it.
      if (!this.shadowRoot) return this.removeAttribute('defer-hydration');
      this.__waiting = true;
      return hydrateWhenNear(this);
    }
    const waiting = upgrading ? Promise.resolve(language).then(nextTask) : language;
    if (waiting) {
      void waiting.then(this.__connectLater);
      return;
    }
    this.__connected = true;
    this.__waiting = false;
    super.connectedCallback();
    // Moved, or reconnected after the page's language changed: the language may be another now.
    if (this.hasUpdated) this.requestUpdate();
  }

  private readonly __connectLater = () => this.isConnected && !this.__connected && this.connectedCallback();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'defer-hydration') super.attributeChangedCallback(name, old, value);
    else if (value === null && this.isConnected) this.connectedCallback();
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    const [name, oldValue] = args;
    if (this.__waiting && name !== undefined && this[name as keyof this] !== oldValue)
      this.__changedWhileWaiting = true;
    super.requestUpdate(...args);
  }

  /**
   * A prerendered shadow root is hydrated where it is intact: its marker matches the tree, this version and the
   * widget's languages, and nothing changed since. Lit's hydration support, loaded first by the drop-in bundle,
   * then takes it over. Any other (a filter changed it, the page is in another language, another server renderer
   * wrote it, or no hydration support is loaded) is emptied and rendered afresh.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    const { lang, textLang } = this.localized;
    if (!this.__changedWhileWaiting && prerenderMatches(root, lang, textLang)) {
      super.createRenderRoot();
      // Lit's hydration support takes the root over as it is; Lit alone would render before the prerendered nodes.
      if (!this.renderOptions.renderBefore) return ((this.__hydrating = true), root);
      this.renderOptions.renderBefore = null;
    }
    return this.__emptied(root);
  }

  private __emptied(root: ShadowRoot): ShadowRoot {
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** A prerendered tree that passed the check yet does not fit the templates is rendered afresh, not left broken. */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.__hydrating) throw error;
      this.__hydrating = false;
      litRender(this.render(), this.__emptied(this.shadowRoot as ShadowRoot), this.renderOptions);
    }
  }

  // In the task that renders: no frame shows the fallback without its layout rules, or the element without its own.
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.toggleAttribute('rendered', true);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.__hydrating = false;
  }

  override disconnectedCallback(): void {
    stopWaiting(this);
    this.__connected = false;
    super.disconnectedCallback();
  }

  /** The chrome's words, the date and the statement's text in the widget's language. */
  protected get localized() {
    return localize(this);
  }
}
