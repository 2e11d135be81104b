<?php
/**
 * Test only: runs the plugin's pure checks (includes/options.php) outside WordPress on a list
 * of cases read as JSON from stdin, and prints their results as JSON.
 * Each case is {"validate": [widget, attrs]}, {"url": [url, origin]} or {"origin": value}.
 */
require dirname( __DIR__, 2 ) . '/wordpress-plugin/skinpen-guide-embeds/includes/options.php';

$results = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $case ) {
	if ( isset( $case['validate'] ) ) {
		$results[] = skinpen_guide_validate( $case['validate'][0], $case['validate'][1] );
	} elseif ( isset( $case['url'] ) ) {
		$results[] = skinpen_guide_parse_embed_url( $case['url'][0], $case['url'][1] );
	} else {
		$results[] = skinpen_guide_validate_origin( $case['origin'] );
	}
}
echo json_encode( $results );
