// A web-test-runner plugin: the WordPress embed test's flow, in Node, with playwright-core driving Debian's Chromium.
// The command `wordpress-embed` (run once per test run; test/wordpress.test.ts asserts on what it returns)
// - builds and serves the test site (scripts/test-site.js) and installs WordPress on its host (scripts/wordpress.js);
// - logs in as the Author and publishes, through WordPress's REST API as that user (so kses filters the content as
//   for any Author), a post with a point's address on a line of its own (classic content) and one with an embed
//   block of it;
// - views each post, and reports what WordPress made of the address (the frame's attributes, whether wp-embed.js
//   un-hid and sized it), what the frame shows and measures, the console errors of the page and its frames, and
//   where the top window is after "Read the full statement" is clicked inside the frame.
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from './browsers.js';
import { startTestSite } from './test-site.js';
import { startWordPress, stopWordPress } from './wordpress.js';

/** The point whose address the posts embed. */
const POINT = 4;

/** A paragraph, the address on a line of its own, a paragraph; and a script, which an Author may not save. */
const classicPost = (address) => ({
  title: 'The address on a line of its own',
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

async function logIn(page, { origin, author }) {
  await page.goto(`${origin}/wp-login.php`);
  await page.fill('#user_login', author.login);
  await page.fill('#user_pass', author.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
}

/** Publishes `post` as the logged-in user; resolves with its address and its content as WordPress saved it. */
function publish(page, origin, post) {
  return page.evaluate(
    async ({ origin, post }) => {
      const nonce = await (await fetch(`${origin}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const headers = { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce };
      const response = await fetch(`${origin}/?rest_route=/wp/v2/posts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...post, status: 'publish' }),
      });
      const created = await response.json();
      if (!response.ok) throw new Error(`WordPress refused the post: ${JSON.stringify(created)}`);
      const saved = await fetch(`${origin}/?rest_route=/wp/v2/posts/${created.id}&context=edit`, { headers });
      return { link: created.link, saved: (await saved.json()).content.raw };
    },
    { origin, post },
  );
}

/** WordPress's frame, once wp-embed.js has un-hidden it: its attributes and box. */
const frameElement = () => {
  const frame = document.querySelector('iframe.wp-embedded-content');
  if (!frame) return null;
  const attributes = Object.fromEntries(Array.from(frame.attributes, ({ name, value }) => [name, value]));
  return { attributes, box: { width: frame.offsetWidth, height: frame.offsetHeight } };
};

/** Views a post: what WordPress shows for the address, and where "Read the full statement" takes the reader. */
async function view(browser, link, site) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(link);
    await page.waitForFunction(() => {
      const frame = document.querySelector('iframe.wp-embedded-content');
      return frame !== null && !frame.hasAttribute('style');
    });
    const embed = `${site}statement/point-${POINT}/embed/`;
    const frame = page.frames().find((candidate) => candidate.url().startsWith(embed));
    if (!frame) throw new Error(`No frame of ${embed} in ${link}`);
    const inside = await frame.evaluate(() => {
      const widget = document.querySelector('pa-statement-point');
      return {
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        text: widget?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        hydrated: widget?.hasUpdated === true,
      };
    });
    // wp-embed.js sets the height it last heard, within 200 to 1000 px.
    const sized = Math.min(1000, Math.max(200, inside.height));
    await page
      .waitForFunction(
        (height) => document.querySelector('iframe.wp-embedded-content')?.height === String(height),
        sized,
      )
      .catch(() => {});
    const shown = await page.evaluate(frameElement);
    const fallback = await page.evaluate(() => {
      const quote = document.querySelector('blockquote.wp-embedded-content');
      return quote && { hidden: getComputedStyle(quote).display === 'none', text: quote.textContent };
    });
    const wpEmbedScript = await page.evaluate(() => typeof window.wp?.receiveEmbedMessage === 'function');
    await frame.locator('[part~="link"]').click();
    const statementPage = `${site}statement/`;
    await page.waitForURL(statementPage, { timeout: 10000 }).catch(() => {});
    return { frame: shown, inside, fallback, wpEmbedScript, errors, afterClick: page.url() };
  } finally {
    await page.close();
  }
}

export async function embedInWordPress() {
  const site = await startTestSite();
  const wordpress = await startWordPress(new URL(site).hostname);
  const browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
  try {
    const author = await browser.newPage();
    await logIn(author, wordpress);
    const address = `${site}statement/point-${POINT}/`;
    const posts = {};
    for (const [kind, post] of Object.entries({ classic: classicPost(address), block: blockPost(address) })) {
      const { link, saved } = await publish(author, wordpress.origin, post);
      posts[kind] = { link, saved, ...(await view(browser, link, site)) };
    }
    return { site, wordpress: wordpress.origin, point: POINT, posts };
  } finally {
    await browser.close();
  }
}

export function wordpressEmbed() {
  let result;
  return {
    name: 'wordpress-embed',
    executeCommand({ command }) {
      if (command !== 'wordpress-embed') return undefined;
      result ??= embedInWordPress();
      return result;
    },
    serverStop: stopWordPress,
  };
}
