import { defineConfig } from '@playwright/test';

// The desktop app itself, driven through Playwright's Electron support. Each test launches
// out/main/index.js with its own userData folder. Where the Electron binary is missing the
// tests report themselves skipped with the reason; they never pretend to have run.
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
});
