import { defineConfig } from 'vitest/config';

/**
 * Files that drive Chromium, spawn `pagehub serve` or time a whole server: they run one at a time, after the rest,
 * so that a busy neighbour never decides a timing or a start-up deadline. (Two at a time was barely faster — they
 * keep both cores busy already — and a preview's 50 ms budget and a keep-alive connection then gave way. Run beside
 * the other files, the servers' files took twice as long and slowed their neighbours as much as they saved.)
 */
const ONE_AT_A_TIME = [
  'test/web/**/*.test.ts',
  'test/browser.test.ts',
  'test/multilingual-site.test.ts',
  'test/generated-sites.test.ts',
  'test/serve.test.ts',
  'test/crash.test.ts',
  'test/publish-crash.test.ts',
  // Times the operator's lists over a million generated rows: alone, so other files' load doesn't skew it.
  'test/api/admin-scale.test.ts',
];

/** Registers OpenTelemetry's global tracer and sets the exporter's variables: in a process of its own, last. */
const TRACES = 'test/traces.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/setup/postgres.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'files',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...ONE_AT_A_TIME, TRACES],
          // Two files at a time: CI has 2 cores, and Vitest's default there is one worker.
          maxWorkers: 2,
          // Each worker loads the application once and runs file after file in it: loading it afresh for every
          // file took longer than most files' tests. So a file leaves no global state behind — it stubs globals
          // only within a test, sets no environment variable, and closes what it opens.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // One process for all of them too: each file still launches its own Chromium and server, and closes them.
        test: { name: 'browsers and servers', include: ONE_AT_A_TIME, maxWorkers: 1, isolate: false, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'traces', include: [TRACES], maxWorkers: 1, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
