import { perlRunner } from '../perl.js';

/** HTTP::Tiny is core Perl: nothing to install. */
export const runner = perlRunner('HTTP::Tiny', undefined);
