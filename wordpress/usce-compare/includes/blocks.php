<?php
/**
 * The blocks `usce/compare` and `usce/quiz`: dynamic blocks rendered on the
 * server (blocks/<name>/render.php), with their editor script.
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script and both blocks.
 */
function usce_compare_register_blocks() {
	$dir   = plugin_dir_path( USCE_COMPARE_FILE );
	$asset = require $dir . 'editor/blocks.asset.php';
	wp_register_script(
		'usce-compare-editor',
		plugin_dir_url( USCE_COMPARE_FILE ) . 'editor/blocks.js',
		$asset['dependencies'],
		$asset['version'],
		true
	);
	$parts          = usce_compare_parts();
	$section_labels = array(
		'table'            => __( 'Comparison table', 'usce-compare' ),
		'cards'            => __( 'Pros and cons cards', 'usce-compare' ),
		'quiz'             => __( 'Quiz', 'usce-compare' ),
		'before-you-apply' => __( 'Before you apply (checklist)', 'usce-compare' ),
		'facts'            => __( 'Good to know (sourced facts)', 'usce-compare' ),
	);
	$data           = array(
		'types'    => array_map(
			function ( $type ) {
				return array(
					'id'    => $type['id'],
					'label' => $type['label'],
				);
			},
			$parts['types']
		),
		'sections' => array_map(
			function ( $section ) use ( $section_labels ) {
				return array(
					'id'    => $section['id'],
					'label' => isset( $section_labels[ $section['id'] ] ) ? $section_labels[ $section['id'] ] : $section['label'],
				);
			},
			$parts['sections']
		),
	);
	wp_add_inline_script( 'usce-compare-editor', 'window.usceCompareEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_set_script_translations( 'usce-compare-editor', 'usce-compare' );

	register_block_type( $dir . 'blocks/compare' );
	register_block_type( $dir . 'blocks/quiz' );
}
add_action( 'init', 'usce_compare_register_blocks' );

/**
 * The address of a block's content override: a JSON file from the media
 * library, or else the address the author typed.
 *
 * @param array $attributes Block attributes.
 * @return string|null
 */
function usce_compare_block_content_src( array $attributes ) {
	$id = isset( $attributes['contentId'] ) ? (int) $attributes['contentId'] : 0;
	if ( $id > 0 && 'attachment' === get_post_type( $id ) && usce_compare_is_json_attachment( $id ) ) {
		$url = wp_get_attachment_url( $id );
		if ( is_string( $url ) && '' !== $url ) {
			return $url;
		}
	}
	return isset( $attributes['contentSrc'] ) ? $attributes['contentSrc'] : null;
}

/**
 * A block's attributes in the element's spelling, unchecked.
 *
 * @param string $element    'compare' or 'quiz'.
 * @param array  $attributes Block attributes.
 * @return array
 */
function usce_compare_block_options( $element, array $attributes ) {
	$get   = function ( $key ) use ( $attributes ) {
		return isset( $attributes[ $key ] ) ? $attributes[ $key ] : null;
	};
	$given = array(
		'heading-level' => $get( 'headingLevel' ),
		'theme'         => $get( 'theme' ),
		'cta-label'     => $get( 'ctaLabel' ),
		'cta-href'      => $get( 'ctaHref' ),
		'cta-params'    => $get( 'ctaParams' ),
		'content-src'   => usce_compare_block_content_src( $attributes ),
		'share'         => ! empty( $attributes['share'] ) ? true : null,
		'remember'      => ! empty( $attributes['remember'] ) ? true : null,
	);
	if ( 'compare' === $element ) {
		$given['types']     = is_array( $get( 'types' ) ) ? implode( ' ', array_filter( $get( 'types' ), 'is_string' ) ) : null;
		$given['sections']  = is_array( $get( 'sections' ) ) ? implode( ' ', array_filter( $get( 'sections' ), 'is_string' ) ) : null;
		$given['highlight'] = $get( 'highlight' );
		$heading            = is_string( $get( 'heading' ) ) ? trim( $get( 'heading' ) ) : '';
		if ( false === $get( 'showHeading' ) ) {
			$given['heading'] = '';
		} elseif ( '' !== $heading ) {
			$given['heading'] = $heading;
		}
	}
	return $given;
}

/**
 * A block's HTML: the element inside the block's wrapper.
 *
 * @param string $element    'compare' or 'quiz'.
 * @param array  $attributes Block attributes.
 * @return string
 */
function usce_compare_block_html( $element, array $attributes ) {
	$html = usce_compare_element( $element, usce_compare_block_options( $element, $attributes ) );
	// The editor's preview (the block-renderer endpoint) sits in the editor's own block wrapper.
	$route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? (string) $GLOBALS['wp']->query_vars['rest_route'] : '';
	if ( 0 === strpos( $route, '/wp/v2/block-renderer/' ) ) {
		return $html;
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}
