<?php
/**
 * JSON content overrides in the media library. WordPress refuses `.json`
 * uploads by default; this allows them for users who may upload files, so an
 * author can pick an override file for a block. The file is data: the widget
 * fetches it without cookies, validates it and shows it as text, never as
 * HTML.
 *
 * @package UsceCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds `.json` to the allowed upload types.
 *
 * @param array $mimes Extension pattern => MIME type.
 * @return array
 */
function usce_compare_upload_mimes( $mimes ) {
	$mimes['json'] = 'application/json';
	return $mimes;
}
add_filter( 'upload_mimes', 'usce_compare_upload_mimes' );

/**
 * Accepts a `.json` file whose contents the server reads as JSON or plain
 * text (what file-type detection reports for JSON, depending on its version).
 *
 * @param array  $data     What WordPress found: ext, type, proper_filename.
 * @param string $file     Path of the uploaded file.
 * @param string $filename The file's name.
 * @param array  $mimes    Allowed types.
 * @param string $real     The type the server detected.
 * @return array
 */
function usce_compare_check_json( $data, $file, $filename, $mimes, $real = '' ) {
	if ( empty( $data['ext'] ) && 'json' === strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) )
		&& in_array( $real, array( 'application/json', 'text/plain' ), true )
		&& current_user_can( 'upload_files' ) ) {
		$data['ext']  = 'json';
		$data['type'] = 'application/json';
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'usce_compare_check_json', 10, 5 );

/**
 * True when the attachment is a JSON file.
 *
 * @param int $id Attachment id.
 * @return bool
 */
function usce_compare_is_json_attachment( $id ) {
	$file = get_attached_file( $id );
	return 'application/json' === get_post_mime_type( $id )
		|| ( is_string( $file ) && 'json' === strtolower( pathinfo( $file, PATHINFO_EXTENSION ) ) );
}
