<?php
// A must-use plugin of the plugin's test site (tools/test-env/wordpress-plugin-site.js). The test machine reaches no
// other host, so WordPress.org's update checks, which the admin pages make, would fail, and WordPress would print a
// warning into each page with WP_DEBUG on. It answers them here as WordPress.org answers an up-to-date site: nothing
// to update, no translation to fetch. Every other request to another host fails, as on this machine.
add_filter(
    'pre_http_request',
    function ($response, $args, $url) {
        $checks = ['/core/version-check/', '/plugins/update-check/', '/themes/update-check/', '/translations/'];
        $path = (string) parse_url($url, PHP_URL_PATH);
        if (parse_url($url, PHP_URL_HOST) !== 'api.wordpress.org') {
            return $response;
        }
        foreach ($checks as $check) {
            if (strpos($path, $check) === 0) {
                $body = ['offers' => [], 'plugins' => [], 'themes' => [], 'translations' => [], 'no_update' => []];
                return [
                    'headers' => [],
                    'body' => json_encode($body),
                    'response' => ['code' => 200, 'message' => 'OK'],
                    'cookies' => [],
                    'filename' => null,
                ];
            }
        }
        return $response;
    },
    10,
    3
);
