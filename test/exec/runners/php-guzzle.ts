import { phpRunner } from '../php.js';

/**
 * Guzzle 7 from Debian's php-guzzlehttp-guzzle. The snippet requires `vendor/autoload.php`, as in a
 * Composer project; the frame is a `vendor/autoload.php` in the work dir that requires Debian's
 * autoloader of the package.
 */
export const runner = phpRunner({ autoloaders: ['/usr/share/php/GuzzleHttp/autoload.php'] });
