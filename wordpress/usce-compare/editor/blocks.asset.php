<?php
/**
 * Scripts the editor script needs: WordPress's editor packages, and the
 * widget itself so the block's preview shows the live widget.
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'wp-html-entities', 'usce-compare' ),
	'version'      => USCE_COMPARE_VERSION,
);
