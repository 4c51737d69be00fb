import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Pages format dates and numbers in the browser's locale; the tests read them in one locale, whatever the
// machine's, and the test processes started from here inherit it.
process.env.LC_ALL = 'en_US.UTF-8';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
  },
});
