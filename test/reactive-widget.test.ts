import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from 'lit/html.js';
import { ReactiveWidget, type PropertyDeclarations, type PropertyValues } from '../src/shared/reactive-widget.js';

let defined = 0;

/** A fresh test element class and tag, recording its updates. */
function defineProbe() {
  class Probe extends ReactiveWidget {
    static override properties = {
      label: {},
      fullName: { attribute: 'full-name' },
      active: { type: Boolean },
      mood: { reflect: true, toAttribute: (value: unknown) => `mood:${String(value)}` },
      count: { state: true },
    };

    label?: string | null;
    fullName?: string | null;
    active = false;
    mood?: string | null;
    count = 0;
    readonly changes: Map<PropertyKey, unknown>[] = [];
    renders = 0;

    protected override willUpdate(changed: PropertyValues): void {
      this.changes.push(new Map(changed));
    }

    protected override render() {
      this.renders += 1;
      return template`<p>${this.label} ${this.fullName} ${this.active} ${this.count}</p>`;
    }
  }
  defined += 1;
  const tag = `reactive-probe-${defined}`;
  return { Probe, tag };
}

describe('ReactiveWidget', () => {
  it('maps attributes to properties: text, renamed, Boolean; reflects with its converter', async () => {
    const { Probe, tag } = defineProbe();
    customElements.define(tag, Probe);
    const element = document.createElement(tag) as InstanceType<typeof Probe>;
    element.setAttribute('label', 'One');
    element.setAttribute('full-name', 'Ada Lovelace');
    element.setAttribute('active', '');
    document.body.append(element);
    await element.updateComplete;
    expect([element.label, element.fullName, element.active]).to.deep.equal(['One', 'Ada Lovelace', true]);
    expect(element.renderRoot?.textContent).to.equal('One Ada Lovelace true 0');
    element.removeAttribute('active');
    element.removeAttribute('label');
    element.mood = 'calm';
    await element.updateComplete;
    expect([element.label, element.active]).to.deep.equal([null, false]);
    expect(element.getAttribute('mood')).to.equal('mood:calm');
    expect(element.mood, 'reflecting does not convert back').to.equal('calm');
    element.mood = null;
    await element.updateComplete;
    expect(element.hasAttribute('mood')).to.equal(false);
    expect(element.hasAttribute('count'), 'state has no attribute').to.equal(false);
    element.remove();
  });

  it('batches changes into one update that sees each property’s value before the batch', async () => {
    const { Probe, tag } = defineProbe();
    customElements.define(tag, Probe);
    const element = await fixture<InstanceType<typeof Probe>>(`<${tag} label="a"></${tag}>`);
    expect(element.renders).to.equal(1);
    element.label = 'b';
    element.label = 'c';
    element.count = 2;
    element.count = 2;
    await element.updateComplete;
    expect(element.renders).to.equal(2);
    expect(element.changes[1]).to.deep.equal(
      new Map<PropertyKey, unknown>([
        ['label', 'a'],
        ['count', 0],
      ]),
    );
    element.label = 'c';
    await element.updateComplete;
    expect(element.renders, 'an unchanged value requests no update').to.equal(2);
  });

  it('applies properties a page set before the tag was defined', async () => {
    const { Probe, tag } = defineProbe();
    const page = await fixture(html`<div></div>`);
    page.innerHTML = `<${tag}></${tag}>`;
    const early = page.firstElementChild as HTMLElement & { label?: string; count?: number };
    early.label = 'set early';
    customElements.define(tag, Probe);
    const element = early as InstanceType<typeof Probe>;
    await element.updateComplete;
    expect(element.label).to.equal('set early');
    expect(element.renderRoot?.textContent).to.equal('set early  false 0');
  });

  it('connects controllers with the host, also those added after connection, until removed', async () => {
    const { Probe, tag } = defineProbe();
    customElements.define(tag, Probe);
    const element = await fixture<InstanceType<typeof Probe>>(`<${tag}></${tag}>`);
    const calls: string[] = [];
    const controller = {
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
    };
    element.addController(controller);
    const parent = element.parentElement as HTMLElement;
    element.remove();
    parent.append(element);
    element.removeController(controller);
    element.remove();
    expect(calls).to.deep.equal(['connected', 'disconnected', 'connected']);
  });

  it('resolves updateComplete only after updates requested during an update', async () => {
    const { Probe, tag } = defineProbe();
    class Chained extends Probe {
      protected override willUpdate(changed: PropertyValues): void {
        super.willUpdate(changed);
        if (this.count < 3) queueMicrotask(() => (this.count += 1));
      }
    }
    customElements.define(tag, Chained);
    const element = await fixture<Chained>(`<${tag}></${tag}>`);
    expect(await element.updateComplete).to.equal(true);
    expect(element.count).to.equal(3);
    expect(element.renderRoot?.textContent).to.equal('  false 3');
  });

  it("applies an inherited property set before definition, and never throws where style sheets can't be made", async () => {
    class Parent extends ReactiveWidget {
      static override properties: PropertyDeclarations = { tone: { reflect: true } };
      tone?: string;
      protected override render() {
        return template`<p>${this.tone}</p>`;
      }
    }
    class Child extends Parent {
      static override properties: PropertyDeclarations = { size: {} };
    }
    defined += 1;
    const tag = `reactive-child-${defined}`;
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = `<${tag}></${tag}>`;
    const early = page.firstElementChild as HTMLElement & { tone?: string };
    early.tone = 'dark';
    customElements.define(tag, Child);
    const element = early as Child;
    await element.updateComplete;
    expect(element.getAttribute('tone')).to.equal('dark');
    element.tone = 'light';
    await element.updateComplete;
    expect(element.renderRoot?.textContent).to.equal('light');

    // Safari before 16.4 has no constructable style sheets: the element keeps its content, and nothing throws.
    const { CSSStyleSheet } = window;
    class Unstyled extends ReactiveWidget {
      static override styles = 'p { color: red }';
      protected override render() {
        return template`<p>rendered</p>`;
      }
    }
    customElements.define(`reactive-unstyled-${defined}`, Unstyled);
    Object.defineProperty(window, 'CSSStyleSheet', {
      value: function NoSheets() {
        throw new TypeError('Illegal constructor');
      },
      configurable: true,
    });
    try {
      const unstyled = document.createElement(`reactive-unstyled-${defined}`) as Unstyled;
      unstyled.textContent = 'fallback';
      page.append(unstyled);
      expect(unstyled.shadowRoot).to.equal(null);
      expect(unstyled.textContent).to.equal('fallback');
    } finally {
      Object.defineProperty(window, 'CSSStyleSheet', { value: CSSStyleSheet, configurable: true });
    }
  });
});
