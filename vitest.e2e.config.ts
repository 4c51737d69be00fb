import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension; one file at a
// time keeps two cores from being shared by several browsers.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
