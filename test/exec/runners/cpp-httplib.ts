import { nativeRunner } from '../native.js';

/** cpp-httplib 0.11.4 (g++ 12, the reader's `g++ -std=c++17 snippet.cpp $(pkg-config --cflags --libs cpp-httplib)`); frame and batching in test/exec/native.ts. */
export const runner = nativeRunner({ id: 'cpp-httplib', compiler: 'g++', snippetFile: 'snippet.cpp', pkgConfig: 'cpp-httplib', flags: ['-std=c++17'] });
