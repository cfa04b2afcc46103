import { nodeModuleRunner } from '../node-modules.js';

/** `node snippet.mjs` in the work dir (see nodeModuleRunner): node:http needs no package. */
export const runner = nodeModuleRunner();
