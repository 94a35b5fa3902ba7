// The code the builder gives an editor to paste: the snippet (script, layout rules, element), the address of the
// element's page on the site, or a frame of its embed page; and what the prerenderer is asked for a prerendered one.
import type { PrerenderOptions } from '../../src/prerender/prerender.js';
import { escapeHtml } from '../../src/shared/escape-html.js';
import { folderOf } from '../../src/shared/folder-of.js';
import { TAG_NAMES } from '../../src/tag-names.js';
import { problemsOf } from './checks.js';
import { elementMarkup } from './element-markup.js';
import { FALLBACK_STYLESHEET, fallbackRules } from './fallback-layout.js';
import { embedFrame } from './frame.js';
import { customPropertiesOf, type EmbedOptions } from './options.js';
import { embedPathOf, pointPages, statementPage, type StatementPage } from './statement-pages.js';

/** The fallback stylesheet's address: beside the bundle, in the same folder. */
export const stylesheetBeside = (scriptUrl: string) => folderOf(scriptUrl) + FALLBACK_STYLESHEET;

/**
 * The options of `prerender(snippet, options)` for a prerendered snippet, as one would give them to
 * `pa-statement-widget prerender`: the language chosen, if any; with a linked stylesheet, the bundle's folder, where
 * the widgets' own stylesheets are published beside it.
 */
export function prerenderOptionsOf(options: EmbedOptions): PrerenderOptions {
  return {
    ...(options.lang && { lang: options.lang }),
    ...(options.linkStylesheet && { stylesheets: folderOf(options.scriptUrl) }),
  };
}

/** The integrity check, with the CORS request it needs said outright (a module script makes one in any case). */
const integrityOf = ({ integrity }: EmbedOptions) =>
  integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';

/**
 * An import map that gives the browser the integrity of the modules a pinned bundle loads (hydrate.js, locales/),
 * for engines that check it (integrity in import maps: Chromium 127, Firefox 138, Safari 18). Not with a linked
 * stylesheet: a page that refuses inline styles refuses this inline script too, and the bundle's own integrity
 * still holds there.
 */
function importMapOf({ integrity, moduleIntegrity, linkStylesheet }: EmbedOptions): string[] {
  if (!integrity || linkStylesheet || Object.keys(moduleIntegrity).length === 0) return [];
  // `<` written as JSON's escape: the map's text can never end its <script>.
  const map = JSON.stringify({ integrity: moduleIntegrity }, null, 2).replaceAll('<', '\\u003c');
  return ['<script type="importmap">', map, '</script>'];
}

/** The complete snippet to paste into a page or a CMS "custom HTML" block. */
export function snippetOf(options: EmbedOptions): string {
  const properties = customPropertiesOf(options).map(([name, value]) => `    ${name}: ${value};`);
  const layout = options.linkStylesheet
    ? [`<link rel="stylesheet" href="${escapeHtml(stylesheetBeside(options.scriptUrl))}" />`]
    : [
        '<style>',
        ...(properties.length > 0 ? [`  ${options.tag} {`, ...properties, '  }'] : []),
        ...fallbackRules(options).map((rule) => `  ${rule}`),
        '</style>',
      ];
  return [
    ...importMapOf(options),
    `<script type="module" src="${escapeHtml(options.scriptUrl)}"${integrityOf(options)}></script>`,
    ...layout,
    elementMarkup(options),
  ].join('\n');
}

/** The site's page of the element chosen; none for a rotating quote. */
function pageOf(options: EmbedOptions): StatementPage | undefined {
  if (options.tag === TAG_NAMES.statement) return statementPage;
  return options.tag === TAG_NAMES.point ? pointPages[Number(options.point) - 1] : undefined;
}

/**
 * The code to paste for `options`, and a note on it; for the site at `site` (the builder's own). A link or a frame
 * shows the site's page of a point or of the statement, as the site renders it: the element's other options do not
 * apply, but for the frame's language and colour scheme.
 */
export function codeOf(options: EmbedOptions, site: string): { code: string; note: string } {
  if (options.output === 'script') {
    // No code at all where it would be unsafe or would not work on a partner's page: the reasons instead.
    const problems = problemsOf(options);
    return problems.length > 0 ? { code: '', note: problems.join(' ') } : { code: snippetOf(options), note: '' };
  }
  const page = pageOf(options);
  if (!page) {
    return {
      code: '',
      note: 'A rotating quote has no page of its own to link to or frame: choose a point or the full statement, or paste the script code.',
    };
  }
  if (options.output === 'link') {
    return {
      code: new URL(page.path, site).href,
      note: 'Paste it on a line of its own: WordPress (for any author), and other platforms that read oEmbed, show the point itself; social networks and chat apps show its card.',
    };
  }
  const embed = new URL(embedPathOf(page), site);
  if (options.lang) embed.searchParams.set('lang', options.lang);
  if (options.theme) embed.searchParams.set('theme', options.theme);
  return {
    code: embedFrame(page, embed.href),
    note: 'For a site that allows frames but not scripts. The frame keeps this height; docs/embedding.md gives five lines of script that fit it to its content where scripts are allowed.',
  };
}
