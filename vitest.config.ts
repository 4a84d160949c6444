import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: a few files at a time, each with its own database.
    maxWorkers: 2,
    // Every reply is checked against the response schema its route documents (src/app/schemas.ts).
    env: { WARDEN_CHECK_RESPONSES: 'true' },
  },
});
