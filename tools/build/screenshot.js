// `npm run screenshot`: docs/screenshot.png of the demo page, for the README. Needs `npm start` running.
import { chromium } from 'playwright';
import { browserPaths, chromiumArgs } from '../browsers.js';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const browser = await chromium.launch({
  executablePath: browserPaths.chromium,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 800 }, reducedMotion: 'reduce' });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('pa-statement-quote') !== undefined);
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
} finally {
  await browser.close();
}
