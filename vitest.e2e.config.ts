import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension. Two files at
// a time, one browser each: on two cores that takes the suite from about six
// minutes to four and a half, and no test waits on another's browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
