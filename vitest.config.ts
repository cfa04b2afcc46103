import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The execution suite runs alone (vitest.exec.config.ts): it starts real runtimes.
    exclude: ['test/exec/exec.test.ts', 'test/exec/openapi-exec.test.ts', 'test/exec/options-exec.test.ts', 'test/exec/.work/**', 'node_modules/**', 'test/sites/**'],
    // Many tests render every fixture in all 72 clients; 5 s is too short for that on 2 loaded cores.
    testTimeout: 30_000,
    setupFiles: ['test/setup/yield-to-event-loop.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
  },
});
