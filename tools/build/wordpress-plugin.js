// `npm run build:wordpress`: the WordPress plugin, as the folder dist-wordpress/pa-statement-widget/ and the zip a
// partner uploads (Plugins → Add New → Upload Plugin), dist-wordpress/pa-statement-widget.zip, whose one folder is
// pa-statement-widget/. From wordpress-plugin/ (the plugin's PHP, editor script, block.json files and readme.txt),
// with what the build adds:
// - widget/: the drop-in bundle, hydrate.js, locales/ and LICENSES.txt from cdn/, byte for byte (npm run build:cdn);
// - build/widget-data.php: the builder's fallback pieces and layout rules, the points, the languages and each
//   element's attributes (tools/build/wordpress-plugin/widget-data.js, plugin-files.js);
// - each block.json's attributes, from custom-elements.json; languages/pa-statement-widget.pot; the version, from
//   package.json, in the plugin's header and readme.txt.
// Fails with one sentence, and no stack trace, where it cannot.
import { pathToFileURL } from 'node:url';
import { buildWordPressPlugin } from './wordpress-plugin/build-plugin.js';

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { zip } = await buildWordPressPlugin();
    console.log(`WordPress plugin: ${zip}`);
  } catch (error) {
    console.error(`The WordPress plugin was not built: ${error instanceof Error ? error.message : String(error)}.`);
    process.exit(1);
  }
}
