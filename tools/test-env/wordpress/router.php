<?php
// The router of PHP's built-in server for Debian's WordPress in the tests (tools/test-env/wordpress.js): static files as
// they are, PHP files run from their own folder, every other address through index.php. WordPress reads its settings
// from /etc/wordpress/config-<WORDPRESS_CONFIG>.php (Debian's wp-config.php), written by tools/test-env/wordpress.js.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');

$root = '/usr/share/wordpress';
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
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
