import { defineConfig } from 'vitest/config';

/** End-to-end journeys in Debian's Chromium against the production build. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser per worker keeps the machine responsive.
    maxWorkers: 2,
  },
});
