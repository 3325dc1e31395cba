import { defineConfig } from 'vitest/config';

/**
 * Files that drive Chromium, spawn `pagehub serve` or time a whole server: they run one at a time, after the rest,
 * so that a busy neighbour never decides a timing or a start-up deadline. Everything else runs two files at a time
 * (CI has 2 cores; Vitest's default there is one worker, which left the second core idle).
 */
const ONE_AT_A_TIME = [
  'test/web/**/*.test.ts',
  'test/browser.test.ts',
  'test/multilingual-site.test.ts',
  'test/generated-sites.test.ts',
  'test/serve.test.ts',
  'test/crash.test.ts',
  'test/publish-crash.test.ts',
  'test/traces.test.ts',
  // Times the operator's lists over a million generated rows: alone, so other files' load doesn't skew it.
  'test/api/admin-scale.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/setup/postgres.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'files', include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'], exclude: ONE_AT_A_TIME, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'browsers and servers', include: ONE_AT_A_TIME, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
