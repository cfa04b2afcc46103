import { phpRunner } from '../php.js';

/**
 * pecl_http 4 from Debian's php-http, which Debian's conf.d loads after php-raphf (25-http.ini after
 * 20-raphf.ini), as `php` finds them; a failed request throws. No frame.
 */
export const runner = phpRunner({});
