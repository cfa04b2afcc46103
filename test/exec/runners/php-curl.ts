import { phpRunner } from '../php.js';

/** ext-curl: the snippet prints `cURL error: ...` when curl_exec() fails. No frame. */
export const runner = phpRunner({ failure: /^cURL error: / });
