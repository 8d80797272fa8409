import { defineConfig } from 'vitest/config';

// Two projects. The pure code (shared/, electron/ services, scripts/) keeps no registries and
// mocks nothing, so its files share one module graph per worker (isolate: false): measured on
// its 82 files, 42 s isolated against 9.5 s shared. The renderer's tests register features
// into core registries and keep one database per test, so they stay isolated per file.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
