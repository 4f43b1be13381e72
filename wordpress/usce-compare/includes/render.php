<?php
/**
 * Writes the element for a block or shortcode, and loads the widget's script
 * on the pages that show one: once per page, however many there are, from
 * the plugin's own folder (no remote script, no tracking).
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the drop-in files and the style that keeps room for the widget
 * while its script loads. Nothing is enqueued here.
 */
function usce_compare_register_assets() {
	$base = plugin_dir_url( USCE_COMPARE_FILE ) . 'assets/';
	// The drop-in files load their content validator (usce-validate-<version>.js) from
	// beside themselves, only on a page with a content override.
	wp_register_script( 'usce-compare', $base . 'usce-compare.js', array(), USCE_COMPARE_VERSION, true );
	wp_register_script( 'usce-compare-quiz', $base . 'usce-quiz.js', array(), USCE_COMPARE_VERSION, true );
	wp_register_style( 'usce-compare-reserve', false, array(), USCE_COMPARE_VERSION );
	wp_add_inline_style(
		'usce-compare-reserve',
		'usce-compare:not(:defined){display:block;min-height:40rem;margin-block:1.5rem}'
		. 'usce-quiz:not(:defined){display:block;min-height:28rem}'
	);
}
add_action( 'init', 'usce_compare_register_assets', 5 );

/**
 * Loads what an element needs. usce-compare.js registers every element, the
 * quiz included, so a page with a compare element never loads usce-quiz.js
 * as well.
 *
 * @param string $element 'compare' or 'quiz'.
 */
function usce_compare_enqueue( $element ) {
	wp_enqueue_style( 'usce-compare-reserve' );
	if ( 'compare' === $element ) {
		wp_dequeue_script( 'usce-compare-quiz' );
		wp_enqueue_script( 'usce-compare' );
	} elseif ( ! wp_script_is( 'usce-compare', 'enqueued' ) && ! wp_script_is( 'usce-compare', 'done' ) ) {
		wp_enqueue_script( 'usce-compare-quiz' );
	}
}

/**
 * On a single post or page that uses a block or shortcode, loads the style in
 * the head, before the content is rendered (a classic theme renders it after
 * the head is printed). Elements met later load what they need as they
 * render.
 */
function usce_compare_enqueue_early() {
	$post = is_singular() ? get_post() : null;
	if ( ! $post ) {
		return;
	}
	if ( has_block( 'usce/compare', $post ) || has_shortcode( $post->post_content, 'usce_compare' ) ) {
		usce_compare_enqueue( 'compare' );
	} elseif ( has_block( 'usce/quiz', $post ) || has_shortcode( $post->post_content, 'usce_quiz' ) ) {
		usce_compare_enqueue( 'quiz' );
	}
}
add_action( 'wp_enqueue_scripts', 'usce_compare_enqueue_early' );

/**
 * The element with its checked, escaped attributes and its plain copy.
 *
 * @param string $element 'compare' or 'quiz'.
 * @param array  $given   Attribute name (element spelling) => value, unchecked.
 * @return string HTML.
 */
function usce_compare_element( $element, array $given ) {
	$attributes = usce_compare_attributes( $element, $given );
	$tag        = 'quiz' === $element ? 'usce-quiz' : 'usce-compare';
	$html       = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( 'share' === $name || 'remember' === $name ) {
			$html .= ' ' . $name;
			continue;
		}
		$escaped = ( 'cta-href' === $name || 'content-src' === $name ) ? usce_compare_esc_href( $value ) : usce_compare_esc( $value );
		if ( '' === $escaped && 'heading' !== $name ) {
			continue;
		}
		$html .= ' ' . $name . '="' . $escaped . '"';
	}
	$plain = 'quiz' === $element ? usce_compare_quiz_plain_copy( $attributes ) : usce_compare_plain_copy( $attributes );
	usce_compare_enqueue( $element );
	return $html . ">\n" . $plain . "\n</" . $tag . '>';
}

/**
 * Keeps WordPress's typography (curly quotes, dashes) out of the elements:
 * their text is the content's own, as the widget shows it, and their
 * attributes are values, not prose.
 *
 * @param string[] $tags Elements whose text is left as it is.
 * @return string[]
 */
function usce_compare_no_texturize( $tags ) {
	$tags[] = 'usce-compare';
	$tags[] = 'usce-quiz';
	return $tags;
}
add_filter( 'no_texturize_tags', 'usce_compare_no_texturize' );
