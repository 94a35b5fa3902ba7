import { adoptStyles, isServer, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { nextTask } from '../shared/next-task.js';
import { DEFER_HYDRATION, HELD_CONTROL, WAKING_INPUT } from './protocol.js';
import { RENDER_KEY, renderKeyOf, type RenderFacts } from './render-key.js';

type HydrationModule = typeof import('./hydrate.js');

/** Input that may come to a deferred widget before the hydration module: it wakes the widget once the module is here. */
const EARLY_INPUT = [...WAKING_INPUT, 'click'];

/** An input event kept for the hydration module, with its target inside the shadow root. */
export interface EarlyInput {
  type: string;
  target: EventTarget;
}

let hydrationModule: Promise<HydrationModule | undefined> | undefined;

/**
 * The hydration module, loaded for the first server-rendered widget and never on a page without one. Where it does
 * not load (a copy of the bundle without `hydrate.js` beside it), the widgets render afresh: they still work.
 */
const loadHydration = () =>
  (hydrationModule ??= import('./hydrate.js').catch(() => {
    console.warn('pa-statement-widget: hydrate.js did not load; server-rendered widgets are rendered afresh.');
    return undefined;
  }));

/**
 * A `LitElement` whose shadow root a server may have rendered: Lit's own `@lit-labs/eleventy-plugin-lit`, `render()`
 * from `@lit-labs/ssr`, or this package's prerenderer. It follows Lit's protocol: it waits while it carries
 * `defer-hydration`, which it never removes itself (the hydration module's coordinator does, for a widget at the top
 * level of the page, when it is needed; a server-rendered parent does for those in its shadow root). Unlike Lit's
 * global hydration support it patches nothing: only these elements hydrate, with `hydrate()` from
 * `@lit-labs/ssr-client`, in the hydration module, which only a page with a server-rendered widget loads.
 *
 * Before hydrating, the module checks the tree; where it cannot be trusted, or Lit's hydration throws, the element
 * renders afresh, keeping the focus on the same control, and says why once in the console. A declarative `<style>`
 * that the page's Content-Security-Policy refused gives way to the element's own adopted style sheets as soon as it
 * connects.
 */
export abstract class HydratableElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DEFER_HYDRATION];
  }

  /**
   * What the tree depends on besides its templates, for the check before hydrating.
   *
   * @internal
   */
  abstract get renderFacts(): RenderFacts;

  /** The hydration module, while the first update is to hydrate the server's tree. */
  private __hydration?: HydrationModule;

  /** Waiting to connect: for the hydration module, or for what `whenReady` waits for. */
  private __connecting = false;

  /** Finds the control that had the focus in a tree just replaced. */
  private __focused?: () => Element | undefined;

  /**
   * The shadow root as a server wrote it, until the element has taken it over.
   *
   * @internal
   */
  get serverRendered(): ShadowRoot | undefined {
    const root = this.shadowRoot;
    return root?.firstChild && !this.hasUpdated && !this.__hydration ? root : undefined;
  }

  override connectedCallback(): void {
    const root = this.serverRendered;
    if (root && !root.querySelector('style')?.sheet && !root.querySelector('link')) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    if (!this.hasAttribute(DEFER_HYDRATION)) return this.__connect();
    // Input before the module, which coordinates deferred widgets, is kept for it; a button's click waits to be
    // replayed.
    const early: EarlyInput[] = [];
    const keep = (event: Event) => {
      const target = event.composedPath()[0];
      if (event.type === 'click') {
        if (!(target as Element).closest?.(HELD_CONTROL)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      early.push({ type: event.type, target });
    };
    for (const type of EARLY_INPUT) this.addEventListener(type, keep, true);
    // Loaded from the next task: the one that defines the elements, at the start of the page, stays short.
    void nextTask()
      .then(loadHydration)
      .then((hydration) => {
        for (const type of EARLY_INPUT) this.removeEventListener(type, keep, true);
        // Without the module that coordinates it, a waiting widget would stay inert: it renders afresh instead.
        if (hydration) hydration.wait(this, early);
        else this.__connect(true);
      });
  }

  override disconnectedCallback(): void {
    void hydrationModule?.then((hydration) => hydration?.stopWaiting(this));
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== DEFER_HYDRATION) super.attributeChangedCallback(name, old, value);
    else if (value === null && old !== null && this.isConnected) this.__connect();
  }

  /**
   * What the element waits for before it connects (its shadow root, styles, first render), if anything. Meanwhile
   * its light-DOM fallback, or the server's tree, stays in view.
   */
  protected whenReady(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Connects at once, or once what it waits for is here: the hydration module and the whole shadow root for a
   * server-rendered one (an `async` script may run while the parser still writes it), and `whenReady`. The first
   * update then checks the server's tree and hydrates it. `despiteDeferral`: for a deferred widget whose coordinator,
   * the hydration module, could not load.
   */
  private __connect(despiteDeferral = false): void {
    if (this.__connecting) return;
    const serverRendered = this.serverRendered;
    const ready = this.whenReady();
    if (!serverRendered && !ready) return super.connectedCallback();
    this.__connecting = true;
    const parsed =
      document.readyState === 'loading'
        ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
        : undefined;
    const hydration = serverRendered && Promise.resolve(parsed).then(loadHydration);
    void Promise.all([hydration, ready]).then(([loaded]) => {
      this.__connecting = false;
      if (!this.isConnected || (this.hasAttribute(DEFER_HYDRATION) && !despiteDeferral)) return;
      this.__hydration = loaded || undefined;
      super.connectedCallback();
    });
  }

  /**
   * On a server, the render key goes on the element, for the client to check (see `hydrate.ts`). A browser never
   * writes one, and carries no code for it.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) this.setAttribute(RENDER_KEY, renderKeyOf(this));
  }

  /** The server's tree, to hydrate; without the hydration module, an emptied root with the element's own styles. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    if (!this.__hydration) this.__replace(root);
    return root;
  }

  /** Empties `root`, whose tree cannot be hydrated, for a fresh render with the element's own styles. */
  private __replace(root: ShadowRoot, hydration?: HydrationModule): void {
    const focused = root.activeElement;
    this.__focused = focused ? hydration?.locator(root, focused) : undefined;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * Hydrates the server's tree on the first update where the check trusts it, as Lit's own hydration support does:
   * the element's properties are applied (`ReactiveElement`'s update), then `hydrate()` binds the template to the
   * nodes in place of rendering them. Otherwise, and on every later update, Lit renders.
   */
  protected override update(changed: PropertyValues): void {
    const hydration = this.__hydration;
    const root = this.renderRoot as ShadowRoot;
    this.__hydration = undefined;
    const applyProperties = () => ReactiveElement.prototype['update'].call(this, changed);
    if (!hydration?.hydrateServerTree(this, root, applyProperties)) {
      if (hydration) this.__replace(root, hydration);
      super.update(changed);
      (this.__focused?.() as HTMLElement | undefined)?.focus();
      this.__focused = undefined;
    }
    // The element is now as the client renders it: the key, which only a server writes, goes.
    if (!this.hasUpdated) this.removeAttribute(RENDER_KEY);
  }
}
