/** C++ string literals read like C's (test/fuzz/decoders/c.ts): the snippets write only ordinary literals. */
export { decoder } from './c.js';
