// A web-test-runner plugin: the WordPress plugin's test, in Node, with playwright-core driving Debian's Chromium.
// The command `wordpress-plugin` { cases } (run once per test run; test/node-side/wordpress-plugin.test.ts asserts on what it
// returns):
// - runs `php -l` on each PHP file of the plugin `npm test` has just built (npm run build:wordpress, in npm run build);
// - installs WordPress afresh with WP_DEBUG on (tools/test-env/wordpress-plugin/site.js), and as its Administrator
//   uploads the zip (Plugins → Add New → Upload Plugin) and activates it;
// - writes, with the plugin's PHP in that WordPress, the markup of each of `cases` (the test compares it with the
//   builder's);
// - as an Author in the block editor, finds the blocks in the inserter, inserts the point block, picks point 4 in
//   its sidebar and publishes; as a Contributor writes a classic post with the shortcode, which an Editor publishes;
//   an Author's post of the statement limited to 3 points and a rotating quote; an Editor's post of bad and hostile
//   values, and the warnings the editor shows for them;
// - views each post as a reader (tools/test-env/wordpress-plugin/views.js), using the statement's "Show all" and the
//   quote's stop button; sets the site's language to German and views it again;
// - deactivates and deletes the plugin, and lists what the site's files and database hold then.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from '../browsers.js';
import { longCommands } from './long-command.js';
import { stopWordPress } from './wordpress.js';
import { pluginFolder, pluginZip } from '../build/wordpress-plugin/build-plugin.js';
import { deactivateAndDelete, logIn, setSiteLanguage, uploadAndActivate } from './wordpress-plugin/admin.js';
import { editorNotices, insertAndPublish, inserterResults, openEditor } from './wordpress-plugin/editor.js';
import { savedContent, updatePost, writePost } from './wordpress-plugin/rest.js';
import {
  contentListing,
  debugLogFrom,
  phpInWordPress,
  query,
  removePluginSite,
  siteFolder,
  startPluginSite,
} from './wordpress-plugin/site.js';
import { consoleErrorsOf, viewPost, widgetsNow } from './wordpress-plugin/views.js';

const cdn = fileURLToPath(new URL('../../cdn/', import.meta.url));
const installedPlugin = join(siteFolder, 'wp-content', 'plugins', 'pa-statement-widget');

/** What the inserter is searched for. */
const SEARCH_TERMS = ['statement', 'Belarus', 'Progressive Alliance', 'quote'];

/** The classic post a Contributor writes: paragraphs, and the shortcode on a line of its own. */
const CLASSIC_POST = {
  title: 'Our statement on Belarus',
  content:
    '<p>We stand by the fourth point of our statement:</p>\n\n[pa_statement_point point="4"]\n\n<p>Read it in full.</p>',
  status: 'pending',
};

/** An Author's post of the statement, limited to 3 points, and of a rotating quote changing every 4 seconds. */
const WIDGETS_POST = {
  title: 'The statement and its quotes',
  content: [
    '<!-- wp:pa-statement-widget/statement {"limit":"3"} /-->',
    '<!-- wp:pa-statement-widget/quote {"interval":"4"} /-->',
  ].join('\n\n'),
  status: 'publish',
};

/** Values a post may hold that the elements cannot use, and values meant to break out of the markup. */
const BAD_POST = {
  title: 'Bad values',
  content: [
    '<!-- wp:pa-statement-widget/point {"point":"12"} /-->',
    '<!-- wp:pa-statement-widget/statement {"limit":"abc","href":"javascript:alert(document.domain)"} /-->',
    '<!-- wp:pa-statement-widget/point {"point":"\\u0022\\u003e\\u003cscript data-injected\\u003ealert(1)\\u003c/script\\u003e"} /-->',
    '<!-- wp:pa-statement-widget/point {"point":"4","href":"https://example.org/?a=1\\u0026b=\\u0022\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"} /-->',
  ].join('\n\n'),
  status: 'publish',
};

/** `php -l` on every PHP file of the built plugin, with this machine's PHP. */
function lintPhp() {
  const phpFiles = (folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.php'));
  return phpFiles(pluginFolder).map((name) => {
    try {
      return {
        file: name,
        ok: true,
        output: execFileSync('php', ['-l', join(pluginFolder, name)], { encoding: 'utf8' }).trim(),
      };
    } catch (error) {
      return { file: name, ok: false, output: String(error.stdout ?? error.message).trim() };
    }
  });
}

/** The drop-in files the installed plugin holds, each compared byte for byte with cdn/'s. */
function installedWidgetFiles() {
  const folder = join(installedPlugin, 'widget');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({
      file: name,
      sameAsCdn: existsSync(join(cdn, name)) && readFileSync(join(cdn, name)).equals(readFileSync(join(folder, name))),
    }));
}

/** On the statement and quote post: "Show all", then the quote rotating, stopped, and staying. */
async function useStatementAndQuote(page) {
  const statement = (widgets) => widgets.find((widget) => widget.tag === 'pa-statement');
  const shownBefore = statement(await widgetsNow(page)).pointsShown;
  await page.locator('pa-statement [part~="toggle-button"]').click();
  const shownAfter = statement(await widgetsNow(page)).pointsShown;
  const quote = page.locator('pa-statement-quote');
  await quote.scrollIntoViewIfNeeded();
  const currentText = () =>
    page.evaluate(
      () =>
        document
          .querySelector('pa-statement-quote')
          ?.shadowRoot?.querySelector('[part~="slide"].current [part~="text"]')?.textContent,
    );
  const firstText = await currentText();
  const rotatedTo = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const timeout = setTimeout(() => resolve(null), 10000);
        document.querySelector('pa-statement-quote').addEventListener(
          'pa-quote-change',
          (event) => {
            clearTimeout(timeout);
            resolve(event.detail.number);
          },
          { once: true },
        );
      }),
  );
  await quote.locator('[part~="rotation-button"]').click();
  // Off the widget: hovering pauses it too, which would hide whether the button stopped it.
  await page.mouse.move(0, 0);
  const stoppedOn = await currentText();
  const rotationLabel = await quote.locator('[part~="rotation-button"]').getAttribute('aria-label');
  await page.waitForTimeout(6000);
  return {
    shownBefore,
    shownAfter,
    firstText,
    rotatedTo,
    stoppedOn,
    rotationLabel,
    sixSecondsLater: await currentText(),
  };
}

