/** Vitest config behind `npm run relevance`: runs only the report and prints only what it logs. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: [process.env.RELEVANCE_DEBUG ? 'tests/relevance/debug.test.ts' : process.env.RELEVANCE_TUNE ? 'tests/relevance/tune.test.ts' : process.env.EXPLAIN ? 'tests/relevance/explain.test.ts' : process.env.PROBE ? 'tests/relevance/probe.test.ts' : 'tests/relevance/relevance.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: [
      {
        onUserConsoleLog(log) {
          process.stdout.write(log.content);
        },
      },
    ],
  },
});
