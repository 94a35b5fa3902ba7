<?php
// Installs WordPress into its (empty) database, with Twenty Twenty-Three and a user of each role the tests act as: an
// Administrator, who installs the plugin; an Editor, who publishes what a Contributor wrote; an Author and a
// Contributor, who may not post unfiltered HTML: kses filters what they save. Run by tools/test-env/wordpress.js with
// php-cli; prints their logins and passwords as JSON.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = getenv('WORDPRESS_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
// The machine sends no mail: the new site's notice to its administrator goes nowhere.
add_filter('pre_wp_mail', '__return_false');

$users = [];
foreach (['administrator', 'editor', 'author', 'contributor'] as $role) {
    $users[$role] = ['login' => $role, 'password' => wp_generate_password(24, false)];
}
wp_install("A partner's site", 'administrator', 'administrator@example.org', false, '', $users['administrator']['password'], 'en_US');
switch_theme('twentytwentythree');

foreach (['editor', 'author', 'contributor'] as $role) {
    $id = wp_insert_user($users[$role] + ['user_login' => $role, 'user_pass' => $users[$role]['password'], 'role' => $role, 'user_email' => "$role@example.org", 'display_name' => ucfirst($role)]);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
}
echo json_encode(['users' => $users]);
