<?php
/**
 * The widget's files, served from the plugin's own folder: the bundle is an ES module, whose language modules load
 * from beside it (widget/locales/), so nothing comes from another host. WordPress 6.5 and later print it as a script
 * module (wp_enqueue_script_module); earlier versions as a script whose tag the `script_loader_tag` filter makes
 * `type="module"`. The block editor's script always uses the latter: a classic script cannot depend on a script module.
 *
 * @package pa-statement-widget
 */

defined( 'ABSPATH' ) || exit;

const PA_STATEMENT_WIDGET_BUNDLE = 'pa-statement-widget';
const PA_STATEMENT_WIDGET_EDITOR = 'pa-statement-widget-editor';

/**
 * The bundle's address in the plugin's folder.
 *
 * @return string
 */
function pa_statement_widget_bundle_url() {
	return plugins_url( 'widget/pa-statement-widget.js', PA_STATEMENT_WIDGET_FILE );
}

/**
 * Registers the bundle as a script (made a module by pa_statement_widget_module_tag) and the block editor's script,
 * which depends on it, with what the editor needs to know: the points, the elements' attributes, the values they
 * take, and the site's language, which the widget shows in the editor as readers will see it.
 */
function pa_statement_widget_register_scripts() {
	$data = pa_statement_widget_data();
	wp_register_script( PA_STATEMENT_WIDGET_BUNDLE, pa_statement_widget_bundle_url(), array(), $data['version'], true );
	wp_register_script(
		PA_STATEMENT_WIDGET_EDITOR,
		plugins_url( 'editor.js', PA_STATEMENT_WIDGET_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', PA_STATEMENT_WIDGET_BUNDLE ),
		$data['version'],
		false
	);
	$editor = array(
		'language'    => get_bloginfo( 'language' ),
		'points'      => $data['points'],
		'themes'      => $data['themes'],
		'minInterval' => $data['minInterval'],
		'elements'    => $data['elements'],
	);
	wp_add_inline_script( PA_STATEMENT_WIDGET_EDITOR, 'var paStatementWidgetEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
	wp_set_script_translations( PA_STATEMENT_WIDGET_EDITOR, 'pa-statement-widget', dirname( PA_STATEMENT_WIDGET_FILE ) . '/languages' );
}

/**
 * Enqueues the bundle for the page being rendered: printed in the footer, as a block theme renders the content
 * before the head, and a classic theme after it.
 */
function pa_statement_widget_enqueue_bundle() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( PA_STATEMENT_WIDGET_BUNDLE, pa_statement_widget_bundle_url(), array(), pa_statement_widget_data()['version'] );
		return;
	}
	wp_enqueue_script( PA_STATEMENT_WIDGET_BUNDLE );
}

/**
 * The bundle's tag, as a module: `type="module"` in place of any type WordPress wrote.
 *
 * @param string $tag    The script's HTML.
 * @param string $handle The script's handle.
 * @return string
 */
function pa_statement_widget_module_tag( $tag, $handle ) {
	if ( PA_STATEMENT_WIDGET_BUNDLE !== $handle ) {
		return $tag;
	}
	$untyped = preg_replace( '/(<script[^>]*?)\stype=([\'"])[^\'"]*\2/', '$1', $tag );
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script type="module"', $untyped, 1 );
}
