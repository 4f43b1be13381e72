<?php
/**
 * The shortcodes `[usce_compare …]` and `[usce_quiz …]`, for the classic
 * editor and widgets. They take the element's attribute names
 * (`heading-level="3"`, or `heading_level="3"`), bare flags (`[usce_quiz share]`)
 * and `content_id` for a JSON file from the media library. Anything else is
 * dropped.
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode's attributes in the element's spelling, unchecked.
 *
 * @param mixed $atts As WordPress parses them: an array, or '' when there are none.
 * @return array
 */
function usce_compare_shortcode_options( $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: `[usce_quiz share remember]`.
			$flag = strtolower( trim( (string) $value ) );
			if ( 'share' === $flag || 'remember' === $flag ) {
				$given[ $flag ] = true;
			}
			continue;
		}
		$given[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
	}
	if ( isset( $given['content-id'] ) ) {
		$id = absint( $given['content-id'] );
		if ( $id > 0 && 'attachment' === get_post_type( $id ) && usce_compare_is_json_attachment( $id ) ) {
			$given['content-src'] = wp_get_attachment_url( $id );
		}
	}
	return $given;
}

/**
 * `[usce_compare]`.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function usce_compare_shortcode( $atts ) {
	return usce_compare_element( 'compare', usce_compare_shortcode_options( $atts ) );
}
add_shortcode( 'usce_compare', 'usce_compare_shortcode' );

/**
 * `[usce_quiz]`.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function usce_compare_quiz_shortcode( $atts ) {
	return usce_compare_element( 'quiz', usce_compare_shortcode_options( $atts ) );
}
add_shortcode( 'usce_quiz', 'usce_compare_quiz_shortcode' );
