// The plugin's build (see tools/build/wordpress-plugin.js): the folder dist-wordpress/pa-statement-widget/ and its zip.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { attributesOf, blockAttributes, phpDataFile } from './plugin-files.js';
import { potFile, textsInBlock, textsInCode } from './pot.js';
import { zipOf } from './zip.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const source = join(root, 'wordpress-plugin');
const cdn = join(root, 'cdn');

/** The plugin's folder name, its main file's, and its text domain. */
export const PLUGIN_SLUG = 'pa-statement-widget';
export const OUTPUT = join(root, 'dist-wordpress');
export const pluginFolder = join(OUTPUT, PLUGIN_SLUG);
export const pluginZip = join(OUTPUT, `${PLUGIN_SLUG}.zip`);

/** Where the drop-in files go in the plugin: the bundle's own imports (`./locales/de.js`) resolve beside it. */
const WIDGET_FOLDER = 'widget';

const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();

/** The drop-in files the plugin serves, from cdn/ as the bundle build wrote them. */
function widgetFiles() {
  const wanted = (name) =>
    ['pa-statement-widget.js', 'hydrate.js', 'LICENSES.txt'].includes(name) || /^locales\/[a-z]{2,3}\.js$/.test(name);
  if (!existsSync(join(cdn, 'pa-statement-widget.js'))) {
    throw new Error('cdn/pa-statement-widget.js is missing: run `npm run build:cdn` first');
  }
  return filesUnder(cdn)
    .filter(wanted)
    .map((name) => [`${WIDGET_FOLDER}/${name}`, readFileSync(join(cdn, name))]);
}

/** The builder's pieces and rules (widget-data.js), bundled for Node with its TypeScript imports, then run. */
async function builderData() {
  const scratch = join(OUTPUT, '.widget-data');
  const output = await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      ssr: fileURLToPath(new URL('./widget-data.js', import.meta.url)),
      outDir: scratch,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'widget-data.mjs' } },
    },
  });
  if (!output) throw new Error('Vite did not bundle the builder for Node');
  try {
    const { widgetData } = await import(pathToFileURL(join(scratch, 'widget-data.mjs')).href);
    return widgetData();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `text` with the value of its header line `name` (`Version`, `Stable tag`) set to `value`. */
function withHeader(text, file, name, value) {
  const line = new RegExp(`^((?: \\* )?${name}:[ \\t]*).*$`, 'm');
  if (!line.test(text)) throw new Error(`wordpress-plugin/${file} has no "${name}:" line`);
  return text.replace(line, `$1${value}`);
}

/** The plugin's own files from wordpress-plugin/, with the version set and the blocks' attributes added. */
function sourceFiles({ version, elements }) {
  return filesUnder(source).map((name) => {
    let bytes = readFileSync(join(source, name));
    if (name === `${PLUGIN_SLUG}.php`) bytes = withHeader(String(bytes), name, 'Version', version);
    if (name === 'readme.txt') bytes = withHeader(String(bytes), name, 'Stable tag', version);
    const block = /^blocks\/(\w+)\/block\.json$/.exec(name);
    if (block) {
      const element = elements[block[1]];
      if (!element) throw new Error(`wordpress-plugin/${name} is the block of no element`);
      const metadata = JSON.parse(String(bytes));
      bytes = `${JSON.stringify({ ...metadata, attributes: blockAttributes(element.attributes) }, null, '\t')}\n`;
    }
    return [name, Buffer.from(bytes)];
  });
}

/** Every translatable text of the plugin's PHP, editor script and blocks. */
function translatableTexts(files) {
  return files.flatMap(([name, bytes]) => {
    if (name.endsWith('block.json')) return textsInBlock(name, JSON.parse(String(bytes)));
    if (name.endsWith('.php') || name === 'editor.js') return textsInCode(name, String(bytes), PLUGIN_SLUG);
    return [];
  });
}

/** Builds the plugin's folder and zip; resolves with their paths. */
export async function buildWordPressPlugin() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const widget = widgetFiles();
  const data = await builderData();
  const elements = Object.fromEntries(
    Object.entries(data.tags).map(([key, tag]) => {
      const metadata = JSON.parse(readFileSync(join(source, 'blocks', key, 'block.json'), 'utf8'));
      return [
        key,
        {
          tag,
          block: metadata.name,
          shortcode: tag.replace(/-/g, '_'),
          attributes: attributesOf(manifest, tag),
          builderOrder: data.builderOrder[tag],
        },
      ];
    }),
  );
  const shared = { languages: data.languages, points: data.points, themes: data.themes, minInterval: data.minInterval };
  const own = sourceFiles({ version, elements });
  const files = [
    ...own,
    ...widget,
    [
      'build/widget-data.php',
      Buffer.from(phpDataFile({ version, elements, ...shared, pieces: data.pieces, layouts: data.layouts })),
    ],
    ['LICENSE', readFileSync(join(root, 'LICENSE'))],
    [`languages/${PLUGIN_SLUG}.pot`, Buffer.from(potFile(translatableTexts(own), { name: PLUGIN_SLUG, version }))],
  ].sort(([a], [b]) => (a < b ? -1 : 1));

  rmSync(OUTPUT, { recursive: true, force: true });
  for (const [name, bytes] of files) {
    const path = join(pluginFolder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  writeFileSync(pluginZip, zipOf(files.map(([name, bytes]) => [`${PLUGIN_SLUG}/${name}`, bytes])));
  return { folder: relative(root, pluginFolder), zip: relative(root, pluginZip) };
}
