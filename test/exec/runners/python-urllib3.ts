import { pythonRunner } from '../python.js';

/** The snippet as a script for Debian's python3 (see ../python.ts). */
export const runner = pythonRunner('urllib3', 'python3-urllib3');
