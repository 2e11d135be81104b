<?php
/**
 * Settings → SkinPen Guide: the guide's address. SKINPEN_GUIDE_ORIGIN in wp-config.php, when
 * defined, takes its place and the field only shows it.
 *
 * @package SkinPenGuideEmbeds
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the setting, its field and the page.
 */
function skinpen_guide_settings_init() {
	register_setting(
		'skinpen_guide',
		'skinpen_guide_origin',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'skinpen_guide_sanitize_origin',
		)
	);
	add_settings_section( 'skinpen_guide_main', '', '__return_false', 'skinpen_guide' );
	add_settings_field(
		'skinpen_guide_origin',
		__( 'Guide address', 'skinpen-guide-embeds' ),
		'skinpen_guide_origin_field',
		'skinpen_guide',
		'skinpen_guide_main',
		array( 'label_for' => 'skinpen_guide_origin' )
	);
}
add_action( 'admin_init', 'skinpen_guide_settings_init' );

/**
 * Keeps only a valid origin, telling the administrator when what they typed was not one.
 *
 * @param mixed $value What was submitted.
 * @return string
 */
function skinpen_guide_sanitize_origin( $value ) {
	$origin = skinpen_guide_validate_origin( $value );
	if ( '' === $origin && '' !== trim( (string) $value ) ) {
		add_settings_error(
			'skinpen_guide_origin',
			'skinpen_guide_origin_invalid',
			__( 'The guide address must be an https:// address with no path, such as https://guide.example.org.', 'skinpen-guide-embeds' )
		);
		return (string) get_option( 'skinpen_guide_origin', '' );
	}
	return $origin;
}

/**
 * The address field.
 */
function skinpen_guide_origin_field() {
	$fixed = defined( 'SKINPEN_GUIDE_ORIGIN' );
	printf(
		'<input type="url" class="regular-text code" id="skinpen_guide_origin" name="skinpen_guide_origin" value="%s" placeholder="https://guide.example.org" %s aria-describedby="skinpen_guide_origin_help">',
		esc_attr( $fixed ? skinpen_guide_origin() : get_option( 'skinpen_guide_origin', '' ) ),
		$fixed ? 'readonly' : ''
	);
	echo '<p class="description" id="skinpen_guide_origin_help">' . esc_html(
		$fixed
			? __( 'Set by SKINPEN_GUIDE_ORIGIN in wp-config.php.', 'skinpen-guide-embeds' )
			: __( 'Where the guide is published, with no path. Widgets load from there.', 'skinpen-guide-embeds' )
	) . '</p>';
}

/**
 * Adds the page under Settings.
 */
function skinpen_guide_settings_menu() {
	add_options_page(
		__( 'SkinPen Guide', 'skinpen-guide-embeds' ),
		__( 'SkinPen Guide', 'skinpen-guide-embeds' ),
		'manage_options',
		'skinpen_guide',
		'skinpen_guide_settings_page'
	);
}
add_action( 'admin_menu', 'skinpen_guide_settings_menu' );

/**
 * The settings page.
 */
function skinpen_guide_settings_page() {
	echo '<div class="wrap"><h1>' . esc_html__( 'SkinPen Guide', 'skinpen-guide-embeds' ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'skinpen_guide' );
	do_settings_sections( 'skinpen_guide' );
	submit_button();
	echo '</form></div>';
}
