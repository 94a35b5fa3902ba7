<?php
// Installs WordPress into its (empty) database, with Twenty Twenty-Three, and adds a user with the Author role, who
// may publish posts but not unfiltered HTML: kses filters what they save. Run by tools/test-env/wordpress.js with php-cli;
// prints the author's login and password as JSON.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = getenv('WORDPRESS_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
// The machine sends no mail: the new site's notice to its administrator goes nowhere.
add_filter('pre_wp_mail', '__return_false');

wp_install("A partner's site", 'admin', 'admin@example.org', false, '', wp_generate_password(24), 'en_US');
switch_theme('twentytwentythree');

$author = ['user_login' => 'author', 'user_pass' => wp_generate_password(24, false), 'role' => 'author'];
$id = wp_insert_user($author + ['user_email' => 'author@example.org', 'display_name' => 'An Author']);
if (is_wp_error($id)) {
    fwrite(STDERR, $id->get_error_message() . "\n");
    exit(1);
}
echo json_encode(['login' => $author['user_login'], 'password' => $author['user_pass']]);
