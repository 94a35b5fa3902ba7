// A pinned snippet's import map (demo/embed-code/code.ts) gives the browser the integrity of the modules the bundle
// loads, hydrate.js and its language modules, as the release recorded them: a host that alters one after the bundle
// was checked gets it refused, and the reader still gets the widget, in English or rendered afresh, with the console
// saying why once. Each engine is tested with the altered files and the integrity of the files as built, and
// (the control) with the altered files' own integrity, which it takes.
import { expect } from '@open-wc/testing';
import { integrityOfServed, visibleText } from '../helpers.js';
import {
  close,
  page,
  prerender,
  shadowPart,
  shownPoints,
  until,
  widgetsIn,
  type Recording,
} from '../prerendered-pages.js';

/** The bundle as built, beside a hydrate.js and locales/ that its host altered (tools/test-env/slow-files.js). */
const TAMPERED = '/test/fixtures/tampered-modules';

/** An import map giving `files` (under TAMPERED) the integrity of the files of the same name at `integrityFrom`. */
async function importMap(files: string[], integrityFrom: string): Promise<string> {
  const entries = await Promise.all(
    files.map(async (file) => [
      `${location.origin}${TAMPERED}/${file}`,
      await integrityOfServed(`${integrityFrom}/${file}`),
    ]),
  );
  return `<script type="importmap">${JSON.stringify({ integrity: Object.fromEntries(entries) })}</script>`;
}

const bundle = `${TAMPERED}/pa-statement-widget.js`;

describe("a pinned snippet's import map, where the host altered the modules the bundle loads", function () {
  this.timeout(20000);

  it('refuses an altered language module: the widget shows English and says why once', async () => {
    const opened = await page('<pa-statement-point point="4"></pa-statement-point>', {
      lang: 'de',
      head: await importMap(['locales/de.js'], '/cdn'),
      bundle,
    });
    const [point] = widgetsIn(opened.document);
    await until(() => visibleText(shadowPart(point, 'position')) === 'Point 4 of 11', 'the point, in English');
    const { warnings, errors } = opened.view as Recording;
    expect(warnings).to.deep.equal(['pa-statement-widget: locales/de.js did not load; the widgets show English.']);
    expect(errors).to.deep.equal([]);
    close(opened);
  });

  it('takes the altered language module where the map gives its own integrity (the control)', async () => {
    const opened = await page('<pa-statement-point point="4"></pa-statement-point>', {
      lang: 'de',
      head: await importMap(['locales/de.js'], TAMPERED),
      bundle,
    });
    const [point] = widgetsIn(opened.document);
    await until(() => visibleText(shadowPart(point, 'position')) === 'Punkt 4 von 11', 'the point, in German');
    expect((opened.view as Recording).warnings).to.deep.equal([]);
    close(opened);
  });

  for (const [integrityFrom, outcome] of [
    ['/cdn', 'refuses an altered hydrate.js: the prerendered widget is rendered afresh, works, and says why once'],
    [TAMPERED, 'hydrates with the altered hydrate.js where the map gives its own integrity (the control)'],
  ]) {
    it(outcome, async () => {
      const { html } = await prerender('<pa-statement limit="3"></pa-statement>');
      const opened = await page(html, { head: await importMap(['hydrate.js'], integrityFrom), bundle });
      const [statement] = widgetsIn(opened.document);
      shadowPart(statement, 'toggle-button').click();
      await until(() => shownPoints(statement) === 11, 'all points shown');
      const { warnings, errors } = opened.view as Recording;
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal(
        integrityFrom === TAMPERED
          ? []
          : ['pa-statement-widget: hydrate.js did not load; server-rendered widgets are rendered afresh.'],
      );
      close(opened);
    });
  }
});
