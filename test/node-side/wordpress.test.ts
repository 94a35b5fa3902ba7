// A real WordPress (Debian's 6.1, Twenty Twenty-Three) embedding a point's address and the statement's, as a
// partner's Author would:
// the flow runs in Node with Chromium (tools/test-env/wordpress-embed.js), once; this file asserts on what it saw. Where
// WordPress or its database is missing, the command fails with what to install, and so does this test.
import { expect } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';
import { untilDone } from '../helpers.js';

interface Viewed {
  link: string;
  saved: string;
  frame: { attributes: Record<string, string>; box: { width: number; height: number } } | null;
  inside: { height: number; text: string; hydrated: boolean; pointsShown: number; status?: string };
  controls?: { heightBefore: number; heightOpened: number; pointsShown: number; status: string };
  fallback: { hidden: boolean; text: string } | null;
  wpEmbedScript: boolean;
  errors: string[];
  afterClick: string;
}
interface Report {
  site: string;
  wordpress: string;
  point: number;
  posts: { classic: Viewed; block: Viewed; statement: Viewed };
}

let report: Report;
before(async function () {
  // Builds the test site if no other test has, installs WordPress, then views two posts.
  this.timeout(200000);
  report = await untilDone<Report>('wordpress-embed');
});

/** What every embed in a post shows: WordPress's sandboxed frame, un-hidden and sized by wp-embed.js. */
function expectShownByWordPress(post: Viewed, address: string, title: string) {
  // Saved through kses, as for any Author: the address stays, the script does not.
  expect(post.saved).to.contain(`\n${address}\n`);
  expect(post.saved).not.to.contain('<script');
  const attributes = post.frame?.attributes ?? {};
  expect(attributes.sandbox).to.equal('allow-scripts');
  expect(attributes.security).to.equal('restricted');
  expect(attributes.src).to.match(new RegExp(`^${address}embed/#\\?secret=[A-Za-z0-9]+$`));
  expect(attributes.title).to.equal(title);
  // Un-hidden and sized by wp-embed.js, to the height the frame reported, within its 200 to 1000 px.
  expect(attributes, 'the clip that hides the frame').not.to.have.property('style');
  expect(post.wpEmbedScript).to.equal(true);
  const expected = Math.min(1000, Math.max(200, post.inside.height));
  expect(Number(attributes.height)).to.equal(expected);
  expect(post.frame?.box.height).to.equal(expected);
  expect(post.fallback?.hidden, "WordPress's blockquote, once the frame reports").to.equal(true);
  expect(post.inside.hydrated).to.equal(true);
}

describe("the statement's pages embedded in WordPress by an Author", () => {
  for (const kind of ['classic', 'block'] as const) {
    const label = kind === 'classic' ? 'pasted on a line of its own' : 'in an embed block';
    it(`a point ${label}: a sandboxed frame, sized and shown by wp-embed.js, with the point inside and no console error`, () => {
      const point = points[report.point - 1];
      const address = `${report.site}statement/point-${point.number}/`;
      const post = report.posts[kind];
      expectShownByWordPress(post, address, `Point ${point.number} of 11 · Progressive Alliance statement on Belarus`);
      expect(post.fallback?.text).to.contain(point.text);
      expect(post.inside.text).to.contain(point.text).and.to.contain(`Point ${point.number} of 11`);
      expect(post.errors).to.deep.equal([]);
    });

    it(`a point ${label}: "Read the full statement" in the frame takes the reader's window to the statement`, () => {
      expect(report.posts[kind].afterClick).to.equal(`${report.site}statement/`);
    });
  }

  it('the statement: "Show all" makes the frame taller, "Copy link" shows the link, no console error', () => {
    const post = report.posts.statement;
    const address = `${report.site}statement/`;
    expectShownByWordPress(post, address, 'Progressive Alliance statement on Belarus');
    expect(post.inside.pointsShown).to.equal(3);
    for (const { text } of points.slice(0, 3)) expect(post.inside.text).to.contain(text);
    expect(post.fallback?.text).to.contain(points[10].text);
    const controls = post.controls;
    expect(controls?.pointsShown).to.equal(11);
    // The whole statement is taller than the 1000 px WordPress allows a frame: it scrolls inside.
    expect(controls?.heightBefore).to.be.below(1000);
    expect(controls?.heightOpened).to.equal(1000);
    // No clipboard in WordPress's sandbox: the widget shows the link to copy instead.
    expect(controls?.status).to.match(/^Copying was refused; copy this link: \S+#pa-point-solidarity-with-protesters$/);
    expect(post.errors).to.deep.equal([]);
    expect(post.afterClick).to.equal(address);
  });
});
