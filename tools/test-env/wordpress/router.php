<?php
// The router of PHP's built-in server for Debian's WordPress in the tests (tools/test-env/wordpress.js): static files as
// they are, PHP files run from their own folder, every other address through index.php. WordPress reads its settings
// from /etc/wordpress/config-<WORDPRESS_CONFIG>.php (Debian's wp-config.php), written by tools/test-env/wordpress.js. A
// site whose wp-content is a folder of its own (WP_CONTENT_DIR in its config: the plugin's test site) has its plugins,
// theme and languages served at /wp-content/, with the types browsers need (a module script must come as JavaScript).
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
// WordPress's wp-config.php requires the same file once; its constants are defined here first.
require_once '/etc/wordpress/config-' . $_SERVER['WORDPRESS_CONFIG'] . '.php';

$root = '/usr/share/wordpress';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml',
    'png' => 'image/png', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'txt' => 'text/plain', 'mo' => 'application/octet-stream'];

if (defined('WP_CONTENT_DIR') && strpos($path, '/wp-content/') === 0 && strpos($path, '..') === false) {
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
