import { rRunner } from '../r.js';

export const runner = rRunner('RCurl', 'r-cran-rcurl');
