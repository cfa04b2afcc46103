import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/exec/**', 'node_modules/**'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
  },
});
