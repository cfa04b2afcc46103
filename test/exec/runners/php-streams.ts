import { phpRunner } from '../php.js';

/** file_get_contents with an http stream context: a failed request is a warning on stderr. No frame. */
export const runner = phpRunner({});
