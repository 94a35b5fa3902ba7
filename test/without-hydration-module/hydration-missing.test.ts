// The hydration layer, from source, where hydrate.js does not load (its group's import map sends it to an address
// that answers 404, as a copy of the bundle without hydrate.js beside it would): a server-rendered widget renders
// afresh, works, and the console says so once.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { card, serve, until } from '../hydration-card.js';
import { nextFrames, part } from '../helpers.js';

describe('the hydration layer without hydrate.js', () => {
  it('renders a waiting widget afresh, with the click that woke it, and says once that hydrate.js did not load', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const [element, other] = serve(card() + card());
      const greeting = part(element, 'greeting');
      part(element, 'button').click();
      await until(() => element.hasUpdated && other.hasUpdated, 'both render afresh');
      await element.updateComplete;
      await nextFrames(1);
      expect(part(element, 'greeting')).not.to.equal(greeting);
      expect(element.clicks).to.equal(1);
      expect(element.shadowRoot?.querySelectorAll('p')).to.have.length(1);
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        'pa-statement-widget: hydrate.js did not load; server-rendered widgets are rendered afresh.',
      ]);
    } finally {
      warn.restore();
    }
  });
});
