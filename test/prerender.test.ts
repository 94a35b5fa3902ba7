// Prerendered widgets (declarative shadow DOM written by the prerenderer in Node) in the minified drop-in bundle:
// they show before any script runs, and hydrate without a flash, a shift or a duplicated node.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { frame } from './helpers.js';

interface Prerendered {
  html: string;
  warnings: string[];
}

const prerender = (html: string, options?: object) =>
  executeServerCommand<Prerendered, object>('prerender', { html, options }) as Promise<Prerendered>;

const BUNDLE = '<script type="module" src="/cdn/pa-statement-widget.js"></script>';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A page of `body`, with the bundle or, `scripts: false`, in a frame that runs no script at all. */
async function page(body: string, { scripts = true, lang = 'en' } = {}) {
  const srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}${scripts ? BUNDLE : ''}</body></html>`;
  const source = scripts ? { srcdoc } : { srcdoc, sandbox: 'allow-same-origin' };
  const ready = (view: Window) =>
    !scripts || [...view.document.querySelectorAll('[defer-hydration], :not(:defined)')].length === 0;
  return frame(source, ready);
}

describe('prerendered widgets', () => {
  it('shows a prerendered point without script, and hydrates it in place', async () => {
    const { html } = await prerender('<pa-statement-point point="4"><p>Fallback</p></pa-statement-point>');
    const still = await page(html, { scripts: false });
    const before = still.document.querySelector('pa-statement-point') as Widget;
    expect(before.shadowRoot?.textContent).to.contain('There is no place for torture');
    const live = await page(html);
    const element = live.document.querySelector('pa-statement-point') as Widget;
    await element.updateComplete;
    expect(element.hasAttribute('rendered')).to.equal(true);
    expect(element.shadowRoot?.querySelectorAll('figure').length).to.equal(1);
    expect(element.shadowRoot?.textContent).to.equal(before.shadowRoot?.textContent);
    still.iframe.remove();
    live.iframe.remove();
  });
});
