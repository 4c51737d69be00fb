import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Pages format dates and numbers in the browser's locale; the tests read them in one locale, whatever the
// machine's, and the test processes started from here inherit it.
process.env.LC_ALL = 'en_US.UTF-8';

const files = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => `test/unit/${file}`);
// A DOM test shares its window's location, storage and listeners with the next file in its worker, so each
// gets a fresh one; the logic tests share a worker's loaded modules, which takes the run from about 140 s to 75.
const dom = files.filter((file) => readFileSync(file, 'utf8').includes('@vitest-environment happy-dom'));

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Vitest leaves one core free by default: on a two-core machine that is one worker for every file.
    maxWorkers: 2,
    pool: 'threads',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'logic', include: files.filter((file) => !dom.includes(file)), isolate: false } },
      { extends: true, test: { name: 'dom', include: dom } },
    ],
  },
});
