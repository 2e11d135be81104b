<?php
/**
 * The markup every entry point (shortcode, block, pasted URL) produces: the guide's loader
 * placeholder, with a plain link for readers whose browser runs no scripts, and the loader
 * script queued once in the footer. Everything written is validated, then escaped.
 *
 * @package SkinPenGuideEmbeds
 */

defined( 'ABSPATH' ) || exit;

/**
 * The guide's origin: the SKINPEN_GUIDE_ORIGIN constant (wp-config.php) if set, else the setting.
 *
 * @return string The origin, or '' when none is configured.
 */
function skinpen_guide_origin() {
	if ( defined( 'SKINPEN_GUIDE_ORIGIN' ) ) {
		return skinpen_guide_validate_origin( SKINPEN_GUIDE_ORIGIN );
	}
	return skinpen_guide_validate_origin( get_option( 'skinpen_guide_origin', '' ) );
}

/**
 * The placeholder for one widget, or '' (with a note to editors) when the widget or the
 * guide's origin is unknown.
 *
 * @param mixed $widget Widget id, e.g. recovery-timeline.
 * @param array $attrs  Options as given; see skinpen_guide_validate().
 * @return string HTML.
 */
function skinpen_guide_render( $widget, array $attrs ) {
	$origin = skinpen_guide_origin();
	$result = skinpen_guide_validate( $widget, $attrs );
	if ( '' === $origin || null === $result ) {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		$why = '' === $origin
			? __( 'Set the guide’s address in Settings → SkinPen Guide to show this widget.', 'skinpen-guide-embeds' )
			: __( 'Unknown widget: use layer-depth or recovery-timeline.', 'skinpen-guide-embeds' );
		return '<p class="skinpen-guide-embed-note">' . esc_html( $why ) . '</p>';
	}

	$options = skinpen_guide_embed_options();
	$spec    = $options['widgets'][ $result['widget'] ];
	$page    = $origin . '/embed/' . $result['widget'] . '/';
	if ( ! empty( $result['values'] ) ) {
		$page .= '?' . http_build_query( $result['values'], '', '&', PHP_QUERY_RFC3986 );
	}
	$lang  = isset( $result['values']['lang'], $spec['title'][ $result['values']['lang'] ] ) ? $result['values']['lang'] : 'en';
	$title = $spec['title'][ $lang ] . ' (SkinPen Guide)';

	$html = '<div class="skinpen-guide-embed" data-skinpen-widget="' . esc_attr( $result['widget'] ) . '"';
	foreach ( $result['values'] as $name => $value ) {
		$html .= ' data-' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	$html .= '><a href="' . esc_url( $page ) . '">' . esc_html( $title ) . '</a></div>';
	if ( ! empty( $result['refused'] ) && current_user_can( 'edit_posts' ) ) {
		// Names only, never values: an editor learns what was ignored; nothing typed reaches the page.
		$names = implode( ', ', array_map( 'sanitize_key', $result['refused'] ) );
		$html .= "\n<!-- SkinPen Guide: ignored " . esc_html( $names ) . ' (unknown or invalid); the defaults are used. -->';
	}

	wp_enqueue_script( 'skinpen-guide-loader', $origin . $options['loader'], array(), null, true );
	return $html;
}
