// A web-test-runner plugin: the WordPress embed test's flow, in Node, with playwright-core driving Debian's Chromium.
// The command `wordpress-embed` (run once per test run; test/node-side/wordpress.test.ts asserts on what it returns)
// - builds and serves the test site (tools/test-env/test-site.js) and installs WordPress on its host (tools/test-env/wordpress.js);
// - logs in as the Author and publishes, through WordPress's REST API as that user (so kses filters the content as
//   for any Author), a post with a point's address on a line of its own (classic content), one with an embed block
//   of it, and one with the statement's address;
// - views each post, and reports what WordPress made of the address (the frame's attributes, whether wp-embed.js
//   un-hid and sized it), what the frame shows and measures, what its controls do (the statement's "Show all" and
//   "Copy link"), the console errors of the page and its frames, and where the top window is after "Read the full
//   statement" is clicked inside the frame.
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from '../browsers.js';
import { startTestSite } from './test-site.js';
import { startWordPress, stopWordPress } from './wordpress.js';
import { longCommand } from './long-command.js';
import { logIn } from './wordpress-plugin/admin.js';
import { savedContent, writePost } from './wordpress-plugin/rest.js';
import { consoleErrorsOf } from './wordpress-plugin/views.js';

/** The point whose address the posts embed. */
const POINT = 4;

/** A paragraph, the address on a line of its own, a paragraph; and a script, which an Author may not save. */
const classicPost = (address) => ({
  title: `${address} on a line of its own`,
  content: `<p>Our statement on Belarus:</p>\n\n${address}\n\n<p>We stand by it.</p>\n<script>document.title = 'kses let this through';</script>`,
});

/** An embed block, as the block editor saves one for a provider it does not know. */
const blockPost = (address) => ({
  title: 'An embed block',
  content: [
    `<!-- wp:embed {"url":"${address}","type":"rich","providerNameSlug":"progressive-alliance-statement-on-belarus"} -->`,
    '<figure class="wp-block-embed is-type-rich is-provider-progressive-alliance-statement-on-belarus wp-block-embed-progressive-alliance-statement-on-belarus"><div class="wp-block-embed__wrapper">',
    address,
    '</div></figure>',
    '<!-- /wp:embed -->',
  ].join('\n'),
});

/** WordPress's frame, once wp-embed.js has un-hidden it: its attributes and box. */
const frameElement = () => {
  const frame = document.querySelector('iframe.wp-embedded-content');
  if (!frame) return null;
  const attributes = Object.fromEntries(Array.from(frame.attributes, ({ name, value }) => [name, value]));
  return { attributes, box: { width: frame.offsetWidth, height: frame.offsetHeight } };
};

/** What a framed widget shows, and how tall its page is. */
const insideFrame = () => {
  const widget = document.querySelector('pa-statement, pa-statement-point');
  const part = (name) =>
    widget?.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    text: widget?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    hydrated: widget?.hasUpdated === true,
    pointsShown: widget?.shadowRoot?.querySelectorAll('[part~="point"]:not([hidden])').length,
    status: part('status'),
  };
};

/** Waits until wp-embed.js has given the frame the height its page reports, within its 200 to 1000 px. */
async function sized(page, frame) {
  const height = Math.min(1000, Math.max(200, (await frame.evaluate(insideFrame)).height));
  await page
    .waitForFunction(
      (expected) => document.querySelector('iframe.wp-embedded-content')?.height === String(expected),
      height,
    )
    .catch(() => {});
}

/** On the statement: "Show all" opens the rest, and WordPress makes the frame taller; "Copy link" copies or shows it. */
async function useControls(page, frame) {
  const before = await page.evaluate(frameElement);
  await frame.locator('[part~="toggle-button"]').click();
  await sized(page, frame);
  const opened = await page.evaluate(frameElement);
  await frame.locator('[part~="copy-button"]').first().click();
  await frame.waitForFunction(() =>
    document.querySelector('pa-statement')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim(),
  );
  return { heightBefore: before?.box.height, heightOpened: opened?.box.height, ...(await frame.evaluate(insideFrame)) };
}

/** Views a post: what WordPress shows for `address`, and where "Read the full statement" takes the reader. */
async function view(browser, link, address, statementPage) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = consoleErrorsOf(page);
  try {
    await page.goto(link);
    await page.waitForFunction(() => {
      const frame = document.querySelector('iframe.wp-embedded-content');
      return frame !== null && !frame.hasAttribute('style');
    });
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${address}embed/`));
    if (!frame) throw new Error(`No frame of ${address}embed/ in ${link}`);
    await sized(page, frame);
    const seen = {
      frame: await page.evaluate(frameElement),
      inside: await frame.evaluate(insideFrame),
      fallback: await page.evaluate(() => {
        const quote = document.querySelector('blockquote.wp-embedded-content');
        return quote && { hidden: getComputedStyle(quote).display === 'none', text: quote.textContent };
      }),
      wpEmbedScript: await page.evaluate(() => typeof window.wp?.receiveEmbedMessage === 'function'),
      controls: address === statementPage ? await useControls(page, frame) : undefined,
    };
    await frame.getByRole('link', { name: 'Read the full statement' }).click();
    await page.waitForURL(statementPage, { timeout: 10000 }).catch(() => {});
    return { ...seen, errors, afterClick: page.url() };
  } finally {
    await page.close();
  }
}

async function embedInWordPress() {
  const site = await startTestSite();
  const wordpress = await startWordPress(new URL(site).hostname);
  const browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
  try {
    const author = await logIn(browser, wordpress.origin, wordpress.users.author);
    const statementPage = `${site}statement/`;
    const point = `${statementPage}point-${POINT}/`;
    const posts = {};
    for (const [kind, address, post] of [
      ['classic', point, classicPost(point)],
      ['block', point, blockPost(point)],
      ['statement', statementPage, classicPost(statementPage)],
    ]) {
      const { id, link } = await writePost(author, wordpress.origin, { ...post, status: 'publish' });
      const saved = await savedContent(author, wordpress.origin, id);
      posts[kind] = { link, saved, ...(await view(browser, link, address, statementPage)) };
    }
    return { site, wordpress: wordpress.origin, point: POINT, posts };
  } finally {
    await browser.close();
  }
}

export function wordpressEmbed() {
  const embedded = longCommand(embedInWordPress);
  return {
    name: 'wordpress-embed',
    executeCommand({ command }) {
      return command === 'wordpress-embed' ? embedded() : undefined;
    },
    serverStop: stopWordPress,
  };
}
