// A reader viewing a post of the test site in Chromium, logged in as nobody: what the page requested, what its
// console said, the HTML as served (the widgets' markup as readers without JavaScript and crawlers get it), and
// what each widget shows once it has rendered.

const WIDGETS = 'pa-statement, pa-statement-point, pa-statement-quote';

/** Each widget's markup in the served HTML, with the `<style>` before it: `<style>…</style>\n<pa-…>…</pa-…>`. */
export const servedWidgets = (html) =>
  [
    ...html.matchAll(
      /<style>\n(?:(?!<\/style>)[^])*<\/style>\n<(pa-statement(?:-point|-quote)?)[\s>](?:(?!<\/\1>)[^])*<\/\1>/g,
    ),
  ].map(([markup]) => markup);

/** Collects a page's console errors and uncaught exceptions, from now on. */
export function consoleErrorsOf(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** What the page shows of each widget, once each has rendered. */
const shownWidgets = (selector) =>
  [...document.querySelectorAll(selector)].map((widget) => {
    const parts = (name) =>
      [...(widget.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])].map((part) =>
        part.textContent.replace(/\s+/g, ' ').trim(),
      );
    const text = widget.shadowRoot?.querySelector('[part~="text"]');
    return {
      tag: widget.localName,
      attributes: Object.fromEntries(Array.from(widget.attributes, ({ name, value }) => [name, value])),
      rendered: widget.hasAttribute('rendered'),
      text: widget.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      texts: parts('text'),
      buttons: [...(widget.shadowRoot?.querySelectorAll('button') ?? [])].map(
        (button) => button.getAttribute('aria-label') ?? button.textContent.replace(/\s+/g, ' ').trim(),
      ),
      dates: parts('date'),
      links: [...(widget.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
      pointsShown: widget.shadowRoot?.querySelectorAll('[part~="point"]').length ?? 0,
      fontFamily: text ? getComputedStyle(text).fontFamily : '',
      lightDomText: widget.textContent.replace(/\s+/g, ' ').trim(),
    };
  });

/**
 * Opens `link` in a fresh context, waits for every widget to render, runs `interact(page)` if given, and resolves
 * with what the page did and showed.
 */
export async function viewPost(browser, link, interact) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = consoleErrorsOf(page);
  const dialogs = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    const response = await page.goto(link);
    const html = (await response?.text()) ?? '';
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every(
          (widget) => widget.hasAttribute('rendered') || widget.hasAttribute('invalid'),
        ),
      WIDGETS,
    );
    const seen = {
      status: response?.status(),
      htmlLang: await page.evaluate(() => document.documentElement.lang),
      widgets: await page.evaluate(shownWidgets, WIDGETS),
      servedWidgets: servedWidgets(html),
      moduleScripts: await page.evaluate(() =>
        [...document.querySelectorAll('script[type="module"]')].map((script) => script.src),
      ),
      bodyFontFamily: await page.evaluate(() => getComputedStyle(document.body).fontFamily),
      injected: await page.evaluate(() => document.querySelectorAll('img[src="x"], script[data-injected]').length),
      interaction: interact ? await interact(page) : undefined,
    };
    // Resource Timing, beside the request events: every file the page fetched, the widget's modules included.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    return { ...seen, requests: [...new Set([...requests, ...fetched])], errors, dialogs };
  } finally {
    await context.close();
  }
}

/** The widgets now, in the page: for a step of an interaction. */
export const widgetsNow = (page, selector = WIDGETS) => page.evaluate(shownWidgets, selector);
