#!/usr/bin/env node
// `npm test`: every suite (Vitest unit, Playwright e2e on the web twin, Playwright Electron),
// then one plain summary line `N passed, M failed, K skipped` summing them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBuild } from './ensure-build.mjs';

mkdirSync('.cache', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let anyFailure = false;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) anyFailure = true;
  return result.status;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Unit tests (Vitest).
rmSync('.cache/vitest.json', { force: true });
run('unit (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.cache/vitest.json']);
const unit = readJson('.cache/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else {
  console.error('Vitest wrote no report: counting the unit suite as one failure.');
  totals.failed += 1;
}

// 2 and 3. Playwright suites, against a fresh build.
try {
  ensureBuild();
} catch (error) {
  console.error(`Build failed: ${error.message}`);
  anyFailure = true;
}

function countPlaywright(label, config, reportPath) {
  rmSync(reportPath, { force: true });
  run(label, 'npx', ['playwright', 'test', '-c', config], { PW_JSON_OUTPUT: reportPath });
  const report = readJson(reportPath);
  if (!report?.stats) {
    console.error(`${label} wrote no report: counting it as one failure.`);
    totals.failed += 1;
    return;
  }
  totals.passed += report.stats.expected + (report.stats.flaky ?? 0);
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
  // Say why tests were skipped (e.g. no Electron binary) so a skip is never mistaken for a pass.
  const reasons = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  for (const reason of reasons) console.log(`${label}: skipped — ${reason}`);
}

if (existsSync('playwright.config.ts')) countPlaywright('e2e (web twin, Chromium)', 'playwright.config.ts', '.cache/e2e.json');
if (existsSync('playwright.electron.config.ts'))
  countPlaywright('electron (Playwright _electron)', 'playwright.electron.config.ts', '.cache/electron.json');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(anyFailure || totals.failed > 0 ? 1 : 0);
