// The drop-in bundle on pages that enforce Trusted Types, their policy sent as a real Content-Security-Policy header
// (the `serve-page` command, tools/test-env/server-side.js): which policies the bundle, hydrate.js and the locale modules
// create, and what a page's `trusted-types` directive must allow when the bundle runs twice (the same file under two
// addresses, `?ver=1` added by a CMS); beside a prerendered widget, hydrate.js creates none (it borrows the bundle's
// lit-html).
// And the builder's page, which the site serves under Trusted Types. The facts are in docs/security.md, "Trusted
// Types". Chromium, Firefox and WebKit here all enforce Trusted Types, alike.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { BUILDER_POLICY, LIT_POLICY } from '../../demo/builder/trusted-types.js';
import { frame, openBuilder } from '../helpers.js';
import {
  BUNDLE,
  close,
  keptPrerenderedNodes,
  NODES_BEFORE_THE_BUNDLE,
  prerender,
  shadowPart,
  shownPoints,
  until,
  widgetsIn,
  type Page,
  type Widget,
} from '../prerendered-pages.js';

const ENFORCED = "require-trusted-types-for 'script'";
/** What docs/security.md asks of a page that may load the bundle twice, or holds a prerendered widget. */
const WITH_DUPLICATES = `${ENFORCED}; trusted-types lit-html 'allow-duplicates'`;
/** Enough for one copy of the bundle on a page without prerendered widgets. */
const WITHOUT_DUPLICATES = `${ENFORCED}; trusted-types lit-html`;

const HYDRATE = '/cdn/hydrate.js';

interface Policy {
  name: string;
  by: string;
  created: boolean;
  error?: string;
}
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}
type Recorded = Window & { policies: Policy[]; violations: Violation[]; errors: string[]; warnings: string[] };

/** Each policy asked for, by name, by which file (its address without the query, which WebKit's stacks leave out). */
const policiesOf = (recorded: Recorded) =>
  recorded.policies.map(({ name, by, created }) => ({ name, by: by.replace(/\?.*$/, ''), created }));

const litPolicy = (by: string, created = true) => ({ name: LIT_POLICY, by, created });
const refusedLitPolicy = { directive: 'trusted-types', blocked: 'trusted-types-policy', sample: LIT_POLICY };

const PLAIN_AND_GERMAN =
  '<pa-statement-point point="4"></pa-statement-point><div lang="de"><pa-statement-point point="2"></pa-statement-point></div>';

/** A page of `body` then `scripts` (module addresses), sent with `policy` as its Content-Security-Policy header. */
async function open(body: string, policy: string, scripts: string[]) {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<script src="/test/fixtures/trusted-types-recorder.js"></script></head><body>' +
    body +
    NODES_BEFORE_THE_BUNDLE +
    scripts.map((src) => `<script type="module" src="${src}"></script>`).join('') +
    '</body></html>';
  const path = await executeServerCommand<string, object>('serve-page', {
    html,
    headers: { 'Content-Security-Policy': policy },
  });
  // Module scripts have run by the load event: the elements are defined by then, or never.
  const opened = await frame({ src: path }, () => true);
  return { ...opened, recorded: opened.view as Recorded };
}

