import { perlRunner } from '../perl.js';

export const runner = perlRunner('Mojo::UserAgent', 'libmojolicious-perl');
