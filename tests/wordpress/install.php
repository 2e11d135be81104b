<?php
/**
 * Test only: installs a fresh WordPress into the harness's database, activates the SkinPen
 * Guide plugin when asked, and publishes the test posts; prints {"post name": "its URL"}.
 * Usage: php install.php <wordpress root> <posts.json> [plugin origin]
 */
list( , $root, $posts_file ) = $argv;
$plugin_origin = isset( $argv[3] ) ? $argv[3] : '';

$_SERVER['HTTP_HOST']   = parse_url( getenv( 'SKINPEN_WP_HOME' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'SKINPEN_WP_HOME' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Example Clinic', 'admin', 'admin@example.org', false, '', 'not-a-real-password' );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "WordPress did not install\n" );
	exit( 1 );
}
// As the clinic's administrator, who may publish the loader snippet in a Custom HTML block.
wp_set_current_user( $installed['user_id'] );

if ( '' !== $plugin_origin ) {
	$activated = activate_plugin( 'skinpen-guide-embeds/skinpen-guide-embeds.php' );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
		exit( 1 );
	}
	update_option( 'skinpen_guide_origin', $plugin_origin );
}

$urls = array();
foreach ( json_decode( file_get_contents( $posts_file ), true ) as $name => $content ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $name,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_type'    => 'page',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "Could not publish $name\n" );
		exit( 1 );
	}
	$urls[ $name ] = get_permalink( $id );
}
echo wp_json_encode( $urls );
