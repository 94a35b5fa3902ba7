import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { render } from 'lit/html.js';

/** How a reactive property is declared: as in Lit, for the options these widgets use. */
export interface PropertyOptions {
  /** The attribute's name; by default the property's name in lower case. */
  attribute?: string;
  /** `Boolean`: present or absent attribute. Otherwise the attribute's text (or `null`). */
  type?: BooleanConstructor;
  /** Internal state: no attribute. */
  state?: boolean;
  /** Writes the value back to its attribute, converted by `toAttribute` (default `String`). */
  reflect?: boolean;
  toAttribute?: (value: unknown) => string;
}

/** A component's CSS: one style sheet's text or a list of them (shared ones first). */
export type Styles = string | readonly Styles[];

/**
 * Tags a style sheet's text, so that the build minifies it as it does Lit's `css`. Nothing is interpolated:
 * styles are static, and the sheets are made once per class, on its first connection.
 */
export const css = (strings: TemplateStringsArray): string => strings[0];

export type PropertyDeclarations = Record<string, PropertyOptions>;
export type PropertyValues = Map<PropertyKey, unknown>;

/**
 * The reactive lifecycle of Lit's `ReactiveElement`, cut to what these widgets use: declared properties tied to
 * attributes, batched asynchronous updates (`willUpdate`, then `render` through lit-html), `updateComplete`,
 * reactive controllers, and constructable style sheets adopted into an open shadow root. `LitElement` with Lit's
 * `css` costs about 1,900 B (gzip -9) more in the drop-in bundle: more than the localization it makes room for.
 *
 * @internal
 */
// Server-side frameworks import the package's classes in Node, where there is no HTMLElement.
const Element = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

export abstract class ReactiveWidget extends Element implements ReactiveControllerHost {
  static styles: Styles = [];
  static properties: PropertyDeclarations = {};

  private static __attributes: Map<string, [string, PropertyOptions]>;
  private static __names: string[];
  private static __sheets: CSSStyleSheet[];

  /** Read once, when the tag is defined: also where the accessors of the class's properties are made. */
  static get observedAttributes(): string[] {
    const parent = Object.getPrototypeOf(this) as typeof ReactiveWidget;
    // The parent's getter makes its own accessors first; a subclass adds to its attributes.
    const inherited = parent !== ReactiveWidget && parent.observedAttributes;
    this.__attributes = new Map(inherited ? parent.__attributes : []);
    this.__names = inherited ? [...parent.__names] : [];
    if (!Object.hasOwn(this, 'properties')) return [...this.__attributes.keys()];
    for (const [name, options] of Object.entries(this.properties)) {
      this.__names.push(name);
      if (!options.state) this.__attributes.set(options.attribute ?? name.toLowerCase(), [name, options]);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveWidget) {
          return this.__values.get(name);
        },
        set(this: ReactiveWidget, value: unknown) {
          const old = this.__values.get(name);
          this.__values.set(name, value);
          if (!Object.is(old, value)) this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
    return [...this.__attributes.keys()];
  }

  /** The shadow root the widget renders into; made on first connection. */
  renderRoot?: ShadowRoot;
  /** Whether the widget has rendered at least once. */
  hasUpdated = false;

  private __values = new Map<string, unknown>();
  private __changed: PropertyValues = new Map();
  private __controllers = new Set<ReactiveController>();
  private __updatePending = false;
  private __reflecting?: string;
  private __resolveFirstConnection!: () => void;
  private __firstConnection = new Promise<void>((resolve) => (this.__resolveFirstConnection = resolve));
  private __updated: Promise<unknown> = this.__firstConnection;

  constructor() {
    super();
    // A page may set properties before the tag is defined; they are applied once the class's defaults are set.
    for (const name of (this.constructor as typeof ReactiveWidget).__names) {
      if (Object.hasOwn(this, name)) {
        const value = (this as unknown as Record<string, unknown>)[name];
        Reflect.deleteProperty(this, name);
        void this.__firstConnection.then(() => ((this as unknown as Record<string, unknown>)[name] = value));
      }
    }
    this.requestUpdate();
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      const ctor = this.constructor as typeof ReactiveWidget;
      try {
        ctor.__sheets = Object.hasOwn(ctor, '__sheets')
          ? ctor.__sheets
          : ([ctor.styles].flat(9) as string[]).map((text) => {
              const sheet = new CSSStyleSheet();
              sheet.replaceSync(text);
              return sheet;
            });
      } catch {
        // No constructable style sheets (Safari before 16.4): the element stays as it is, its fallback in view.
        return;
      }
      this.renderRoot = this.attachShadow({ mode: 'open' });
      this.renderRoot.adoptedStyleSheets = ctor.__sheets;
    }
    this.__resolveFirstConnection();
    this.__controllers.forEach((controller) => controller.hostConnected?.());
  }

  disconnectedCallback(): void {
    this.__controllers.forEach((controller) => controller.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (attribute === this.__reflecting) return;
    const declared = (this.constructor as typeof ReactiveWidget).__attributes.get(attribute);
    if (declared) (this as unknown as Record<string, unknown>)[declared[0]] = declared[1].type ? value !== null : value;
  }

  addController(controller: ReactiveController): void {
    this.__controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.__controllers.delete(controller);
  }

  /** Schedules an update; `name` and `old` record a property's change for `willUpdate`. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.__changed.has(name)) this.__changed.set(name, old);
    if (this.__updatePending) return;
    this.__updatePending = true;
    const update = () => this.__update();
    // A failed update (its error reaches the page's error handlers) does not stop the next ones.
    this.__updated = this.__updated.then(update, update);
  }

  /** Resolves when no update is pending. */
  get updateComplete(): Promise<boolean> {
    return this.__updated.then(() => (this.__updatePending ? this.updateComplete : true));
  }

  private __update(): void {
    const changed = this.__changed;
    try {
      this.willUpdate(changed);
      const ctor = this.constructor as typeof ReactiveWidget;
      for (const [attribute, [name, options]] of ctor.__attributes) {
        if (!options.reflect || !changed.has(name)) continue;
        const value = (this as unknown as Record<string, unknown>)[name];
        this.__reflecting = attribute;
        if (value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, (options.toAttribute ?? String)(value));
        this.__reflecting = undefined;
      }
    } finally {
      this.__changed = new Map();
      this.__updatePending = false;
    }
    render(this.render(), this.renderRoot as ShadowRoot, { host: this });
    this.hasUpdated = true;
  }

  /** Derives state from the properties in `changed` before rendering. */
  protected willUpdate(_changed: PropertyValues): void {}

  protected abstract render(): unknown;
}
