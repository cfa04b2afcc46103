import { rRunner } from '../r.js';

export const runner = rRunner('httr', 'r-cran-httr');
