import { rubyRunner } from '../ruby.js';

/** The snippet as the whole script (no frame), run by Debian's ruby 3.1 with ruby-rest-client in one long-lived driver (../ruby.ts). */
export const runner = rubyRunner('rest-client', 'ruby-rest-client');
