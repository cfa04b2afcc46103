import { nodeModuleRunner } from '../node-modules.js';

/** `node snippet.mjs` in the work dir (see nodeModuleRunner), needle from this repository's node_modules. */
export const runner = nodeModuleRunner();
