// What an Administrator of a partner's site does with the plugin, through WordPress's own admin pages in Chromium:
// upload the zip and activate it, set the site's language, deactivate and delete it.

/** The plugin's main file, as WordPress names the plugin. */
export const PLUGIN_FILE = 'pa-statement-widget/pa-statement-widget.php';

/** PHP's messages as WordPress prints them into a page with WP_DEBUG on: `<b>Warning</b>:  … on line <b>12</b>`. */
export const phpMessagesIn = (html) =>
  (html.match(/<b>(?:Notice|Warning|Deprecated|Fatal error|Parse error|Strict Standards)<\/b>:.*/g) ?? []).map(
    (message) => message.replace(/<[^>]+>/g, ''),
  );

/** A new browser context, logged in as `user`; resolves with a page of it. */
export async function logIn(browser, origin, user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  // Straight to a light page: the dashboard would fetch news from WordPress.org.
  await page.goto(`${origin}/wp-login.php?redirect_to=${encodeURIComponent(`${origin}/wp-admin/profile.php`)}`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL(/\/wp-admin\/profile\.php/), page.click('#wp-submit')]);
  return page;
}

/** Plugins → Add New → Upload Plugin, the zip, Install Now, then Activate Plugin: each page's text and PHP messages. */
export async function uploadAndActivate(page, origin, zip) {
  await page.goto(`${origin}/wp-admin/plugin-install.php?tab=upload`);
  const uploadMessages = phpMessagesIn(await page.content());
  await page.setInputFiles('#pluginzip', zip);
  await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
  const installed = {
    text: await page.locator('#wpbody-content').innerText(),
    messages: phpMessagesIn(await page.content()),
  };
  await Promise.all([page.waitForNavigation(), page.locator(`a[href*="action=activate"]`).click()]);
  const row = page.locator(`tr[data-plugin="${PLUGIN_FILE}"]`);
  return {
    uploadMessages,
    installed,
    activated: {
      notice: await page.locator('#message').innerText(),
      active: await row.evaluate((element) => element.classList.contains('active')),
      messages: phpMessagesIn(await page.content()),
    },
  };
}

/** Settings → General → Site Language. */
export async function setSiteLanguage(page, origin, locale) {
  await page.goto(`${origin}/wp-admin/options-general.php`);
  await page.selectOption('#WPLANG', locale);
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
}

/**
 * Deactivate, then Delete (WordPress asks to confirm, then deletes by a request of its own), on the Plugins page,
 * whatever its language; resolves once `gone()` holds, with the PHP messages of the pages.
 */
export async function deactivateAndDelete(page, origin, gone) {
  await page.goto(`${origin}/wp-admin/plugins.php`);
  const row = page.locator(`tr[data-plugin="${PLUGIN_FILE}"]`);
  await Promise.all([page.waitForNavigation(), row.locator('a[href*="action=deactivate"]').click()]);
  const messages = phpMessagesIn(await page.content());
  const deactivated = await row.evaluate((element) => element.classList.contains('inactive'));
  page.once('dialog', (dialog) => dialog.accept());
  await row.locator('a.delete').click();
  for (const deadline = Date.now() + 30000; !gone() && Date.now() < deadline;) await page.waitForTimeout(200);
  await page.reload();
  return { deactivated, messages: [...messages, ...phpMessagesIn(await page.content())] };
}
