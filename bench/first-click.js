// The first click's delay on a prerendered widget: the partner's article after prerender() (bench/long-tasks.js's
// prerendered page), in Debian's Chromium at 4× CPU slowdown and on Lighthouse's mobile network (150 ms round trip,
// 1.6 Mbit/s down), on a phone's screen. A reader clicks "Show all" on the statement (in view) as soon as the
// elements are defined, before the widget is needed: the delay runs from the click's pointerdown to the first frame
// whose callbacks see all 11 points. Variants:
//   shipped    as the bundle does it: hydrate.js fetched in the task after the elements are defined;
//   on-waking  hydrate.js fetched only once the click wakes the widget (its request held until then), as the other
//              design the hydration issue weighed would fetch it;
//   live       the click 6 s after the load event, once the widget was hydrated in idle time: the floor.
// `npm run bench:first-click` (a build, then this file) prints each load and the medians. FIRST_CLICK_LOADS sets
// the loads per variant (5).
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs, chromiumVersion } from '../tools/browsers.js';
import { writeLongTaskPages } from './long-tasks.js';
import { median, serve } from './shared.js';

const LOADS = Number(process.env.FIRST_CLICK_LOADS ?? 5);
const SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** Lighthouse's mobile throttling, as DevTools applies it. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const VARIANTS = ['shipped', 'on-waking', 'live'];
const LIVE_AFTER_LOAD = 6000;

/** In the page, before it runs anything: the time of the first pointerdown, and of the frame showing all points. */
function watchFirstClick() {
  const record = { down: undefined, shown: undefined };
  window.firstClick = record;
  addEventListener('pointerdown', (event) => (record.down ??= event.timeStamp), { capture: true });
  const shown = () =>
    document.querySelector('pa-statement')?.shadowRoot?.querySelectorAll('[part~="point"]').length === 11;
  const poll = () => {
    if (record.down !== undefined && record.shown === undefined && shown()) record.shown = performance.now();
    if (record.shown === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

async function firstClick(browser, url, variant) {
  const context = await browser.newContext(SCREEN);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstClick);
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', NETWORK);
    let release = () => {};
    if (variant === 'on-waking') {
      const clicked = new Promise((resolve) => (release = resolve));
      await page.route('**/hydrate.js', async (route) => {
        await clicked;
        await route.continue();
      });
    }
    await page.goto(url, { waitUntil: variant === 'live' ? 'load' : 'commit', timeout: 120000 });
    if (variant === 'live') await page.waitForTimeout(LIVE_AFTER_LOAD);
    else await page.waitForFunction(() => customElements.get('pa-statement'), undefined, { polling: 10 });
    const toggle = page.locator('pa-statement [part~="toggle-button"]');
    await toggle.scrollIntoViewIfNeeded();
    const box = await toggle.boundingBox();
    if (!box) throw new Error('the statement shows no "Show all" button');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    release();
    await page.waitForFunction(() => window.firstClick.shown !== undefined, undefined, { timeout: 30000 });
    const { down, shown, hydration } = await page.evaluate(() => ({
      ...window.firstClick,
      hydration: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/hydrate.js'))
        ?.responseEnd,
    }));
    return { delay: Math.round(shown - down), hydrateJsBefore: hydration !== undefined && hydration < down };
  } finally {
    await context.close();
  }
}

const { prerendered } = await writeLongTaskPages();
const server = await serve({ gzip: true });
const browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
const delays = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
try {
  const url = `http://127.0.0.1:${server.address().port}/bench/pages/${prerendered}`;
  await firstClick(browser, url, 'live'); // untimed: starts the browser's services
  for (let round = 0; round < LOADS; round += 1) {
    for (const variant of VARIANTS) {
      const { delay, hydrateJsBefore } = await firstClick(browser, url, variant);
      delays[variant].push(delay);
      const arrived = hydrateJsBefore ? 'hydrate.js had arrived' : 'hydrate.js had not arrived';
      console.log(`first click, ${variant} ${round + 1}/${LOADS}: ${delay} ms (${arrived} at the click)`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `${chromiumVersion()}, 4× CPU, 150 ms RTT, 1.6 Mbit/s; median of ${LOADS} loads, pointerdown to all points shown:`,
);
for (const variant of VARIANTS)
  console.log(`  ${variant}: ${median(delays[variant])} ms (${delays[variant].join(', ')})`);
