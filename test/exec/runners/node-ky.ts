import { nodeModuleRunner } from '../node-modules.js';

/** `node snippet.mjs` in the work dir (see nodeModuleRunner), ky from this repository's node_modules. */
export const runner = nodeModuleRunner();
