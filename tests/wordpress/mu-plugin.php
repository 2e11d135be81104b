<?php
/**
 * Test only, never shipped: WordPress refuses to fetch loopback hosts and unusual ports during
 * oEmbed discovery (wp_safe_remote_get), which keeps a real site from probing its own network.
 * The test serves the guide on localhost at a high port, so this lets discovery reach it, and
 * nothing else: WP_HTTP_BLOCK_EXTERNAL in wp-config.php blocks every other host.
 */
add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || 'localhost' === $host;
	},
	10,
	2
);
add_filter(
	'http_allowed_safe_ports',
	function ( $ports ) {
		$ports[] = (int) SKINPEN_TEST_GUIDE_PORT;
		return $ports;
	}
);
