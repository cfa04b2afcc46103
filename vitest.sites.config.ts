import { defineConfig } from 'vitest/config';

/**
 * `npm run test:sites`: real doc sites (Docusaurus, VitePress, MkDocs) built from snipforge's output and opened in
 * Chromium. Apart from `vitest run`, since each installs a site generator from npm and builds a site (minutes).
 */
export default defineConfig({
  test: {
    include: ['test/sites/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
