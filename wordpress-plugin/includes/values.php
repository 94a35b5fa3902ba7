<?php
/**
 * Reading an attribute's value as the element reads it, for the fallback to show what the element will: a point by
 * its number or slug (src/content/statement.ts, findPoint), a list of points, a number as JavaScript's Number()
 * reads text, and a link the element accepts (src/shared/property-values.ts, isSafeLink).
 *
 * @package pa-statement-widget
 */

defined( 'ABSPATH' ) || exit;

/**
 * JavaScript's white space and line terminators, which its String.prototype.trim() removes at either end.
 */
const PA_STATEMENT_WIDGET_JS_SPACE = '[\s\p{Zs}\x{FEFF}\x{2028}\x{2029}]';

/**
 * The text without JavaScript's white space at either end, as the element trims a key; null for text that is not
 * UTF-8, which no key matches.
 *
 * @param string $text A value from a post or shortcode.
 * @return string|null
 */
function pa_statement_widget_js_trim( $text ) {
	$space = PA_STATEMENT_WIDGET_JS_SPACE;
	return preg_replace( "/^$space+|$space+\$/u", '', $text );
}

/**
 * The number of the point a key names, as the element finds it: a whole number from 1 to the number of points (`4`,
 * `+4`, `4.0`), or a point's slug; null where it names none.
 *
 * @param string $key    A point's number or slug, as written.
 * @param array  $points The points: each with its `number` and `slug`.
 * @return int|null
 */
function pa_statement_widget_find_point( $key, array $points ) {
	$trimmed = pa_statement_widget_js_trim( $key );
	if ( null === $trimmed || '' === $trimmed ) {
		return null;
	}
	if ( preg_match( '/^[+-]?\d+(\.\d*)?$/', $trimmed ) ) {
		$number = (float) $trimmed;
		return floor( $number ) === $number && $number >= 1 && $number <= count( $points ) ? (int) $number : null;
	}
	foreach ( $points as $point ) {
		if ( $point['slug'] === $trimmed ) {
			return $point['number'];
		}
	}
	return null;
}

/**
 * The numbers of the points a comma-separated list names, each once, in order, as the element reads its `points`;
 * every point where the list is empty or blank.
 *
 * @param string $list   Numbers or slugs separated by commas.
 * @param array  $points The points.
 * @return int[]
 */
function pa_statement_widget_points_named( $list, array $points ) {
	$trimmed = pa_statement_widget_js_trim( $list );
	if ( '' === $trimmed ) {
		return array_column( $points, 'number' );
	}
	$named = array();
	foreach ( explode( ',', $list ) as $key ) {
		$number = pa_statement_widget_find_point( $key, $points );
		if ( null !== $number && ! in_array( $number, $named, true ) ) {
			$named[] = $number;
		}
	}
	return $named;
}

/**
 * The number JavaScript's Number() makes of the text (the element's numeric attributes): '' and blanks are 0;
 * decimal, hexadecimal, octal and binary literals their value; anything else NAN.
 *
 * @param string $text A value from a post or shortcode.
 * @return float
 */
function pa_statement_widget_js_number( $text ) {
	$trimmed = pa_statement_widget_js_trim( $text );
	if ( null === $trimmed ) {
		return NAN;
	}
	if ( '' === $trimmed ) {
		return 0.0;
	}
	if ( preg_match( '/^([+-]?)Infinity$/', $trimmed, $sign ) ) {
		return '-' === $sign[1] ? -INF : INF;
	}
	if ( preg_match( '/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/', $trimmed ) ) {
		return (float) $trimmed;
	}
	$bases = array(
		'x' => 16,
		'o' => 8,
		'b' => 2,
	);
	$digits = array(
		16 => '[0-9a-fA-F]',
		8  => '[0-7]',
		2  => '[01]',
	);
	if ( preg_match( '/^0([xXoObB])(.+)$/', $trimmed, $literal ) ) {
		$base = $bases[ strtolower( $literal[1] ) ];
		if ( preg_match( '/^' . $digits[ $base ] . '+$/', $literal[2] ) ) {
			return (float) base_convert( $literal[2], $base, 10 );
		}
	}
	return NAN;
}

/**
 * Whether the element takes the address as a link: http(s), or relative to the page. As a browser parses it, the
 * C0 controls and spaces at either end and every tab and line break inside do not count.
 *
 * @param string $address A value from a post or shortcode.
 * @return bool
 */
function pa_statement_widget_is_safe_link( $address ) {
	$parsed = preg_replace( '/[\t\n\r]/', '', trim( $address, "\x00..\x20" ) );
	if ( ! preg_match( '/^([a-zA-Z][a-zA-Z0-9+.\-]*):/', $parsed, $scheme ) ) {
		return true;
	}
	return in_array( strtolower( $scheme[1] ), array( 'http', 'https' ), true );
}
