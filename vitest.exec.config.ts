import { defineConfig } from 'vitest/config';

/** The execution suite (npm run test:exec): runs every target's snippets in their real runtimes. */
export default defineConfig({
  test: {
    include: ['test/exec/exec.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    // The machine has 2 cores: at most 2 snippet processes at once (one per concurrent case).
    maxConcurrency: 2,
    // A case may wait for its target's one-time setup (compiling a stand-in, warming a cache).
    testTimeout: 300_000,
  },
});
