import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'src/web/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // a PostgreSQL server for the tests that need one (or the reason they are skipped)
    globalSetup: ['test/pg-global-setup.ts'],
  },
});
