<?php
/**
 * Server render of the usce/quiz block.
 *
 * @package UsceCompare
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

// Every attribute is checked and escaped; the plain copy is escaped at build time.
echo usce_compare_block_html( 'quiz', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
