import { nodeModuleRunner } from '../node-modules.js';

/** `node snippet.mjs` in the work dir (see nodeModuleRunner): Node's global fetch needs no package. */
export const runner = nodeModuleRunner();
