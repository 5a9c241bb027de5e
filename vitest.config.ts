import { defineConfig } from 'vitest/config';

// Suites that need PostgreSQL or Chromium check availability themselves (tests/support/requirements.ts)
// and skip loudly, or fail when JIXIAO_REQUIRE_ALL=1 (set by .ci/run).
export const vitestConfig = defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'packages/web/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
// vitest requires a default export from its config file.
export { vitestConfig as default };
