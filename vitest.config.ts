import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Hang guards only, generous because the suite must pass on a machine busy with other work:
    // time and memory budgets live in the benchmarks (npm run bench, bench:robustness).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
