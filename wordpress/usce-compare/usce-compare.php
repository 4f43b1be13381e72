<?php
/**
 * Plugin Name:       USCE Compare
 * Plugin URI:        https://www.npmjs.com/package/usce-compare
 * Description:       Blocks and shortcodes that compare the kinds of US clinical experience for international medical graduates: a comparison table, pros and cons cards and a quiz.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            usce-compare contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       usce-compare
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

define( 'USCE_COMPARE_VERSION', '0.1.0' );
define( 'USCE_COMPARE_FILE', __FILE__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/plain-copy.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/media.php';
