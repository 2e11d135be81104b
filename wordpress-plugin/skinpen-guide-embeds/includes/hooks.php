<?php
/**
 * Where WordPress meets the widgets: the [skinpen] shortcode, the block, embed URLs pasted on
 * their own line or into an Embed block, and the loader's script tag.
 *
 * @package SkinPenGuideEmbeds
 */

defined( 'ABSPATH' ) || exit;

/**
 * [skinpen widget="recovery-timeline" lang="es" planner="true"]: any option the embed accepts.
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string HTML.
 */
function skinpen_guide_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	return skinpen_guide_render( isset( $atts['widget'] ) ? $atts['widget'] : 'recovery-timeline', $atts );
}
add_shortcode( 'skinpen', 'skinpen_guide_shortcode' );

/**
 * The full embed for a pasted URL of the guide's embed pages, built here: WordPress fetches
 * nothing, and the widget is not put in the sandbox it gives unknown providers.
 *
 * @param string $url The pasted URL.
 * @return string|null HTML, or null when the URL is not the guide's.
 */
function skinpen_guide_html_for_url( $url ) {
	$parsed = skinpen_guide_parse_embed_url( $url, skinpen_guide_origin() );
	return null === $parsed ? null : skinpen_guide_render( $parsed[0], $parsed[1] );
}

/**
 * Answers wp_oembed_get() for the guide's URLs before any request is made.
 *
 * @param null|string $result Null, or what another filter answered.
 * @param string      $url    The URL.
 * @return null|string
 */
function skinpen_guide_pre_oembed_result( $result, $url ) {
	if ( null !== $result ) {
		return $result;
	}
	return skinpen_guide_html_for_url( $url );
}
add_filter( 'pre_oembed_result', 'skinpen_guide_pre_oembed_result', 10, 2 );

/**
 * Registers an embed handler for the guide's URLs, which WordPress tries before oEmbed (and
 * whose HTML it does not cache, so a new origin or plugin version applies at once).
 */
function skinpen_guide_register_embed_handler() {
	$origin = skinpen_guide_origin();
	if ( '' === $origin ) {
		return;
	}
	wp_embed_register_handler(
		'skinpen-guide',
		'#^' . preg_quote( $origin, '#' ) . '/embed/[a-z0-9-]+/?(\?\S*)?$#i',
		function ( $matches, $attr, $url ) {
			$html = skinpen_guide_html_for_url( $url );
			return null === $html ? false : $html;
		}
	);
}
add_action( 'init', 'skinpen_guide_register_embed_handler' );

/**
 * The loader's script tag asks for no referrer (the guide need not learn which page embeds it).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function skinpen_guide_loader_tag( $tag, $handle ) {
	if ( 'skinpen-guide-loader' !== $handle ) {
		return $tag;
	}
	return str_replace( '<script ', '<script referrerpolicy="no-referrer" defer ', $tag );
}
add_filter( 'script_loader_tag', 'skinpen_guide_loader_tag', 10, 2 );

/**
 * The "SkinPen Guide widget" block: server-rendered with the same markup as the shortcode, and
 * edited with a plain script (no build step) that reads the option lists from options.json.
 */
function skinpen_guide_register_block() {
	$options    = skinpen_guide_embed_options();
	$attributes = array( 'widget' => array( 'type' => 'string', 'default' => 'recovery-timeline' ) );
	foreach ( $options['widgets'] as $widget ) {
		foreach ( array_keys( $widget['params'] ) as $name ) {
			$attributes[ $name ] = array( 'type' => 'string', 'default' => '' );
		}
	}
	wp_register_script(
		'skinpen-guide-block-editor',
		plugins_url( 'block/editor.js', dirname( __DIR__ ) . '/skinpen-guide-embeds.php' ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		SKINPEN_GUIDE_EMBEDS_VERSION,
		true
	);
	wp_add_inline_script( 'skinpen-guide-block-editor', 'window.skinpenGuideOptions = ' . wp_json_encode( $options ) . ';', 'before' );
	register_block_type(
		'skinpen-guide/widget',
		array(
			'api_version'     => 2,
			'title'           => __( 'SkinPen Guide widget', 'skinpen-guide-embeds' ),
			'category'        => 'embed',
			'attributes'      => $attributes,
			'editor_script'   => 'skinpen-guide-block-editor',
			'render_callback' => function ( $attrs ) {
				$given = array_filter(
					$attrs,
					function ( $value ) {
						return '' !== $value;
					}
				);
				return skinpen_guide_render( isset( $attrs['widget'] ) ? $attrs['widget'] : 'recovery-timeline', $given );
			},
		)
	);
}
add_action( 'init', 'skinpen_guide_register_block' );
