// HTML minifiers that partner sites run on whole pages, prerendered widgets included, each as partners run it:
// html-minifier-terser with html-webpack-plugin's production options, minify-html with its defaults, and Hugo's
// `--minify` (Debian's hugo) on a site whose layout prints the page. All three remove every comment, Lit's part
// markers among them (../shared/TOOLING.md); the tests check what the widgets make of that.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** html-webpack-plugin's options in production mode, the most common setup of html-minifier-terser. */
const HTML_WEBPACK_PLUGIN_PRODUCTION = {
  collapseWhitespace: true,
  keepClosingSlash: true,
  removeComments: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
};

const HUGO_CONFIG = `baseURL = "http://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

/** `html` as `hugo --minify` publishes a page whose layout prints it as it is. */
function hugoMinify(html) {
  const site = mkdtempSync(join(tmpdir(), 'pa-hugo-'));
  try {
    mkdirSync(join(site, 'layouts'));
    writeFileSync(join(site, 'config.toml'), HUGO_CONFIG);
    writeFileSync(join(site, 'page.html'), html);
    writeFileSync(join(site, 'layouts', 'index.html'), '{{ readFile "page.html" | safeHTML }}');
    const { status, stderr, error } = spawnSync('hugo', ['--minify', '--quiet', '--source', site], {
      encoding: 'utf8',
    });
    if (error || status !== 0) {
      throw new Error(`hugo --minify failed (tools/setup.sh installs Debian's hugo): ${error?.message ?? stderr}`);
    }
    return readFileSync(join(site, 'public', 'index.html'), 'utf8');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

export const MINIFIERS = {
  'html-minifier-terser': async (html) =>
    (await import('html-minifier-terser')).minify(html, HTML_WEBPACK_PLUGIN_PRODUCTION),
  'minify-html': async (html) => (await import('@minify-html/node')).default.minify(Buffer.from(html), {}).toString(),
  hugo: async (html) => hugoMinify(html),
};
