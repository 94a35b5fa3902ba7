<?php
/**
 * Plugin Name:       Progressive Alliance statement on Belarus
 * Description:       The Progressive Alliance statement on Belarus of 18 September 2020, verbatim: blocks and shortcodes for the full statement, one point and a rotating quote, served from your own site.
 * Version:           (written by the build from package.json)
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            pa-statement-widget contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pa-statement-widget
 * Domain Path:       /languages
 * Update URI:        false
 *
 * @package pa-statement-widget
 */

defined( 'ABSPATH' ) || exit;

define( 'PA_STATEMENT_WIDGET_FILE', __FILE__ );

require __DIR__ . '/includes/values.php';
require __DIR__ . '/includes/markup.php';
require __DIR__ . '/includes/assets.php';
require __DIR__ . '/includes/blocks.php';

add_action( 'init', 'pa_statement_widget_register' );
add_filter( 'script_loader_tag', 'pa_statement_widget_module_tag', 10, 2 );
add_filter( 'no_texturize_tags', 'pa_statement_widget_verbatim_tags' );
