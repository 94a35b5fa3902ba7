<?php
// The router of PHP's built-in server for the plugin's test site (tools/test-env/wordpress-plugin-site.js): as
// tools/test-env/wordpress/router.php, but the site's wp-content is a folder of its own (WP_CONTENT_DIR in its config),
// whose plugins, theme and languages it serves at /wp-content/, with the types browsers need (a module script must
// come as JavaScript).
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
// WordPress's wp-config.php requires the same file once; its constants are defined here first.
require_once '/etc/wordpress/config-' . $_SERVER['WORDPRESS_CONFIG'] . '.php';

$root = '/usr/share/wordpress';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml',
    'png' => 'image/png', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'txt' => 'text/plain', 'mo' => 'application/octet-stream'];

if (strpos($path, '/wp-content/') === 0 && strpos($path, '..') === false) {
    $file = WP_CONTENT_DIR . substr($path, strlen('/wp-content'));
    $extension = pathinfo($file, PATHINFO_EXTENSION);
    if (is_file($file) && $extension !== 'php') {
        header('Content-Type: ' . ($types[$extension] ?? 'application/octet-stream'));
        header('Content-Length: ' . filesize($file));
        readfile($file);
        return true;
    }
}

$file = realpath($root . $path);
if ($file !== false && is_dir($file)) {
    $file = is_file("$file/index.php") ? "$file/index.php" : false;
}
if ($file !== false && is_file($file) && substr($file, -4) !== '.php') {
    return false;
}
if ($file === false || strpos($file, $root . '/') !== 0 || !is_file($file)) {
    $file = "$root/index.php";
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen($root));
chdir(dirname($file));
require $file;
