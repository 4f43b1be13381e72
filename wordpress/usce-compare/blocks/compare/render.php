<?php
/**
 * Server render of the usce/compare block.
 *
 * @package UsceCompare
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

// Every attribute is checked and escaped, and the plain copy escaped at build time.
echo usce_compare_block_html( 'compare', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
