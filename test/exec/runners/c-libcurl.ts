import { nativeRunner } from '../native.js';

/** libcurl 7.88 from C (gcc 12, the reader's `gcc -o snippet snippet.c -lcurl`); frame and batching in test/exec/native.ts. */
export const runner = nativeRunner({ id: 'c-libcurl', compiler: 'gcc', snippetFile: 'snippet.c', pkgConfig: 'libcurl', flags: ['-std=gnu17'] });
