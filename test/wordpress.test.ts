// A real WordPress (Debian's 6.1, Twenty Twenty-Three) embedding a point's address, as a partner's Author would:
// the flow runs in Node with Chromium (scripts/wordpress-embed.js), once; this file asserts on what it saw. Where
// WordPress or its database is missing, the command fails with what to install, and so does this test.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { points } from '../src/content/statement.js';

interface Viewed {
  link: string;
  saved: string;
  frame: { attributes: Record<string, string>; box: { width: number; height: number } } | null;
  inside: { height: number; text: string; hydrated: boolean };
  fallback: { hidden: boolean; text: string } | null;
  wpEmbedScript: boolean;
  errors: string[];
  afterClick: string;
}
interface Report {
  site: string;
  wordpress: string;
  point: number;
  posts: { classic: Viewed; block: Viewed };
}

let report: Report;
before(async function () {
  // Builds the test site if no other test has, installs WordPress, then views two posts.
  this.timeout(200000);
  report = (await executeServerCommand('wordpress-embed')) as Report;
});

describe('a point embedded in WordPress by an Author', () => {
  for (const kind of ['classic', 'block'] as const) {
    const label = kind === 'classic' ? 'pasted on a line of its own' : 'in an embed block';
    it(`${label}: a sandboxed frame, sized and shown by wp-embed.js, with the point inside and no console error`, () => {
      const point = points[report.point - 1];
      const address = `${report.site}statement/point-${point.number}/`;
      const post = report.posts[kind];
      // Saved through kses, as for any Author: the address stays, the script does not.
      expect(post.saved).to.contain(`\n${address}\n`);
      expect(post.saved).not.to.contain('<script');
      const attributes = post.frame?.attributes ?? {};
      expect(attributes.sandbox).to.equal('allow-scripts');
      expect(attributes.security).to.equal('restricted');
      expect(attributes.src).to.match(new RegExp(`^${address}embed/#\\?secret=[A-Za-z0-9]+$`));
      expect(attributes.title).to.equal(`Point ${point.number} of 11 · Progressive Alliance statement on Belarus`);
      // Un-hidden and sized by wp-embed.js, to the height the frame reported, within its 200 to 1000 px.
      expect(attributes, 'the clip that hides the frame').not.to.have.property('style');
      expect(post.wpEmbedScript).to.equal(true);
      const expected = Math.min(1000, Math.max(200, post.inside.height));
      expect(Number(attributes.height)).to.equal(expected);
      expect(post.frame?.box.height).to.equal(expected);
      expect(post.fallback?.hidden, "WordPress's blockquote, once the frame reports").to.equal(true);
      expect(post.fallback?.text).to.contain(point.text);
      expect(post.inside.text).to.contain(point.text).and.to.contain(`Point ${point.number} of 11`);
      expect(post.inside.hydrated).to.equal(true);
      expect(post.errors).to.deep.equal([]);
    });

    it(`${label}: "Read the full statement" in the frame takes the reader's window to the statement`, () => {
      expect(report.posts[kind].afterClick).to.equal(`${report.site}statement/`);
    });
  }
});
