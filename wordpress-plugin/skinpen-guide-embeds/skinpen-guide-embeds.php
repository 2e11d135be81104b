<?php
/**
 * Plugin Name:       SkinPen Guide embeds
 * Description:       Shows the SkinPen Guide's explainers (how deep microneedles reach, recovery day by day) on your pages: paste an embed URL, use the block, or the [skinpen] shortcode. No cookies, no tracking.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Text Domain:       skinpen-guide-embeds
 *
 * @package SkinPenGuideEmbeds
 */

defined( 'ABSPATH' ) || exit;

define( 'SKINPEN_GUIDE_EMBEDS_VERSION', '1.0.0' );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/hooks.php';
