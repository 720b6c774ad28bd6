import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: keep parallelism modest so the browser and PostgreSQL tests are not starved.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