/** Waits until both widgets of PLAIN_AND_GERMAN have rendered, the second in German. */
async function renderedInEnglishAndGerman(opened: Page) {
  const [english, german] = widgetsIn(opened.document);
  const text = (widget: Widget) => (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  await until(() => english.hasUpdated && text(english).includes('Point 4 of 11'), 'the English widget renders');
  await until(() => german.hasUpdated && text(german).includes('Punkt 2 von 11'), 'the German widget renders');
}

const aWhile = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

/** The name of what `run` throws (from another frame, so not `instanceof` this one's TypeError), or ''. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).name;
  }
  return '';
}

/** The policy violations reported in `opened`, once there are `count`: a browser reports them in a later task. */
async function violationsIn(opened: { recorded: Recorded }, count: number) {
  await until(() => opened.recorded.violations.length >= count, `${count} violation(s) reported`);
  return opened.recorded.violations;
}

describe('the drop-in bundle under Trusted Types, the policy sent as a header', () => {
  it('creates one policy, lit-html, as it loads; the locale modules create none', async () => {
    const opened = await open(PLAIN_AND_GERMAN, WITHOUT_DUPLICATES, [BUNDLE]);
    await renderedInEnglishAndGerman(opened);
    expect(policiesOf(opened.recorded)).to.deep.equal([litPolicy(BUNDLE)]);
    expect(opened.recorded.violations).to.deep.equal([]);
    expect(opened.recorded.errors).to.deep.equal([]);
    // The control: the page's policy is in force, and refuses a plain string to an injection sink.
    const sink = opened.document.createElement('div');
    expect(thrown(() => (sink.innerHTML = '<b>text</b>'))).to.equal('TypeError');
    close(opened);
  });

  it("loaded twice, under two addresses: each copy creates lit-html, which 'allow-duplicates' lets it", async () => {
    const opened = await open(PLAIN_AND_GERMAN, WITH_DUPLICATES, [BUNDLE, `${BUNDLE}?ver=1`]);
    await renderedInEnglishAndGerman(opened);
    expect(policiesOf(opened.recorded)).to.deep.equal([litPolicy(BUNDLE), litPolicy(BUNDLE)]);
    expect(opened.recorded.violations).to.deep.equal([]);
    expect(opened.recorded.errors).to.deep.equal([]);
    close(opened);
  });

  it("loaded twice without 'allow-duplicates': the second copy fails as it loads; the first copy's widgets work", async () => {
    const opened = await open(PLAIN_AND_GERMAN, WITHOUT_DUPLICATES, [BUNDLE, `${BUNDLE}?ver=1`]);
    await renderedInEnglishAndGerman(opened);
    expect(policiesOf(opened.recorded)).to.deep.equal([litPolicy(BUNDLE), litPolicy(BUNDLE, false)]);
    // A TypeError ("Policy with name "lit-html" already exists" in Chromium), uncaught: the page's error handlers and
    // the policy's report-to see it, and nothing of the second copy runs.
    const [refusal] = opened.recorded.policies.slice(1).map((policy) => policy.error);
    expect(refusal).to.match(/^TypeError: /);
    expect(opened.recorded.errors).to.have.length(1);
    expect(opened.recorded.errors[0]).to.contain(refusal?.replace(/^TypeError: /, ''));
    expect(await violationsIn(opened, 1)).to.deep.equal([refusedLitPolicy]);
    close(opened);
  });

  it("beside a prerendered widget: hydrate.js creates no policy, and the widget hydrates without 'allow-duplicates'", async () => {
    const { html } = await prerender(`<div style="height: 3000px"></div><pa-statement limit="2"></pa-statement>`);
    const opened = await open(html, WITHOUT_DUPLICATES, [BUNDLE]);
    const [statement] = widgetsIn(opened.document);
    const loaded = () =>
      opened.view.performance.getEntriesByType('resource').some(({ name }) => name.endsWith(HYDRATE));
    await until(loaded, 'hydrate.js loads');
    // A reader presses "Show all" on the server's tree: the widget hydrates, then does what was pressed.
    shadowPart(statement, 'toggle-button').click();
    await until(() => statement.hasUpdated && shownPoints(statement) === 11, 'the statement hydrates and shows all');
    expect(keptPrerenderedNodes(opened, statement), 'hydrated, not rendered afresh').to.equal(true);
    expect(policiesOf(opened.recorded)).to.deep.equal([litPolicy(BUNDLE)]);
    expect(opened.recorded.violations).to.deep.equal([]);
    expect(opened.recorded.errors).to.deep.equal([]);
    expect(opened.recorded.warnings).to.deep.equal([]);
    close(opened);
  });

  it('stops altogether where the page allows no lit-html policy: the elements stay undefined, the fallback shows', async () => {
    const opened = await open(
      '<pa-statement-point point="4"><blockquote><p>Fallback</p></blockquote></pa-statement-point>',
      `${ENFORCED}; trusted-types other-policy`,
      [BUNDLE],
    );
    expect(opened.view.customElements.get('pa-statement-point')).to.equal(undefined);
    expect(policiesOf(opened.recorded)).to.deep.equal([litPolicy(BUNDLE, false)]);
    expect(await violationsIn(opened, 1)).to.deep.equal([refusedLitPolicy]);
    expect(opened.recorded.errors).to.have.length(1);
    expect(opened.document.querySelector('pa-statement-point')?.textContent).to.equal('Fallback');
    close(opened);
  });
});

describe("the builder's page, under the site's Trusted Types policy", function () {
  // The prerenderer's worker's first load, in the slowest engine here.
  this.timeout(60000);

  it('starts its prerenderer through its own policy, with no violation', async () => {
    const policy = (await fetch('/site/index.html')).headers.get('Content-Security-Policy') ?? '';
    expect(policy).to.contain(ENFORCED).and.to.contain(`trusted-types ${LIT_POLICY} ${BUILDER_POLICY}`);
    const builder = await openBuilder();
    const view = builder.view as Window & typeof globalThis;
    const violations: string[] = [];
    builder.document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    );
    // The control: a plain address is refused to `new Worker()`, as the builder's was before it had a policy.
    expect(thrown(() => new view.Worker('/test/fixtures/failing-worker.js', { type: 'module' }))).to.equal('TypeError');
    await until(() => violations.length > 0, 'the violation reported');
    expect(violations.splice(0)).to.have.length(1);

    builder.write({ tag: 'pa-statement-point', point: '4', prerendered: true });
    const box = builder.document.querySelector('pre') as HTMLElement;
    for (let waited = 0; box.getAttribute('aria-busy') === 'true'; waited += 25) {
      if (waited > 30000) throw new Error('timed out waiting for the prerendered code');
      await aWhile(25);
    }
    expect(builder.document.querySelector('#code')?.textContent).to.contain('<template shadowrootmode="open">');
    expect(builder.document.querySelector('#code-status')?.textContent).to.equal('');
    expect(violations).to.deep.equal([]);
    builder.iframe.remove();
  });
});
