// When the widgets render: those on the page when the bundle defines their tags, each in a task of its own (the
// bundle's work is never one long task); one a script adds later, at once, in that script's task. Runs against the
// minified bundle, loaded into a page that already holds the elements, as a partner's page does.
import { expect } from '@open-wc/testing';
import { frame } from '../helpers.js';

type Recording = Window & { renderedTogether: string[][] };

/** A page holding one of each element before the bundle runs; records which of them render in the same task. */
const partnerPage = (lang = 'en') => `<!doctype html>
<html lang="${lang}">
<body>
  <pa-statement-point point="4"><p>Fallback</p></pa-statement-point>
  <pa-statement limit="3"><p>Fallback</p></pa-statement>
  <pa-statement-quote><p>Fallback</p></pa-statement-quote>
  <script>
    // A mutation observer's callback runs once at the end of each task that made changes: one call, one task.
    window.renderedTogether = [];
    new MutationObserver((records) => renderedTogether.push(records.map((record) => record.target.localName)))
      .observe(document.body, { attributeFilter: ['rendered'], subtree: true });
  </script>
  <script type="module" src="/cdn/pa-statement-widget.js"></script>
</body>
</html>`;

describe('first render', () => {
  // On a page in another language, after the language's module has loaded.
  for (const lang of ['en', 'de']) {
    it(`gives each widget on the page at definition a task of its own (lang="${lang}")`, async () => {
      const page = await frame(
        { srcdoc: partnerPage(lang) },
        (view) => (view as Recording).renderedTogether?.flat().length === 3,
      );
      const { renderedTogether } = page.view as Recording;
      expect(renderedTogether.map((together) => together.length)).to.deep.equal([1, 1, 1]);
      expect(renderedTogether.flat().sort()).to.deep.equal([
        'pa-statement',
        'pa-statement-point',
        'pa-statement-quote',
      ]);
      page.iframe.remove();
    });
  }

  it('renders a widget that a script adds later at once, before any other task', async () => {
    const page = await frame({ srcdoc: partnerPage() }, (view) => (view as Recording).renderedTogether?.length === 3);
    const element = page.document.createElement('pa-statement-point') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    element.setAttribute('point', '7');
    let otherTaskRan = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (otherTaskRan = true);
    channel.port2.postMessage(null);
    page.document.body.append(element);
    await element.updateComplete;
    expect(otherTaskRan, 'a task ran before the render').to.equal(false);
    expect(element.hasAttribute('rendered')).to.equal(true);
    channel.port1.close();
    page.iframe.remove();
  });
});
