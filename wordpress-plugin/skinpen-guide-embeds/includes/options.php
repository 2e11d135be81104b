<?php
/**
 * What each widget accepts, read from options.json (generated from the guide's own option
 * schemas and data; see the plugin README), and the checks every value passes before it is
 * written into a page. Plain PHP with no WordPress calls, so the test suite can run it alone.
 *
 * @package SkinPenGuideEmbeds
 */

/**
 * The widgets, their titles and default heights, and the options each accepts.
 *
 * @return array{version:int,maxLength:int,loader:string,widgets:array<string,array>}
 */
function skinpen_guide_embed_options() {
	static $options = null;
	if ( null === $options ) {
		$json    = file_get_contents( dirname( __DIR__ ) . '/options.json' );
		$options = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $options ) ) {
			$options = array(
				'version'   => 1,
				'maxLength' => 64,
				'loader'    => '/embed/v1/loader.js',
				'widgets'   => array(),
			);
		}
	}
	return $options;
}

/**
 * The guide's origin (scheme, host and port, no path) if `$value` is one, else ''. https is
 * required, except on this computer (localhost, 127.0.0.1), where tests run.
 *
 * @param mixed $value What an administrator typed, or the SKINPEN_GUIDE_ORIGIN constant.
 * @return string
 */
function skinpen_guide_validate_origin( $value ) {
	if ( ! is_string( $value ) || strlen( $value ) > 200 ) {
		return '';
	}
	$parts = parse_url( trim( $value ) );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	$scheme   = strtolower( $parts['scheme'] );
	$host     = strtolower( $parts['host'] );
	$loopback = in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true );
	$no_extra = empty( $parts['user'] ) && empty( $parts['pass'] ) && empty( $parts['query'] ) && empty( $parts['fragment'] )
		&& ( empty( $parts['path'] ) || '/' === $parts['path'] );
	if ( ! $no_extra || ! preg_match( '/^[a-z0-9.-]+$|^\[::1\]$/', $host ) || ( 'https' !== $scheme && ! ( 'http' === $scheme && $loopback ) ) ) {
		return '';
	}
	return $scheme . '://' . $host . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
}

/** Whitespace as JavaScript's \\s matches it, so names collapse the way the embeds collapse them. */
const SKINPEN_GUIDE_SPACE = '[\\s\\x{00a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]';

/** Control, zero-width and direction characters, which a clinic's name may not contain. */
const SKINPEN_GUIDE_CONTROL = '[\\x{0000}-\\x{001f}\\x{007f}-\\x{009f}\\x{200b}-\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]';

/**
 * The length of a value as the embeds count it (JavaScript's UTF-16 units), or PHP_INT_MAX when it
 * is not valid UTF-8, so such a value is always refused.
 *
 * @param string $value The value as given.
 * @return int
 */
function skinpen_guide_length( $value ) {
	$points = preg_match_all( '/./su', $value );
	$astral = preg_match_all( '/[\\x{10000}-\\x{10ffff}]/u', $value );
	return false === $points || false === $astral ? PHP_INT_MAX : $points + $astral;
}

/**
 * Checks one option value against its spec; returns the value to pass on, or null to refuse it.
 *
 * @param array  $spec  One entry of a widget's `params` in options.json.
 * @param string $value The value as given.
 * @return string|null
 */
function skinpen_guide_check_value( array $spec, $value ) {
	switch ( $spec['type'] ) {
		case 'text':
			// A clinic's name, as the embeds read it: spaces collapsed, no markup brackets or control characters.
			$text = trim( (string) preg_replace( '/' . SKINPEN_GUIDE_SPACE . '+/u', ' ', $value ), ' ' );
			if ( '' === $text || skinpen_guide_length( $text ) > $spec['maxLength'] || preg_match( '/[<>]|' . SKINPEN_GUIDE_CONTROL . '/u', $text ) ) {
				return null;
			}
			return $text;
		case 'phone':
			// Digits with spaces, dots, dashes or brackets and an optional leading +; 3 to 15 digits.
			$text   = trim( $value );
			$digits = preg_match_all( '/[0-9]/', $text );
			if ( skinpen_guide_length( $text ) > $spec['maxLength'] || ! preg_match( '/^\+?[0-9 ().-]+$/', $text ) || $digits < 3 || $digits > 15 ) {
				return null;
			}
			return $text;
		case 'https':
			// An https address with a dotted host name and no user name or password, in plain ASCII.
			$text  = trim( $value );
			$parts = preg_match( '/^[\x21-\x5b\x5d-\x7e]+$/', $text ) ? parse_url( $text ) : false;
			if ( ! is_array( $parts ) || skinpen_guide_length( $text ) > $spec['maxLength'] || ! isset( $parts['scheme'], $parts['host'] )
				|| 'https' !== strtolower( $parts['scheme'] ) || 0 !== stripos( $text, 'https://' ) || isset( $parts['user'] ) || isset( $parts['pass'] )
				|| ! preg_match( '/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i', $parts['host'] ) ) {
				return null;
			}
			return $text;
		case 'enum':
			return in_array( $value, $spec['values'], true ) ? $value : null;
		case 'boolean':
			return in_array( $value, array( 'true', 'false' ), true ) ? $value : null;
		case 'colour':
			return preg_match( '/^#[0-9a-fA-F]{6}$/', $value ) ? $value : null;
		case 'whole':
			// A clinic's interval (days) or restart time (hours): digits only, inside the sources' range.
			$text = trim( $value );
			if ( ! preg_match( '/^[0-9]{1,5}$/', $text ) || (int) $text < $spec['min'] || (int) $text > $spec['max'] ) {
				return null;
			}
			return (string) (int) $text;
		case 'number':
		case 'integer':
			$text = trim( $value );
			if ( ! preg_match( '/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/', $text ) ) {
				return null;
			}
			$number = (float) $text;
			if ( $number < $spec['min'] || $number > $spec['max'] || ( 'integer' === $spec['type'] && floor( $number ) !== $number ) ) {
				return null;
			}
			return 'integer' === $spec['type'] ? (string) (int) $number : rtrim( rtrim( sprintf( '%.4F', $number ), '0' ), '.' );
	}
	return null;
}

