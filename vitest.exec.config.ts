import { defineConfig } from 'vitest/config';

/** The execution suite (npm run test:exec): runs every target's snippets in their real runtimes. */
export default defineConfig({
  test: {
    include: ['test/exec/exec.test.ts', 'test/exec/openapi-exec.test.ts', 'test/exec/options-exec.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    // The machine has 2 cores: at most 2 snippet processes at once (one per concurrent case).
    maxConcurrency: 2,
    // A case may wait for its target's batch build (every C# or Swift snippet of the run compiled at once).
    testTimeout: 300_000,
  },
});
