import { nativeRunner } from '../native.js';

/** curlpp 0.8.1 on libcurl 7.88 (g++ 12, the reader's `g++ -std=c++17 snippet.cpp $(pkg-config --cflags --libs curlpp)`); frame and batching in test/exec/native.ts. */
export const runner = nativeRunner({ id: 'cpp-curlpp', compiler: 'g++', snippetFile: 'snippet.cpp', pkgConfig: 'curlpp', flags: ['-std=c++17'] });
