import { chromium } from 'playwright-core';
import { pluginZip } from '../build/wordpress-plugin/build-plugin.js';
import { logIn, uploadAndActivate } from './wordpress-plugin/admin.js';
import { openEditor, inserterResults } from './wordpress-plugin/editor.js';
import { writePost } from './wordpress-plugin/rest.js';
import { startPluginSite, removePluginSite } from './wordpress-plugin/site.js';
import { stopWordPress } from '../../scripts/wordpress.js';
const site = await startPluginSite('127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const admin = await logIn(browser, site.origin, site.users.administrator);
  await uploadAndActivate(admin, site.origin, pluginZip);
  const editor = await logIn(browser, site.origin, site.users.editor);
  const post = await writePost(editor, site.origin, {
    title: 'Shots',
    status: 'draft',
    content:
      '<!-- wp:pa-statement-widget/statement {"limit":"abc","highlight":"3","numbered":true} /-->\n\n<!-- wp:pa-statement-widget/quote {"interval":"2","points":"2,4,99"} /-->',
  });
  await openEditor(editor, site.origin, post.id);
  await editor.waitForTimeout(1500);
  await editor.locator('.editor-styles-wrapper pa-statement').click();
  await editor.waitForTimeout(800);
  await editor.screenshot({ path: '/tmp/wpscratch/statement.png' });
  await editor.locator('.editor-styles-wrapper pa-statement-quote').click({ position: { x: 300, y: 100 } });
  await editor.waitForTimeout(800);
  await editor.screenshot({ path: '/tmp/wpscratch/quote.png' });
  await openEditor(editor, site.origin);
  await inserterResults(editor, 'Belarus');
  await editor.screenshot({ path: '/tmp/wpscratch/inserter.png' });
  await editor.getByRole('option', { name: 'Belarus statement: one point' }).click();
  await editor.waitForTimeout(800);
  await editor.screenshot({ path: '/tmp/wpscratch/placeholder.png' });
} finally {
  await browser.close();
  removePluginSite();
  stopWordPress();
}
