import { defineConfig } from 'vitest/config';

/** Unit and API tests. Browser journeys have their own config in e2e/. */
export default defineConfig({
  test: {
    include: ['apps/**/*.test.ts', 'packages/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: each worker holds its own database (PGlite in memory, or a fresh PostgreSQL database).
    maxWorkers: 2,
  },
});
