import { rubyRunner } from '../ruby.js';

/** The snippet as the whole script (no frame), run by Debian's ruby 3.1 with ruby-httparty in one long-lived driver (../ruby.ts). */
export const runner = rubyRunner('httparty', 'ruby-httparty');
