<?php
/**
 * The comparison as plain HTML, inside the element: what readers without
 * JavaScript, feed readers and search engines that do not run scripts get,
 * and what shows until the script has rendered the widget. The same HTML as
 * the snippet's plain copy (src/snippet/light-copy.ts), put together from
 * pieces rendered and escaped at build time (assets/plain-parts.json) with
 * the block's or shortcode's options.
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build-time pieces, read once per request.
 *
 * @return array
 */
function usce_compare_parts() {
	static $parts = null;
	if ( null === $parts ) {
		// A local file shipped with the plugin, so no remote request.
		$json  = file_get_contents( plugin_dir_path( USCE_COMPARE_FILE ) . 'assets/plain-parts.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$parts = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $parts ) ) {
			$parts = array(
				'types'    => array(),
				'sections' => array(),
			);
		}
	}
	return $parts;
}

/**
 * An address ready for an href attribute. The address has passed
 * usce_compare_is_safe_href(); esc_url() then encodes it, except a bare
 * relative path (`rotations`), which esc_url() would turn into
 * `http://rotations`: with no scheme to fear, escaping it is enough.
 *
 * @param string $url A checked address.
 * @return string
 */
function usce_compare_esc_href( $url ) {
	if ( preg_match( '#^(https?:|/|\?|\#)#i', $url ) ) {
		return esc_url( $url, array( 'http', 'https' ) );
	}
	return usce_compare_esc( $url );
}

/**
 * The call-to-action link with the query parameters appended, as the widget
 * builds it (src/content/cta.ts): parameters are re-encoded the way
 * URLSearchParams writes them, and a fragment stays at the end.
 *
 * @param string $href   A checked address.
 * @param string $params Query parameters such as `utm_source=blog&utm_campaign=usce`.
 * @return string
 */
function usce_compare_cta_href( $href, $params ) {
	$pairs = array();
	foreach ( explode( '&', preg_replace( '/^\?/', '', trim( $params ) ) ) as $pair ) {
		if ( '' === $pair ) {
			continue;
		}
		$at      = strpos( $pair, '=' );
		$name    = false === $at ? $pair : substr( $pair, 0, $at );
		$value   = false === $at ? '' : substr( $pair, $at + 1 );
		$pairs[] = usce_compare_form_encode( urldecode( $name ) ) . '=' . usce_compare_form_encode( urldecode( $value ) );
	}
	if ( ! $pairs ) {
		return $href;
	}
	$hash_at = strpos( $href, '#' );
	$path    = false === $hash_at ? $href : substr( $href, 0, $hash_at );
	$hash    = false === $hash_at ? '' : substr( $href, $hash_at );
	$joiner  = '?';
	if ( false !== strpos( $path, '?' ) ) {
		$joiner = in_array( substr( $path, -1 ), array( '?', '&' ), true ) ? '' : '&';
	}
	return $path . $joiner . implode( '&', $pairs ) . $hash;
}

/**
 * Form encoding as URLSearchParams writes it: `*` stays, as do letters,
 * digits, `-`, `.` and `_`; a space becomes `+`.
 *
 * @param string $text Decoded text.
 * @return string
 */
function usce_compare_form_encode( $text ) {
	return str_replace( '%2A', '*', urlencode( $text ) );
}

/**
 * The plain copy for a compare element's attributes.
 *
 * @param array $attributes Checked attributes from usce_compare_attributes().
 * @return string HTML, every part escaped.
 */
