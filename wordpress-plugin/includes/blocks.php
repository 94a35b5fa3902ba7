<?php
/**
 * The three blocks and their shortcodes (`[pa_statement]`, `[pa_statement_point point="4"]`,
 * `[pa_statement_quote]`), which render the same markup through one function. The blocks are dynamic: a post holds
 * only the block's comment with its attributes, which kses keeps for every role, and the element is written when
 * the page is viewed.
 *
 * @package pa-statement-widget
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the scripts, each block (its block.json, attributes included, is written by the build) and each
 * shortcode.
 */
function pa_statement_widget_register() {
	pa_statement_widget_register_scripts();
	foreach ( pa_statement_widget_data()['elements'] as $key => $element ) {
		register_block_type(
			dirname( __DIR__ ) . '/blocks/' . $key,
			array(
				'render_callback' => function ( $attributes ) use ( $key ) {
					return pa_statement_widget_render_block( $key, $attributes );
				},
			)
		);
		add_shortcode(
			$element['shortcode'],
			function ( $attributes ) use ( $key ) {
				return pa_statement_widget_render_shortcode( $key, $attributes );
			}
		);
	}
}

/**
 * The element for a post's view, and the module that defines it, enqueued for the page's footer.
 *
 * @param string $key    The element: statement, point or quote.
 * @param array  $values Values by attribute name.
 * @return string
 */
function pa_statement_widget_render( $key, array $values ) {
	pa_statement_widget_enqueue_bundle();
	return pa_statement_widget_markup( $key, $values, pa_statement_widget_language() );
}

/**
 * A block's element: its attributes, named as the block names them (`headingLevel`), by the element's names.
 *
 * @param string $key        The element: statement, point or quote.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function pa_statement_widget_render_block( $key, $attributes ) {
	$values = array();
	foreach ( pa_statement_widget_data()['elements'][ $key ]['attributes'] as $attribute ) {
		if ( is_array( $attributes ) && array_key_exists( $attribute['field'], $attributes ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['field'] ];
		}
	}
	return pa_statement_widget_render( $key, $values );
}

/**
 * A shortcode's element. Its attributes are the element's (`heading-level="3"`); a boolean one is on when written
 * alone (`[pa_statement numbered]`) or with any value but `false`, `0` or `no`.
 *
 * @param string $key        The element: statement, point or quote.
 * @param mixed  $attributes The shortcode's attributes, as WordPress parsed them ('' for none).
 * @return string
 */
function pa_statement_widget_render_shortcode( $key, $attributes ) {
	$given  = is_array( $attributes ) ? $attributes : array();
	$alone  = array_filter( $given, 'is_int', ARRAY_FILTER_USE_KEY );
	$values = array();
	foreach ( pa_statement_widget_data()['elements'][ $key ]['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( 'boolean' === $attribute['type'] ) {
			$valued          = array_key_exists( $name, $given ) && ! in_array( strtolower( $given[ $name ] ), array( 'false', '0', 'no' ), true );
			$values[ $name ] = in_array( $name, $alone, true ) || $valued;
		} elseif ( array_key_exists( $name, $given ) ) {
			$values[ $name ] = $given[ $name ];
		}
	}
	return pa_statement_widget_render( $key, $values );
}

/**
 * The tags whose content WordPress's typographic filter (wptexturize) leaves alone: the statement is quoted verbatim,
 * and its fallback must be the element's words.
 *
 * @param string[] $tags The tags it already leaves alone.
 * @return string[]
 */
function pa_statement_widget_verbatim_tags( $tags ) {
	return array_merge( $tags, array_values( array_column( pa_statement_widget_data()['elements'], 'tag' ) ) );
}