/** The plugin's traces in the database: options that name it, by name or in their value. */
const pluginOptions = () =>
  query(
    "SELECT option_name FROM wp_options WHERE option_name LIKE '%pa%statement%' OR option_value LIKE '%pa-statement-widget%' OR option_value LIKE '%pa\\_statement%'",
  ).map(([name]) => name);

async function testPlugin({ cases }) {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  // The zip the site offers: built once, by npm test's build, not again here.
  if (!existsSync(pluginZip)) {
    throw new Error('dist-wordpress/pa-statement-widget.zip is missing: run `npm run build` first (`npm test` does).');
  }
  const lint = lintPhp();
  let site;
  let browser;
  const timings = {};
  try {
    site = await startPluginSite('127.0.0.1');
    const { origin, users } = site;
    browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
    const versions = JSON.parse(
      phpInWordPress(site, 'echo json_encode(["wordpress" => $GLOBALS["wp_version"], "php" => PHP_VERSION]);'),
    );
    const before = { files: contentListing(), tables: query('SHOW TABLES').flat() };
    let log = debugLogFrom(0).end;
    const nextLogLines = () => {
      const { lines, end } = debugLogFrom(log);
      log = end;
      return lines;
    };

    const admin = await logIn(browser, origin, users.administrator);
    const install = await uploadAndActivate(admin, origin, pluginZip);
    install.log = nextLogLines();
    install.widgetFiles = installedWidgetFiles();
    timings.installed = seconds();

    const markup = JSON.parse(
      phpInWordPress(
        site,
        'echo json_encode(array_map(function ($case) { return pa_statement_widget_markup($case["key"], $case["values"], $case["language"]); }, $input));',
        cases,
      ),
    );
    const markupLog = nextLogLines();
    timings.markup = seconds();

    const author = await logIn(browser, origin, users.author);
    const editorErrors = consoleErrorsOf(author);
    await openEditor(author, origin);
    const inserter = {};
    for (const term of SEARCH_TERMS) inserter[term] = await inserterResults(author, term);
    const published = await insertAndPublish(author, {
      term: 'Belarus',
      blockTitle: 'Belarus statement: one point',
      label: 'Point',
      optionValue: '4',
      title: 'Point 4 of our statement',
    });
    const authorPost = {
      ...published,
      saved: await savedContent(author, origin, published.id),
      editorErrors,
      view: await viewPost(browser, published.link),
    };
    timings.author = seconds();

    const contributor = await logIn(browser, origin, users.contributor);
    const pending = await writePost(contributor, origin, CLASSIC_POST);
    const editor = await logIn(browser, origin, users.editor);
    const approved = await updatePost(editor, origin, pending.id, { status: 'publish' });
    const classicPost = {
      pendingStatus: pending.status,
      status: approved.status,
      saved: await savedContent(editor, origin, pending.id),
      view: await viewPost(browser, approved.link),
    };
    timings.contributor = seconds();

    const widgets = await writePost(author, origin, WIDGETS_POST);
    const widgetsPost = { ...widgets, view: await viewPost(browser, widgets.link, useStatementAndQuote) };
    timings.widgets = seconds();

    const bad = await writePost(editor, origin, BAD_POST);
    const badErrors = consoleErrorsOf(editor);
    await openEditor(editor, origin, bad.id);
    await editor.waitForFunction(
      () => document.querySelectorAll('.editor-styles-wrapper .components-notice').length >= 3,
    );
    const badPost = {
      ...bad,
      notices: await editorNotices(editor),
      editorErrors: badErrors,
      view: await viewPost(browser, bad.link),
    };
    timings.badValues = seconds();

    await setSiteLanguage(admin, origin, 'de_DE');
    const german = await viewPost(browser, widgets.link);
    german.log = nextLogLines();
    timings.german = seconds();

    const removal = await deactivateAndDelete(admin, origin, () => !existsSync(installedPlugin));
    removal.log = nextLogLines();
    const after = { files: contentListing(), tables: query('SHOW TABLES').flat() };
    removal.filesAdded = after.files.filter((file) => !before.files.includes(file));
    removal.filesRemoved = before.files.filter((file) => !after.files.includes(file));
    removal.tablesAdded = after.tables.filter((table) => !before.tables.includes(table));
    removal.options = pluginOptions();
    timings.removed = seconds();

    return {
      origin,
      versions,
      zip: relative(process.cwd(), pluginZip),
      lint,
      install,
      markup,
      markupLog,
      inserter,
      authorPost,
      classicPost,
      widgetsPost,
      badPost,
      german,
      removal,
      timings,
    };
  } finally {
    await browser?.close();
    removePluginSite(site);
  }
}

export function wordpressPluginSite() {
  const tested = longCommands(testPlugin);
  return {
    name: 'wordpress-plugin',
    executeCommand({ command, payload }) {
      return command === 'wordpress-plugin' ? tested(payload) : undefined;
    },
    serverStop: stopWordPress,
  };
}
