import { phpRunner } from '../php.js';

/**
 * Symfony HttpClient 5.4 from Debian's php-symfony-http-client, with php-symfony-mime for multipart
 * bodies. The snippet requires `vendor/autoload.php`, as in a Composer project; the frame is a
 * `vendor/autoload.php` in the work dir that requires Debian's autoloaders of both packages.
 */
export const runner = phpRunner({
  autoloaders: ['/usr/share/php/Symfony/Component/HttpClient/autoload.php', '/usr/share/php/Symfony/Component/Mime/autoload.php'],
});
