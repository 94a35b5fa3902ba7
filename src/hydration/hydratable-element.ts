import { adoptStyles, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { stopWaiting, waitToWake, wake, wakeForChange } from './gate.js';
import { loadHydration, type HydrationModule } from './load-hydration.js';
import { locator } from './locator.js';
import { DEFER_HYDRATION } from './protocol.js';

/**
 * A `LitElement` whose shadow root a server may have rendered: Lit's own `@lit-labs/eleventy-plugin-lit`, `render()`
 * from `@lit-labs/ssr`, or this package's prerenderer. It follows Lit's protocol: it waits while it carries
 * `defer-hydration`, which it never removes itself (the gate does, for a widget no deferring parent owns, once the
 * page is idle or a reader needs it; a server-rendered parent does for those in its shadow root). Unlike Lit's global
 * hydration support it patches nothing: only these elements hydrate, in the hydration module, `hydrate.js`, which
 * only a page with a server-rendered widget loads.
 *
 * The server's tree keeps its nodes only where it is what the element renders now (see `hydrate.ts`); otherwise the
 * element renders afresh in the same task, keeping the focus on the same control. Its own style sheets are adopted
 * as soon as it connects, whatever became of the `<style>` or `<link>` it was served with.
 */
export abstract class HydratableElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DEFER_HYDRATION];
  }

  /** The shadow root a server wrote, from its connection to its first update. */
  private __serverRoot?: ShadowRoot;

  /** The hydration module, for the first update of a server-rendered widget. */
  private __hydration?: HydrationModule;

  /** Waiting to connect, for what `whenReady` waits for, or for the hydration module. */
  private __connecting = false;

  /** Asked to update while it waited: the page changed what it shows. */
  private __changedWhileWaiting = false;

  override connectedCallback(): void {
    const root = this.hasUpdated ? null : this.shadowRoot;
    if (root) {
      this.__serverRoot = root;
      // Styles always arrive: the page may have dropped the <style> it was served with, or a policy refused it, and
      // a <link> may fail (a failed one cannot be told from a loaded one across origins). Where the served <style>
      // applies, adopting the same again would only cost the page a new style calculation of the tree.
      if (!root.querySelector('style')?.sheet) this.__adoptStyles(root);
    }
    if (this.hasAttribute(DEFER_HYDRATION)) waitToWake(this);
    else this.__connect();
  }

  override disconnectedCallback(): void {
    stopWaiting(this);
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== DEFER_HYDRATION) super.attributeChangedCallback(name, old, value);
    else if (value === null && this.isConnected) {
      // Woken by a parent as by the gate: the gate lets go of its input once the element is live.
      wake(this);
      this.__connect();
    }
  }

  /** A waiting widget asked to update wakes: what it shows must change (see the gate). */
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (wakeForChange(this)) this.__changedWhileWaiting = true;
  }

  /**
   * What the element waits for before it connects (its shadow root, styles, first render), if anything. Meanwhile
   * its light-DOM fallback, or the server's tree, stays in view.
   */
  protected whenReady(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Connects at once, or once what it waits for is here: the hydration module for a server-rendered one, `whenReady`. */
  private __connect(): void {
    if (this.__connecting) return;
    const serverRoot = this.__serverRoot;
    const ready = this.whenReady();
    if (!serverRoot && !ready) return super.connectedCallback();
    this.__connecting = true;
    void Promise.all([serverRoot && loadHydration(), ready]).then(([hydration]) => {
      this.__connecting = false;
      if (!this.isConnected || this.hasAttribute(DEFER_HYDRATION)) return;
      this.__hydration = hydration;
      super.connectedCallback();
    });
  }

  /** A server's root as it is, its styles adopted on connection (Lit's own would patch or add to it). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot ?? super.createRenderRoot();
  }

  /**
   * The first update of a server-rendered widget hydrates its tree where the hydration module trusts it: the
   * element's properties are applied (`ReactiveElement`'s update), then Lit binds the template to the nodes in place
   * of rendering them. Otherwise the tree is emptied and rendered afresh, the focus kept on the same control; and
   * every later update renders.
   */
  protected override update(changed: PropertyValues): void {
    const root = this.__serverRoot;
    const hydration = this.__hydration;
    this.__serverRoot = this.__hydration = undefined;
    const applyProperties = () => ReactiveElement.prototype['update'].call(this, changed);
    const renderAfresh = () => {
      const refocus = root && this.__forgetServerTree(root);
      this.requestUpdate();
      void this.updateComplete.then(() => refocus?.()?.focus());
    };
    if (root && hydration?.hydrateServerTree(this, root, applyProperties, this.__changedWhileWaiting, renderAfresh)) {
      return;
    }
    const refocus = root && this.__forgetServerTree(root);
    super.update(changed);
    refocus?.()?.focus();
  }

  private __adoptStyles(root: ShadowRoot): void {
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * Empties a server's tree that is not the element's own, for its next render, with the element's own styles;
   * returns what finds the control that had the focus in the tree rendered afresh.
   */
  private __forgetServerTree(root: ShadowRoot): () => HTMLElement | undefined {
    const focused = root.activeElement;
    const refocus = focused ? locator(root, focused) : () => undefined;
    // A new place to render into, which lit-html keys its render on: a part hydrated on the root goes with the nodes.
    const end = document.createComment('');
    root.replaceChildren(end);
    this.renderOptions.renderBefore = end;
    this.__adoptStyles(root);
    return refocus;
  }
}
