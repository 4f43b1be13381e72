<?php
/**
 * The options a block or shortcode may set, and the checks every value
 * passes before it reaches the page. The rules are the widget's own (see the
 * README's attribute table and src/content/url.ts): an unknown option is
 * dropped, an unknown type or section id is left out, and a link that is not
 * http(s) or relative is refused. What passes is returned as the element's
 * attributes, still unescaped: render.php escapes each one as it writes it.
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element attributes each element takes, with the kind of value.
 *
 * @param string $element 'compare' or 'quiz'.
 * @return array<string,string> Attribute name => kind.
 */
function usce_compare_known_attributes( $element ) {
	$shared = array(
		'heading-level' => 'level',
		'theme'         => 'theme',
		'cta-label'     => 'text',
		'cta-href'      => 'href',
		'cta-params'    => 'text',
		'content-src'   => 'href',
		'share'         => 'flag',
		'remember'      => 'flag',
	);
	if ( 'quiz' === $element ) {
		return $shared;
	}
	return array_merge(
		array(
			'types'     => 'types',
			'sections'  => 'sections',
			'highlight' => 'type',
			'heading'   => 'text',
		),
		$shared
	);
}

/**
 * The type ids, in the content's order.
 *
 * @return string[]
 */
function usce_compare_type_ids() {
	return wp_list_pluck( usce_compare_parts()['types'], 'id' );
}

/**
 * The section ids of the compare element, in their default order.
 *
 * @return string[]
 */
function usce_compare_section_ids() {
	return wp_list_pluck( usce_compare_parts()['sections'], 'id' );
}

/**
 * The themes, `auto` first (the default, never written out).
 *
 * @return string[]
 */
function usce_compare_themes() {
	return array( 'auto', 'light', 'dark' );
}

/**
 * True when `$url` may become a link or a content address: an absolute
 * http(s) URL or a relative one. The widget's rule (src/content/url.ts):
 * no control characters, no white space at either end, and no scheme but
 * http and https, so `javascript:`, `data:`, `vbscript:` and the rest are
 * refused however they are spelled.
 *
 * @param mixed $url The value to check.
 * @return bool
 */
function usce_compare_is_safe_href( $url ) {
	// Unicode white space at either end (a no-break space, a byte order mark) counts, as in JavaScript's trim().
	if ( ! is_string( $url ) || '' === $url || preg_match( '/^[\s\p{Z}\x{FEFF}]|[\s\p{Z}\x{FEFF}]$/u', $url ) ) {
		return false;
	}
	if ( preg_match( '/[\x00-\x1f\x7f]/', $url ) ) {
		return false;
	}
	// A scheme as URL parsers read one: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
	if ( ! preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $match ) ) {
		return true;
	}
	$scheme = strtolower( $match[1] );
	if ( 'http' !== $scheme && 'https' !== $scheme ) {
		return false;
	}
	$rest = substr( $url, strlen( $match[0] ) );
	// Without slashes, `https:page` is a path on the page's own (https) site; `http:page` names the host `page`.
	if ( 'https' === $scheme && '' === $rest ) {
		return true;
	}
	$authority = preg_replace( '#^[/\\\\]*#', '', $rest );
	if ( 'https' === $scheme && $authority === $rest ) {
		return true;
	}
	$authority = preg_split( '#[/\\\\?\#]#', $authority, 2 )[0];
	$at        = strrpos( $authority, '@' );
	$host_port = false === $at ? $authority : substr( $authority, $at + 1 );
	if ( ! preg_match( '/^(\[[0-9a-f:.]+\]|[^\s<>^|%"\[\]:@]+)(?::(\d*))?$/i', $host_port, $parts ) ) {
		return false;
	}
	return ! isset( $parts[2] ) || '' === $parts[2] || (int) $parts[2] <= 65535;
}

