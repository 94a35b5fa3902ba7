<?php
/**
 * An element as the embed-code builder writes it (demo/embed-code/element-markup.ts, elementMarkup): the tag with its attributes, the
 * statement's words inside it for readers without JavaScript, feed readers and search engines, and before it the
 * `<style>` of layout rules that lays those words out as the element will be (demo/embed-code/fallback-layout.ts), so nothing
 * moves when it takes over. The words and rules are the builder's own, generated into build/widget-data.php; this
 * file only puts them together, in the builder's order, choosing the points as the element chooses them.
 * test/node-side/wordpress-plugin.test.ts compares what it writes with the builder's markup for many options.
 *
 * @package pa-statement-widget
 */

defined( 'ABSPATH' ) || exit;

/**
 * What the build generated: the elements and their attributes, the points, the languages, the fallback's pieces and
 * the layout rules.
 *
 * @return array
 */
function pa_statement_widget_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require dirname( __DIR__ ) . '/build/widget-data.php';
	}
	return $data;
}

/**
 * The language the widget speaks on this site, by the primary subtag of `<html lang>` (`de-DE` speaks `de`): the
 * one the fallback is written in, English where the widget does not ship the site's.
 *
 * @return string
 */
function pa_statement_widget_language() {
	$primary = strtolower( explode( '-', (string) get_bloginfo( 'language' ) )[0] );
	return in_array( $primary, pa_statement_widget_data()['languages'], true ) ? $primary : 'en';
}

/**
 * Each attribute of the element with its value: as given, a default for one not given or not of its type, and no
 * link the element would refuse (it links to nothing, and so does the fallback).
 *
 * @param array $element The element's entry in the generated data.
 * @param array $given   Values by attribute name: text, or true and false for a boolean attribute.
 * @return array
 */
function pa_statement_widget_values( array $element, array $given ) {
	$values = array();
	foreach ( $element['attributes'] as $attribute ) {
		$name  = $attribute['name'];
		$value = array_key_exists( $name, $given ) ? $given[ $name ] : $attribute['default'];
		if ( 'boolean' === $attribute['type'] ) {
			$value = true === $value;
		} elseif ( ! is_string( $value ) && ! is_int( $value ) && ! is_float( $value ) ) {
			$value = $attribute['default'];
		}
		$values[ $name ] = 'boolean' === $attribute['type'] ? $value : (string) $value;
	}
	if ( isset( $values['href'] ) && ! pa_statement_widget_is_safe_link( $values['href'] ) ) {
		$values['href'] = '';
	}
	return $values;
}

/**
 * The element's attributes as HTML, escaped: in the builder's order, then those the builder does not offer; each
 * boolean one that is on, and each other one that is not empty nor the element's default.
 *
 * @param array $element The element's entry in the generated data.
 * @param array $values  Its values (pa_statement_widget_values).
 * @return string
 */
