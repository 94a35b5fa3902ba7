// The block editor of WordPress 6.1, as a writer uses it: the inserter, a block's sidebar, Publish.

import { widgetsNow } from './views.js';

/** Opens the block editor (a new post, or post `id`), past the welcome guide it shows each user once. */
export async function openEditor(page, origin, id) {
  await page.goto(id ? `${origin}/wp-admin/post.php?post=${id}&action=edit` : `${origin}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.() > 0);
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) {
      dispatch('core/edit-post').toggleFeature('welcomeGuide');
    }
  });
}

/** The titles of the blocks the inserter offers for `term`. */
export async function inserterResults(page, term) {
  const search = page.locator('.block-editor-inserter__search input');
  if (!(await search.isVisible())) await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await search.fill(term);
  const results = page.locator('.block-editor-inserter__panel-content .block-editor-block-types-list__item');
  await results.first().waitFor();
  return results.locator('.block-editor-block-types-list__item-title').allInnerTexts();
}

/** The sidebar of the selected block, opened as a writer opens it: the Settings button. */
async function blockSidebar(page) {
  const sidebar = page.locator('.interface-complementary-area');
  if (!(await sidebar.isVisible())) await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await sidebar.locator('.edit-post-sidebar__panel-tab[data-label="Block"]').click();
  return sidebar;
}

/** The widgets in the post as the editor shows them. */
const EDITOR_WIDGETS = '.editor-styles-wrapper :is(pa-statement, pa-statement-point, pa-statement-quote)';

/** The warnings the blocks of the post show in the editor. */
export const editorNotices = (page) =>
  page.locator('.editor-styles-wrapper .components-notice.is-warning .components-notice__content').allInnerTexts();

/**
 * Finds `blockTitle` in the inserter by `term`, inserts it, chooses `optionValue` in the sidebar's select labelled
 * `label`, titles the post and publishes it. Resolves with what the sidebar offered, what the editor showed, and the
 * post's address and id.
 */
export async function insertAndPublish(page, { term, blockTitle, label, optionValue, title }) {
  await inserterResults(page, term);
  await page.getByRole('option', { name: blockTitle }).click();
  const sidebar = await blockSidebar(page);
  const select = sidebar.getByLabel(label, { exact: true });
  const options = await select.locator('option').allInnerTexts();
  await select.selectOption(optionValue);
  await page.waitForFunction(() =>
    document.querySelector('.editor-styles-wrapper pa-statement-point')?.shadowRoot?.textContent?.trim(),
  );
  const shown = await widgetsNow(page, EDITOR_WIDGETS);
  await page.getByRole('textbox', { name: 'Add title' }).fill(title);
  await page.locator('.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished());
  const { id, link } = await page.evaluate(() => ({
    id: window.wp.data.select('core/editor').getCurrentPostId(),
    link: window.wp.data.select('core/editor').getPermalink(),
  }));
  return { options, shown, id, link };
}
