import { perlRunner } from '../perl.js';

export const runner = perlRunner('LWP::UserAgent', 'libwww-perl');