function usce_compare_plain_copy( array $attributes ) {
	$parts = usce_compare_parts();
	if ( empty( $parts['types'] ) ) {
		return '';
	}
	$level = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : 2;
	$sub   = min( $level + 1, 6 );
	$h     = function ( $n, $inner ) {
		return "<h$n>$inner</h$n>";
	};

	$by_id = array_column( $parts['types'], null, 'id' );
	$types = isset( $attributes['types'] ) ? explode( ' ', $attributes['types'] ) : array_keys( $by_id );
	$types = array_map(
		function ( $id ) use ( $by_id ) {
			return $by_id[ $id ];
		},
		array_values( array_intersect( $types, array_keys( $by_id ) ) )
	);

	$featured = isset( $attributes['highlight'] ) ? $attributes['highlight'] : '';
	$name     = function ( $type ) use ( $featured, $parts ) {
		return $type['name'] . ( $type['id'] === $featured ? ' (' . $parts['featured'] . ')' : '' );
	};

	$out   = array();
	$title = isset( $attributes['heading'] ) ? usce_compare_esc( trim( $attributes['heading'] ) ) : $parts['heading'];
	if ( '' !== $title ) {
		$out[] = $h( $level, $title );
		$out[] = '<p>' . $parts['intro'] . '</p>';
	}

	$sections = isset( $attributes['sections'] ) ? explode( ' ', $attributes['sections'] ) : wp_list_pluck( $parts['sections'], 'id' );
	foreach ( $sections as $section ) {
		if ( 'table' === $section ) {
			$head = '';
			foreach ( $types as $type ) {
				$head .= '<th scope="col">' . $name( $type ) . '</th>';
			}
			$rows = array();
			foreach ( $parts['table']['rows'] as $i => $label ) {
				$cells = '';
				foreach ( $types as $type ) {
					$cells .= $type['cells'][ $i ];
				}
				$rows[] = '<tr><th scope="row">' . $label . '</th>' . $cells . '</tr>';
			}
			$out[] = $h( $sub, $parts['tableHeading'] );
			$out[] = '<table><caption>' . $parts['table']['caption'] . '</caption>'
				. '<thead><tr><th scope="col">' . $parts['table']['corner'] . '</th>' . $head . '</tr></thead>'
				. '<tbody>' . implode( '', $rows ) . '</tbody></table>';
		} elseif ( 'cards' === $section ) {
			$out[]      = $h( $sub, $parts['cardsHeading'] );
			$card_level = min( $sub + 1, 6 );
			foreach ( $types as $type ) {
				$out[] = $h( $card_level, $name( $type ) ) . $type['card'] . usce_compare_plain_cta( $type, $attributes );
			}
		} elseif ( 'facts' === $section && '' !== $parts['facts'] ) {
			$out[] = $h( $sub, $parts['factsHeading'] );
			$out[] = $parts['facts'];
		}
	}
	$out[] = '<p>' . $parts['caveat'] . '</p>';
	return implode( "\n", $out );
}

/**
 * A card's call to action in the plain copy: the type's own, or the one the
 * author set.
 *
 * @param array $type       The type's pieces.
 * @param array $attributes Checked attributes.
 * @return string
 */
function usce_compare_plain_cta( array $type, array $attributes ) {
	if ( ! empty( $type['cta'] ) ) {
		$label = $type['cta']['label'];
		$href  = $type['cta']['href'];
	} elseif ( isset( $attributes['cta-href'], $attributes['cta-label'] ) ) {
		$label = $attributes['cta-label'];
		$href  = $attributes['cta-href'];
	} else {
		return '';
	}
	if ( ! usce_compare_is_safe_href( $href ) ) {
		return '';
	}
	$params = isset( $attributes['cta-params'] ) ? $attributes['cta-params'] : '';
	$link   = usce_compare_esc_href( usce_compare_cta_href( $href, $params ) );
	return '' === $link ? '' : '<p><a href="' . $link . '">' . usce_compare_esc( $label ) . '</a></p>';
}

/**
 * The quiz's plain copy: its heading and what it offers. The quiz itself
 * needs the script.
 *
 * @param array $attributes Checked attributes.
 * @return string
 */
function usce_compare_quiz_plain_copy( array $attributes ) {
	$parts = usce_compare_parts();
	if ( empty( $parts['quiz'] ) ) {
		return '';
	}
	$level = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : 2;
	return "<h$level>" . $parts['quiz']['heading'] . "</h$level>\n<p>" . $parts['quiz']['intro'] . '</p>';
}
