// The WordPress plugin (npm run build:wordpress) in a real WordPress (Debian's 6.1, Twenty Twenty-Three, MariaDB,
// PHP), as a partner's site uses it: the flow runs in Node with Chromium (tools/test-env/wordpress-plugin-site.js),
// once; this file asserts on what it saw. And the plugin's PHP against the embed-code builder: the markup it writes
// for a post's or shortcode's values must be the builder's `elementMarkup` for the same options, in every language,
// for the many combinations below. Where WordPress or its database is missing, the command fails saying what to
// install, and so does this test.
import { expect } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';
import { LANGUAGES } from '../../src/localization/phrases.js';
import { isSafeLink } from '../../src/shared/property-values.js';
import { DEFAULT_HEADING_LEVEL } from '../../src/statement/pa-statement.js';
import { TAG_NAMES } from '../../src/tag-names.js';
import { wordingIn } from '../../src/localization/wording.js';
import { elementMarkup } from '../../demo/embed-code/element-markup.js';
import { fallbackRules } from '../../demo/embed-code/fallback-layout.js';
import { defaultOptions, type ElementOptions } from '../../demo/embed-code/options.js';
import { phrasesByLanguage } from '../../demo/embed-code/phrases-by-language.js';
import { untilDone } from '../helpers.js';

const { version } = (await (await fetch('/package.json')).json()) as { version: string };

type ElementKey = keyof typeof TAG_NAMES;

/** Values of a block's or shortcode's attributes, by the element's names for them. */
type Values = Record<string, string | boolean>;

interface MarkupCase {
  key: ElementKey;
  values: Values;
  language: string;
}

interface Widget {
  tag: string;
  attributes: Record<string, string>;
  rendered: boolean;
  text: string;
  texts: string[];
  buttons: string[];
  dates: string[];
  links: string[];
  pointsShown: number;
  fontFamily: string;
  lightDomText: string;
}