/**
 * A space-separated list of known ids, each once, in the order given.
 *
 * @param mixed    $value A string of ids separated by white space or commas.
 * @param string[] $known The valid ids.
 * @return string '' when no known id is given.
 */
function usce_compare_id_list( $value, array $known ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$ids = preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY );
	return implode( ' ', array_values( array_unique( array_intersect( $ids, $known ) ) ) );
}

/**
 * Free text for an attribute: at most 300 characters, control characters
 * made spaces. Still unescaped: markup in it is shown as text, never run.
 *
 * @param mixed $value The value given.
 * @return string
 */
function usce_compare_text( $value ) {
	if ( ! is_string( $value ) && ! is_numeric( $value ) ) {
		return '';
	}
	$text = preg_replace( '/[\x00-\x1f\x7f]+/', ' ', (string) $value );
	return trim( function_exists( 'mb_substr' ) ? mb_substr( $text, 0, 300 ) : substr( $text, 0, 300 ) );
}

/**
 * True for the ways a shortcode or block says "on".
 *
 * @param mixed $value The value given.
 * @return bool
 */
function usce_compare_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * Checks every option and returns the element's attributes.
 *
 * @param string $element 'compare' or 'quiz'.
 * @param array  $given   Attribute name (element spelling) => value as given.
 * @return array<string,string> The attributes to write, unescaped; a flag has the value ''.
 */
function usce_compare_attributes( $element, array $given ) {
	$out = array();
	foreach ( usce_compare_known_attributes( $element ) as $name => $kind ) {
		if ( ! array_key_exists( $name, $given ) || null === $given[ $name ] ) {
			continue;
		}
		$value = $given[ $name ];
		if ( is_string( $value ) ) {
			// A shortcode's text is HTML, and WordPress's filters store a block attribute typed by
			// an author without unfiltered_html with `&` as `&amp;`: so `&amp;` or `&#x09;` stands
			// for a character, and the value is checked as the characters it stands for.
			$value = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
		switch ( $kind ) {
			case 'types':
				$value = usce_compare_id_list( $value, usce_compare_type_ids() );
				break;
			case 'sections':
				$value = usce_compare_id_list( $value, usce_compare_section_ids() );
				break;
			case 'type':
				$value = is_string( $value ) && in_array( trim( $value ), usce_compare_type_ids(), true ) ? trim( $value ) : '';
				break;
			case 'level':
				$value = is_numeric( $value ) && (int) $value >= 2 && (int) $value <= 6 ? (string) (int) $value : '';
				break;
			case 'theme':
				$value = is_string( $value ) && in_array( trim( $value ), array( 'light', 'dark' ), true ) ? trim( $value ) : '';
				break;
			case 'href':
				$value = is_string( $value ) && usce_compare_is_safe_href( trim( $value ) ) ? trim( $value ) : '';
				break;
			case 'flag':
				if ( usce_compare_flag( $value ) ) {
					$out[ $name ] = '';
				}
				continue 2;
			default:
				$value = usce_compare_text( $value );
		}
		// An empty heading is kept: it hides the heading. Any other empty value means "not set".
		if ( '' !== $value || 'heading' === $name ) {
			$out[ $name ] = $value;
		}
	}
	// A call to action needs both its label and its address.
	if ( ! isset( $out['cta-href'], $out['cta-label'] ) || '' === $out['cta-label'] ) {
		unset( $out['cta-href'], $out['cta-label'], $out['cta-params'] );
	}
	return $out;
}

/**
 * Escapes text for an attribute or for element content so that the browser
 * reads back exactly `$text`. esc_attr() leaves anything that looks like an
 * entity as it is (`&#x09;` would reach the page as a tab, `&amp;` as `&`),
 * so `&` is encoded first: what was checked is what the page gets.
 *
 * @param string $text Text, unescaped.
 * @return string
 */
function usce_compare_esc( $text ) {
	return esc_attr( str_replace( '&', '&amp;', $text ) );
}
