import { rubyRunner } from '../ruby.js';

/** The snippet as the whole script (no frame), run by Debian's ruby 3.1 with ruby-faraday in one long-lived driver (../ruby.ts), which also loads net/https ahead: Faraday's Net::HTTP adapter requires it on its first request. */
export const runner = rubyRunner('faraday', 'ruby-faraday', ['net/https']);