interface View {
  status: number;
  htmlLang: string;
  widgets: Widget[];
  servedWidgets: string[];
  moduleScripts: string[];
  bodyFontFamily: string;
  injected: number;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

interface Report {
  origin: string;
  versions: { wordpress: string; php: string };
  zip: string;
  lint: { file: string; ok: boolean; output: string }[];
  install: {
    uploadMessages: string[];
    installed: { text: string; messages: string[] };
    activated: { notice: string; active: boolean; messages: string[] };
    log: string[];
    widgetFiles: { file: string; sameAsCdn: boolean }[];
  };
  markup: string[];
  markupLog: string[];
  inserter: Record<string, string[]>;
  authorPost: { options: string[]; shown: Widget[]; link: string; saved: string; editorErrors: string[]; view: View };
  classicPost: { pendingStatus: string; status: string; saved: string; view: View };
  widgetsPost: {
    link: string;
    view: View & {
      interaction: {
        shownBefore: number;
        shownAfter: number;
        firstText: string;
        rotatedTo: number | null;
        stoppedOn: string;
        rotationLabel: string;
        sixSecondsLater: string;
      };
    };
  };
  badPost: { notices: string[]; editorErrors: string[]; view: View };
  german: View & { log: string[] };
  removal: {
    deactivated: boolean;
    messages: string[];
    log: string[];
    filesAdded: string[];
    filesRemoved: string[];
    tablesAdded: string[];
    options: string[];
  };
  timings: Record<string, number>;
}

// The cases: every point in every language, short and whole; the statement's every limit with and without a
// highlighted point and numbering; the quote's lists of points; links, themes, heading levels, and values the
// elements cannot use.
const LIMITS = [
  '',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '0',
  '-1',
  '2.5',
  'all',
  '0x3',
  ' 3 ',
  '1e1',
];
const HIGHLIGHTS = ['', '2', '5', '11', 'torture', '12'];
const HREFS = [
  'https://example.org/statement/',
  '/statement/#pa-point-4',
  'https://example.org/?from=wordpress&quote="<>',
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<p>x</p>',
];
const POINT_KEYS = ['torture', ' 4 ', '+4', '4.0', '12', '0', 'tortur', '', '"><script>alert(1)</script>'];
const POINT_LISTS = ['', '2,4', '4,2,torture,4', '99,tortur', '3,99', 'torture', '11,10,9'];
const INTERVALS = ['', '8', '4', '3', 'abc'];
const THEMES = ['auto', 'light', 'dark', 'purple'];

function markupCases(): MarkupCase[] {
  const cases: MarkupCase[] = [];
  const add = (key: ElementKey, values: Values, language = 'en') => cases.push({ key, values, language });
  for (const language of LANGUAGES) {
    for (const { number } of points) {
      for (const excerpt of [false, true]) add('point', { point: String(number), excerpt }, language);
    }
    add('statement', {}, language);
    add('statement', { limit: '3', highlight: '5', numbered: true, href: HREFS[0] }, language);
    add('quote', { points: '2,4', href: HREFS[0] }, language);
    add('quote', { full: true }, language);
  }
  for (const point of POINT_KEYS) add('point', { point });
  for (const href of HREFS) {
    add('point', { point: '4', href });
    add('statement', { href });
    add('quote', { points: '4', href });
  }
  for (const limit of LIMITS) {
    for (const highlight of HIGHLIGHTS) {
      for (const numbered of [false, true]) add('statement', { limit, highlight, numbered });
    }
  }
  for (const points of POINT_LISTS) {
    for (const full of [false, true]) {
      for (const interval of INTERVALS) add('quote', { points, full, interval });
    }
  }
  for (const theme of THEMES) {
    add('point', { point: '4', theme });
    add('statement', { theme, numbered: true });
    add('quote', { theme });
  }
  for (const level of ['1', '2', '3', '6', '9', 'two']) add('statement', { 'heading-level': level, limit: '5' });
  add('quote', { label: 'Quotes "we" stand by <3' });
  return cases;
}

/** The attributes the builder writes only as a page's own (elementMarkup's `pageAttributes`), with their defaults. */
const PAGE_ATTRIBUTES: Record<string, string> = { 'heading-level': String(DEFAULT_HEADING_LEVEL), label: '' };

/**
 * What the builder writes for a case: its fallback's layout `<style>` and `elementMarkup`, in the case's language,
 * without the `lang` attribute (the plugin's widget follows the page's `<html lang>`), and without a link the
 * element would refuse (the plugin leaves it out, as the element links to nothing).
 */
function builderMarkup({ key, values, language }: MarkupCase): string {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const options: ElementOptions = {
    ...defaultOptions,
    tag: TAG_NAMES[key],
    lang: language,
    point: text('point'),
    highlight: text('highlight'),
    limit: text('limit'),
    points: text('points'),
    interval: text('interval'),
    theme: text('theme') as ElementOptions['theme'],
    href: isSafeLink(text('href')) ? text('href') : '',
    excerpt: values.excerpt === true,
    numbered: values.numbered === true,
    full: values.full === true,
  };
  const pageAttributes = Object.entries(PAGE_ATTRIBUTES)
    .filter(([name, fallback]) => text(name) !== '' && text(name) !== fallback)
    .map(([name]): [string, string] => [name, text(name)]);
  const [startTag, ...rest] = elementMarkup(options, pageAttributes).split('\n');
  const style = ['<style>', ...fallbackRules({ ...options, scriptUrl: '' }).map((rule) => `  ${rule}`), '</style>'];
  return [...style, startTag.replace(` lang="${language}"`, ''), ...rest].join('\n');
}

/**
 * The languages whose dates this browser's Intl cannot write: Debian's Chromium has no Belarusian data, and writes
 * an English date for `be`. The builder, run here, writes that date; the plugin's pieces were built in Node, which
 * (as Firefox) writes the language's. For those languages the builder's date is compared as the plugin's.
 */
const DATES_UNKNOWN_HERE = LANGUAGES.filter(
  (lang) => lang !== 'en' && Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0,
);

/** The statement's date as the plugin writes it in `language`, from its byline. */
function pluginDate(language: string): string {
  const index = cases.findIndex((markupCase) => markupCase.key === 'statement' && markupCase.language === language);
  return /<p>Progressive Alliance · (.+)<\/p>/.exec(report.markup[index])?.[1] ?? '';
}

/** The builder's markup, with its date as the plugin writes it where this browser cannot write the language's. */
function expectedMarkup(markupCase: MarkupCase): string {
  const markup = builderMarkup(markupCase);
  const { language } = markupCase;
  if (!DATES_UNKNOWN_HERE.includes(language)) return markup;
  return markup.replaceAll(wordingIn(language, phrasesByLanguage[language]).date, pluginDate(language));
}

/** The first line where two markups differ, for a readable failure. */
function firstDifference(expected: string, actual: string) {
  const [want, got] = [expected.split('\n'), actual.split('\n')];
  const line = want.findIndex((text, index) => text !== got[index]);
  return { line, expected: want[line], actual: got[line] };
}

const cases = markupCases();
let report: Report;
before(async function () {
  // Builds the plugin, installs WordPress, then does all a partner's site does with it: about a minute.
  this.timeout(220000);
  report = await untilDone<Report>('wordpress-plugin', { cases });
});

/** The site's own requests: every file the page loaded came from `origin`. */
const otherHosts = (view: View) => view.requests.filter((address) => new URL(address).origin !== report.origin);

const pointText = points[3].text;

describe('the WordPress plugin, built', () => {
  it('passes `php -l` on every PHP file, with Debian’s PHP', () => {
    expect(report.lint.length).to.be.at.least(6);
    for (const { file, ok, output } of report.lint) expect(ok, `${file}: ${output}`).to.equal(true);
  });

  it('carries the drop-in bundle, hydrate.js, every locale module and LICENSES.txt from cdn/, byte for byte', () => {
    const files = report.install.widgetFiles.map(({ file }) => file);
    expect(files).to.include.members(['pa-statement-widget.js', 'hydrate.js', 'LICENSES.txt']);
    for (const lang of LANGUAGES.filter((code) => code !== 'en')) expect(files).to.include(`locales/${lang}.js`);
    for (const { file, sameAsCdn } of report.install.widgetFiles) expect(sameAsCdn, file).to.equal(true);
  });

  it(`writes in PHP the markup the builder writes, for ${cases.length} combinations of element, values and language`, () => {
    const mismatches = cases.flatMap((markupCase, index) => {
      const expected = expectedMarkup(markupCase);
      const actual = report.markup[index];
      return actual === expected ? [] : [{ case: markupCase, ...firstDifference(expected, actual) }];
    });
    expect(mismatches).to.deep.equal([]);
    expect(report.markupLog, 'PHP messages while writing them').to.deep.equal([]);
    for (const language of DATES_UNKNOWN_HERE) {
      expect(pluginDate(language), `the date in ${language}`).not.to.equal(
        wordingIn(language, phrasesByLanguage[language]).date,
      );
    }
  });
});

describe(`the WordPress plugin in WordPress`, () => {
  it('installs from its zip (Plugins → Add New → Upload Plugin) and activates with WP_DEBUG on, with no PHP message', () => {
    const { install } = report;
    expect(install.installed.text).to.contain('Plugin installed successfully.');
    expect(install.activated.notice).to.contain('Plugin activated.');
    expect(install.activated.active).to.equal(true);
    expect([...install.uploadMessages, ...install.installed.messages, ...install.activated.messages]).to.deep.equal([]);
    // WordPress 6.1 on PHP 8.2 logs deprecations of its own (its login page's, say): none may be the plugin's.
    expect(install.log.filter((line) => line.includes('/plugins/pa-statement-widget/'))).to.deep.equal([]);
  });

  it('offers the three blocks in the inserter for "statement", "Belarus", "Progressive Alliance" and "quote"', () => {
    const blocks = ['Belarus statement', 'Belarus statement: one point', 'Belarus statement: rotating quote'];
    for (const [term, found] of Object.entries(report.inserter)) expect(found, term).to.include.members(blocks);
    expect(Object.keys(report.inserter)).to.deep.equal(['statement', 'Belarus', 'Progressive Alliance', 'quote']);
  });

  it('lets an Author pick point 4 in the sidebar by its number and the start of its text, and shows the real widget in the editor', () => {
    const { authorPost } = report;
    expect(authorPost.options).to.have.length(12);
    expect(authorPost.options[4]).to.equal('4 — The UN has confirmed 450 cases of torture…');
    const [shown] = authorPost.shown;
    expect(shown.tag).to.equal('pa-statement-point');
    expect(shown.attributes).to.include({ point: '4', lang: 'en-US' });
    expect(shown.text).to.contain(pointText);
    expect(authorPost.editorErrors.filter((error) => /pa-statement/.test(error))).to.deep.equal([]);
  });

  it("keeps only the block's comment in the Author's post, and renders point 4 word for word, in the theme's font, with no console error", () => {
    const { authorPost } = report;
    expect(authorPost.saved).to.equal('<!-- wp:pa-statement-widget/point {"point":"4"} /-->');
    const { view } = authorPost;
    expect(view.status).to.equal(200);
    const [widget] = view.widgets;
    expect(widget.rendered).to.equal(true);
    expect(widget.texts).to.deep.equal([pointText]);
    expect(widget.text).to.contain('Point 4 of 11');
    expect(widget.fontFamily).to.equal(view.bodyFontFamily);
    // Readers without JavaScript get the same words, laid out by the builder's rules.
    expect(view.servedWidgets).to.deep.equal([report.markup[cases.findIndex(isPoint4InEnglish)]]);
    expect(view.errors).to.deep.equal([]);
  });

  it('loads every file of the post pages from the site itself, the bundle as a module from the plugin’s folder', () => {
    const bundle = `${report.origin}/wp-content/plugins/pa-statement-widget/widget/pa-statement-widget.js`;
    for (const view of [report.authorPost.view, report.classicPost.view, report.widgetsPost.view, report.german]) {
      expect(otherHosts(view)).to.deep.equal([]);
      expect(view.moduleScripts).to.deep.equal([`${bundle}?ver=${version}`]);
    }
    expect(report.german.requests).to.include(
      `${report.origin}/wp-content/plugins/pa-statement-widget/widget/locales/de.js`,
    );
  });

  it("shows the point in a Contributor's classic post with the shortcode, once an Editor has published it", () => {
    const { classicPost } = report;
    expect(classicPost.pendingStatus).to.equal('pending');
    expect(classicPost.status).to.equal('publish');
    expect(classicPost.saved).to.contain('[pa_statement_point point="4"]');
    const [widget] = classicPost.view.widgets;
    expect(widget.attributes.point).to.equal('4');
    expect(widget.texts).to.deep.equal([pointText]);
    expect(classicPost.view.servedWidgets).to.deep.equal([report.markup[cases.findIndex(isPoint4InEnglish)]]);
    expect(classicPost.view.errors).to.deep.equal([]);
  });

  it('expands the statement limited to 3 points on "Show all"; rotates the quote, and stops it with its button', () => {
    const { interaction, errors } = report.widgetsPost.view;
    expect(interaction.shownBefore).to.equal(3);
    expect(interaction.shownAfter).to.equal(11);
    // It rotated on its own, every 4 seconds; stopped, it stays on its quote longer than that.
    expect(interaction.rotatedTo).to.be.a('number');
    const rotatedTo = points[(interaction.rotatedTo as number) - 1];
    expect(interaction.firstText).not.to.equal(rotatedTo.quote);
    expect(interaction.stoppedOn).to.equal(rotatedTo.quote);
    expect(interaction.rotationLabel).to.equal('Start automatic quote rotation');
    expect(interaction.sixSecondsLater).to.equal(interaction.stoppedOn);
    expect(errors).to.deep.equal([]);
  });

  it('tells an Editor in the editor why a value is bad; readers get what the element does with it, nothing unescaped', () => {
    const { badPost } = report;
    expect(badPost.notices).to.have.length(4);
    expect(badPost.notices[0]).to.match(
      /^“12” is no point of the statement: use a number from 1 to 11 .* Readers see nothing in its place\.$/,
    );
    expect(badPost.notices[1]).to.match(/^“abc” is not a number of points .* Readers see every point\.$/);
    expect(badPost.notices[2]).to.match(
      /^“javascript:alert\(document\.domain\)” is not a link .* The widget links to nothing\.$/,
    );
    const [missing, unlimited, hostile, linked] = badPost.view.widgets;
    // A point that names no point: nothing, marked invalid, as the element does, and no fallback.
    expect(missing.attributes).to.include({ point: '12', invalid: '' });
    expect(missing.text).to.equal('');
    expect(badPost.view.servedWidgets[0]).to.match(/<pa-statement-point point="12">\n<\/pa-statement-point>$/);
    // A limit that is no number: every point, no "Show all"; a javascript: link: no link, in the fallback too.
    expect(unlimited.pointsShown).to.equal(11);
    expect(unlimited.links).to.deep.equal([]);
    expect(unlimited.attributes).not.to.have.property('href');
    expect(badPost.view.servedWidgets[1]).not.to.contain('javascript:').and.not.to.contain('<details>');
    // Values meant to break out of the markup stay the attributes' text.
    expect(hostile.attributes.point).to.equal('"><script data-injected>alert(1)</script>');
    expect(linked.attributes.href).to.equal('https://example.org/?a=1&b="><img src=x onerror=alert(1)>');
    expect(linked.links).to.deep.equal([linked.attributes.href]);
    expect(badPost.view.injected).to.equal(0);
    expect(badPost.view.dialogs).to.deep.equal([]);
  });

  it("speaks German, buttons and date, with the site's language set to German", () => {
    const { german } = report;
    expect(german.htmlLang).to.equal('de-DE');
    const [statement, quote] = german.widgets;
    expect(statement.buttons).to.include('Alle 11 Punkte anzeigen').and.include('Link kopieren: Punkt 1');
    expect(statement.dates).to.deep.equal(['18. September 2020']);
    expect(quote.buttons).to.include('Nächstes Zitat');
    expect(german.servedWidgets[0]).to.contain('<summary>Alle 11 Punkte anzeigen</summary>');
    expect(german.errors).to.deep.equal([]);
  });

  it('leaves nothing of its own behind once deactivated and deleted: no file, no option, no table', () => {
    const { removal } = report;
    expect(removal.deactivated).to.equal(true);
    expect(removal.messages).to.deep.equal([]);
    expect(removal.log.filter((line) => line.includes('/plugins/pa-statement-widget/'))).to.deep.equal([]);
    // WordPress's uploader leaves its own empty folders; no file, and nothing named after the plugin.
    expect(removal.filesAdded.filter((path) => !path.endsWith('/') || path.includes('pa-statement'))).to.deep.equal([]);
    expect(removal.filesRemoved).to.deep.equal([]);
    expect(removal.tablesAdded).to.deep.equal([]);
    // No option of the plugin's: WordPress's own lists of recently active plugins and of plugins checked for updates
    // name it, as they name every plugin.
    expect(
      removal.options.filter((name) => !['recently_activated', '_site_transient_update_plugins'].includes(name)),
    ).to.deep.equal([]);
  });

  it('ran in WordPress 6.1 on PHP 8.2', () => {
    expect(report.versions.wordpress).to.match(/^6\.1\./);
    expect(report.versions.php).to.match(/^8\.2\./);
  });
});

function isPoint4InEnglish({ key, values, language }: MarkupCase) {
  return (
    key === 'point' &&
    language === 'en' &&
    values.point === '4' &&
    values.excerpt === false &&
    Object.keys(values).length === 2
  );
}