/**
 * Validates a widget name and its options (shortcode or block attributes, or a pasted URL's
 * query). Unknown names, empty, over-long and invalid values are left out, so the widget's
 * default applies; `refused` names them (never their values) for a note to editors.
 *
 * @param mixed $widget Widget id.
 * @param array $attrs  Option name => value.
 * @return array{widget:string,values:array<string,string>,refused:string[]}|null Null for an unknown widget.
 */
function skinpen_guide_validate( $widget, array $attrs ) {
	$options = skinpen_guide_embed_options();
	if ( ! is_string( $widget ) || ! isset( $options['widgets'][ $widget ] ) ) {
		return null;
	}
	$params  = $options['widgets'][ $widget ]['params'];
	$values  = array();
	$refused = array();
	foreach ( $attrs as $name => $value ) {
		$name = (string) $name;
		if ( 'widget' === $name ) {
			continue;
		}
		if ( ! isset( $params[ $name ] ) || ! is_scalar( $value ) ) {
			$refused[] = $name;
			continue;
		}
		$value = is_bool( $value ) ? ( $value ? 'true' : 'false' ) : (string) $value;
		$max = isset( $params[ $name ]['maxLength'] ) ? $params[ $name ]['maxLength'] : $options['maxLength'];
		if ( '' === trim( $value ) || skinpen_guide_length( $value ) > $max ) {
			$refused[] = $name;
			continue;
		}
		$checked = skinpen_guide_check_value( $params[ $name ], $value );
		if ( null === $checked ) {
			$refused[] = $name;
		} else {
			$values[ $name ] = $checked;
		}
	}
	return array(
		'widget'  => $widget,
		'values'  => $values,
		'refused' => $refused,
	);
}

/**
 * The options a path variant names (/embed/recovery-timeline/es/planner/day-3/,
 * /embed/layer-depth/es/neck/): a language, `planner`, `day-N`, or an area id. The guide has a
 * page for each such URL, whose oEmbed answer keeps the options.
 *
 * @param array    $params   The widget's `params` in options.json.
 * @param string[] $segments The path segments after /embed/<widget>/.
 * @return array<string,string>
 */
function skinpen_guide_variant_options( array $params, array $segments ) {
	$attrs = array();
	foreach ( $segments as $segment ) {
		if ( isset( $params['lang'] ) && in_array( $segment, $params['lang']['values'], true ) ) {
			$name  = 'lang';
			$value = $segment;
		} elseif ( 'planner' === $segment && isset( $params['planner'] ) ) {
			$name  = 'planner';
			$value = 'true';
		} elseif ( preg_match( '/^day-(\d+)$/', $segment, $day ) && isset( $params['day'] ) ) {
			$name  = 'day';
			$value = $day[1];
		} else {
			$name  = isset( $params['region'] ) ? 'region' : $segment;
			$value = $segment;
		}
		if ( ! array_key_exists( $name, $attrs ) ) {
			$attrs[ $name ] = $value;
		}
	}
	return $attrs;
}

/**
 * The widget and options of a URL of the guide's embed pages, with options in its query
 * (https://guide.example.org/embed/recovery-timeline/?lang=es&planner=true) or its path
 * (https://guide.example.org/embed/recovery-timeline/es/planner/), or null when the URL is not
 * one (another host, another path, or a look-alike such as guide.example.org.evil.test).
 *
 * @param string $url    The URL a clinic pasted.
 * @param string $origin The guide's origin, as skinpen_guide_validate_origin returns it.
 * @return array{0:string,1:array<string,string>}|null
 */
function skinpen_guide_parse_embed_url( $url, $origin ) {
	if ( '' === $origin || ! is_string( $url ) || 0 !== strpos( $url, $origin . '/embed/' ) ) {
		return null;
	}
	$parts = parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['path'] ) ) {
		return null;
	}
	if ( ! preg_match( '#^/embed/([a-z0-9-]+)((?:/[a-z0-9-]+)*)/?$#', $parts['path'], $match ) ) {
		return null;
	}
	$options = skinpen_guide_embed_options();
	if ( ! isset( $options['widgets'][ $match[1] ] ) ) {
		return null;
	}
	$segments = '' === $match[2] ? array() : explode( '/', substr( $match[2], 1 ) );
	$attrs    = skinpen_guide_variant_options( $options['widgets'][ $match[1] ]['params'], $segments );
	// Read the query as browsers do (URLSearchParams): the first of repeated names counts.
	foreach ( explode( '&', isset( $parts['query'] ) ? $parts['query'] : '' ) as $pair ) {
		if ( '' === $pair ) {
			continue;
		}
		$pieces = explode( '=', $pair, 2 );
		$name   = urldecode( $pieces[0] );
		if ( ! array_key_exists( $name, $attrs ) ) {
			$attrs[ $name ] = urldecode( isset( $pieces[1] ) ? $pieces[1] : '' );
		}
	}
	return array( $match[1], $attrs );
}
