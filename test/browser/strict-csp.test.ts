// The drop-in bundle on a page served with a strict Content-Security-Policy (see test/fixtures/strict-csp.*).
import { expect } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';

interface Report {
  error: string | null;
  policyEnforced: boolean;
  controlSeen: boolean;
  violations: string[];
  resources: string[];
  newGlobals: string[];
  styleElements: number;
  cookie: string;
  storage: number;
  texts: { statement: string; point: string; quote: string; german: string };
}

function loadStrictPage(): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.src = new URL('../fixtures/strict-csp.html', import.meta.url).href;
  return new Promise((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as Report);
    });
    document.body.append(frame);
  });
}

describe('on a page with a strict Content-Security-Policy', () => {
  let report: Report;
  before(async () => {
    report = await loadStrictPage();
  });

  it('works, with no violation reported', () => {
    expect(report.policyEnforced, 'the page is served with the policy').to.equal(true);
    expect(report.controlSeen, 'a violation made on purpose is reported').to.equal(true);
    expect(report.error).to.equal(null);
    expect(report.violations).to.deep.equal([]);
    expect(report.texts.statement).to.contain(points[0].text).and.to.contain(points[10].text);
    expect(report.texts.point).to.contain(points[3].text);
    expect(report.texts.quote).to.contain(points[0].quote);
    expect(report.texts.german, 'a locale module loads under the policy').to.contain('Punkt 2 von 11');
  });

  it("makes no request but for the module itself and the page language's module beside it", () => {
    // The test server's own socket script is injected into every page it serves; it is not the widget's.
    const requests = report.resources.filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal([
      '/test/fixtures/strict-csp.js',
      '/cdn/pa-statement-widget.js',
      '/cdn/locales/de.js',
    ]);
  });

  it("adds nothing to the page: only Lit's own markers as globals, no styles, cookies or storage", () => {
    // `litElementHydrateSupport`: the hook by which Lit's hydration support (in the bundle) reaches LitElement.
    const litMarkers = [
      'litPropertyMetadata',
      'reactiveElementVersions',
      'litHtmlVersions',
      'litElementVersions',
      'litElementHydrateSupport',
    ];
    expect(report.newGlobals.filter((name) => !litMarkers.includes(name))).to.deep.equal([]);
    expect(report.styleElements).to.equal(0);
    expect(report.cookie).to.equal('');
    expect(report.storage).to.equal(0);
  });
});
