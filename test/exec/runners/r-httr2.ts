import { rRunner } from '../r.js';

export const runner = rRunner('httr2', 'r-cran-httr2');
