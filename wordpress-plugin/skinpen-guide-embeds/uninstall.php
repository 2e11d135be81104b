<?php
/**
 * Removes the plugin's one setting when the plugin is deleted.
 *
 * @package SkinPenGuideEmbeds
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'skinpen_guide_origin' );
