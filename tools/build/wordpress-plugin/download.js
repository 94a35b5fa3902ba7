// The plugin's zip as the widget's site offers it for download (tools/build/site-plugin.ts), from `npm run build:wordpress`.
import { existsSync, readFileSync } from 'node:fs';
import { pluginZip } from './build-plugin.js';

/** Its address in the site. */
export const WORDPRESS_PLUGIN_DOWNLOAD = 'wordpress/pa-statement-widget.zip';

/** The site's file of the zip, by path. */
export function wordpressPluginDownload() {
  if (!existsSync(pluginZip)) {
    throw new Error(
      'dist-wordpress/pa-statement-widget.zip is missing: run `npm run build:wordpress` first (`npm run build:site` does)',
    );
  }
  return new Map([[WORDPRESS_PLUGIN_DOWNLOAD, readFileSync(pluginZip)]]);
}