function pa_statement_widget_attributes_html( array $element, array $values ) {
	$names = array_unique( array_merge( $element['builderOrder'], array_column( $element['attributes'], 'name' ) ) );
	$html  = '';
	foreach ( $names as $name ) {
		$attribute = $element['attributes'][ array_search( $name, array_column( $element['attributes'], 'name' ), true ) ];
		$value     = $values[ $name ];
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value && $attribute['default'] !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/**
 * A point's list item in the statement's fallback.
 *
 * @param array $pieces      The generated pieces.
 * @param int   $number      The point's number.
 * @param bool  $numbered    Whether the statement numbers its points.
 * @param bool  $highlighted Whether it is the highlighted point.
 * @return string
 */
function pa_statement_widget_list_item( array $pieces, $number, $numbered, $highlighted ) {
	$variants = array(
		'plain',
		'numbered',
		'highlighted',
		'numberedHighlighted',
	);
	return $pieces['listItems'][ $number - 1 ][ $variants[ ( $numbered ? 1 : 0 ) + ( $highlighted ? 2 : 0 ) ] ];
}

/**
 * `<pa-statement>`'s fallback: heading, byline, the points shown, then the others behind "Show all", then the link.
 * The points shown are the element's: the first `limit` (a whole number from 1 to one less than the points), and
 * the highlighted one wherever it is; every point for any other `limit`.
 *
 * @param array  $values   The element's values.
 * @param array  $language The generated pieces of the fallback's language.
 * @param array  $data     The generated data.
 * @return string[]
 */
function pa_statement_widget_statement_lines( array $values, array $language, array $data ) {
	$count       = count( $data['points'] );
	$highlighted = pa_statement_widget_find_point( $values['highlight'], $data['points'] );
	$limit       = pa_statement_widget_js_number( $values['limit'] );
	$limited     = is_finite( $limit ) && floor( $limit ) === $limit && $limit >= 1 && $limit < $count;
	$shown       = array();
	$rest        = array();
	for ( $number = 1; $number <= $count; $number++ ) {
		$item = pa_statement_widget_list_item( $data['pieces'], $number, $values['numbered'], $number === $highlighted );
		if ( ! $limited || $number <= $limit || $number === $highlighted ) {
			$shown[] = '    ' . $item;
		} else {
			$rest[] = '      ' . $item;
		}
	}
	$lines = array_merge(
		array( '  ' . $language['heading'], '  ' . $language['byline'], '  <ol lang="en">' ),
		$shown,
		array( '  </ol>' )
	);
	if ( count( $rest ) > 0 ) {
		$lines = array_merge(
			$lines,
			array( '  <details>', '    ' . $language['summary'], '    <ol lang="en">' ),
			$rest,
			array( '    </ol>', '  </details>' )
		);
	}
	if ( '' !== $values['href'] ) {
		$lines[] = '  ' . str_replace( '{href}', esc_attr( $values['href'] ), $language['link'] );
	}
	return $lines;
}

/**
 * A point's quote and attribution in `<pa-statement-point>`'s or `<pa-statement-quote>`'s fallback.
 *
 * @param int    $number   The point's number.
 * @param bool   $whole    The point's whole text, or its one-sentence quote.
 * @param string $indent   The lines' indentation.
 * @param array  $values   The element's values.
 * @param array  $language The generated pieces of the fallback's language.
 * @param array  $data     The generated data.
 * @return string[]
 */
function pa_statement_widget_quoted_lines( $number, $whole, $indent, array $values, array $language, array $data ) {
	$blockquote  = $data['pieces']['blockquotes'][ $number - 1 ][ $whole ? 'text' : 'quote' ];
	$attribution = '' === $values['href']
		? $language['attributions'][ $number - 1 ]
		: str_replace( '{href}', esc_attr( $values['href'] ), $language['linkedAttributions'][ $number - 1 ] );
	return array( $indent . $blockquote, $indent . $attribution );
}

/**
 * The fallback's lines for the element: none for a point that names no point, as the element then renders nothing.
 *
 * @param string $key      The element: statement, point or quote.
 * @param array  $values   Its values.
 * @param string $language The fallback's language.
 * @return string[]
 */
function pa_statement_widget_fallback_lines( $key, array $values, $language ) {
	$data   = pa_statement_widget_data();
	$pieces = $data['pieces']['byLanguage'][ $language ];
	if ( 'statement' === $key ) {
		return pa_statement_widget_statement_lines( $values, $pieces, $data );
	}
	if ( 'point' === $key ) {
		$number = pa_statement_widget_find_point( $values['point'], $data['points'] );
		return null === $number ? array() : pa_statement_widget_quoted_lines( $number, ! $values['excerpt'], '  ', $values, $pieces, $data );
	}
	$lines = array();
	foreach ( pa_statement_widget_points_named( $values['points'], $data['points'] ) as $number ) {
		$lines = array_merge(
			$lines,
			array( '  <figure>' ),
			pa_statement_widget_quoted_lines( $number, $values['full'], '    ', $values, $pieces, $data ),
			array( '  </figure>' )
		);
	}
	return $lines;
}

/**
 * The `<style>` of the layout rules the element needs with these values, in the fallback's language.
 *
 * @param array  $element  The element's entry in the generated data.
 * @param array  $values   Its values.
 * @param string $language The fallback's language.
 * @return string
 */
function pa_statement_widget_layout_style( array $element, array $values, $language ) {
	$layouts = pa_statement_widget_data()['layouts'];
	$themed  = isset( $values['theme'] ) && '' !== $values['theme'];
	$key     = ( $themed ? 'theme' : '' ) . '|' . ( ! empty( $values['numbered'] ) ? 'numbered' : '' ) . '|' . $language;
	$lines   = array( '<style>' );
	foreach ( $layouts['byElement'][ $element['tag'] ][ $key ] as $position ) {
		$lines[] = '  ' . $layouts['rules'][ $position ];
	}
	$lines[] = '</style>';
	return implode( "\n", $lines );
}

/**
 * The element, as the builder writes it: its layout `<style>`, then its tag with its attributes and fallback. The
 * widget's language is the page's (`<html lang>`), so no `lang` attribute; the fallback is written in it.
 *
 * @param string $key      The element: statement, point or quote.
 * @param array  $given    Values by attribute name: text, or true and false for a boolean attribute.
 * @param string $language The fallback's language: one the widget ships (pa_statement_widget_language()).
 * @return string
 */
function pa_statement_widget_markup( $key, array $given, $language ) {
	$element = pa_statement_widget_data()['elements'][ $key ];
	$values  = pa_statement_widget_values( $element, $given );
	$lines   = array_merge(
		array(
			pa_statement_widget_layout_style( $element, $values, $language ),
			'<' . $element['tag'] . pa_statement_widget_attributes_html( $element, $values ) . '>',
		),
		pa_statement_widget_fallback_lines( $key, $values, $language ),
		array( '</' . $element['tag'] . '>' )
	);
	return implode( "\n", $lines );
}
