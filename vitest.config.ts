// Test configuration: fast Node projects (unit, scenario, property, model) and a browser project (e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{unit,scenario,property,model}/**/*.test.ts'],
          environment: 'node',
          // The English words of the round screens, which the page loads with those screens.
          setupFiles: ['tests/helpers/play-words.ts', 'tests/helpers/engine.ts'],
          // Property and scenario tests play hundreds of games; on a busy 2-core machine 5 s is too tight.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
