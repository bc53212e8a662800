#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --no-build]`: builds the app and the bench page (bench/), serves
// out/ on 127.0.0.1 with cross-origin isolation, drives Debian Chromium with a fresh profile and
// prints the figures measured IN the page. Writes bench/results/latest.json (latest-quick.json
// for --quick). See bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveIsolated } from '../bench/serve.mjs';
import { measureUiImport } from '../bench/ui-import.mjs';
import { findChromium } from './chromium.mjs';
import { busyBetween, readCpuCounters, waitForQuiet } from './cpu-load.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const quick = process.argv.includes('--quick');
const build = !process.argv.includes('--no-build');
// `--only=import`, `--only=cold` (fill + cold start + memory + search), `--only=pdf` (the dossier PDF) or
// `--only=ui` (the import through the app's own UI): one target while working on it; prints its figures
// and writes nothing.
// `--only=ocr`: OCR of a scanned PDF through the app's import worker (pages/s, issue 15).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null;
// `--only=sync`: team-archive sync (issue 24) through a pouchdb-server on 127.0.0.1: first sync of
// 10,000 bulletins A → server → empty B, then an incremental sync of 100 edits.
if (only !== null && !['import', 'cold', 'pdf', 'ui', 'ocr', 'sync'].includes(only)) throw new Error(`--only=${only}: expected import, cold, pdf, ui, ocr or sync`);
const SEED = 20231114;

const SIZES = quick
  ? { import: 1000, big: 5000, pdf: 20, reps: 10, naiveReps: 2 }
  : { import: 10000, big: 100000, pdf: 200, reps: 20, naiveReps: 3 };
/** Pages of the scanned PDF the OCR phase reads (the fixture's page repeated). */
const OCR_PAGES = quick ? 3 : 10;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function machine(executable) {
  let browser = 'Chromium';
  try {
    browser = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Version unknown: keep the generic name.
  }
  const cpu = cpus();
  return `${cpu.length}× ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${osType()} ${release()}, ${browser}, Node ${process.version}`;
}

const started = Date.now();
if (build) {
  console.log('Building the app (electron-vite) and the bench page (vite)…');
  // The bench page bundles the app modules itself; a failed app build is reported, not fatal.
  try {
    run('npx', ['electron-vite', 'build']);
  } catch (err) {
    console.warn(`warning: ${err.message}; continuing with the bench page`);
  }
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
}

const executablePath = findChromium();
const { url, server } = await serveIsolated(join(root, 'out'));
const profile = mkdtempSync(join(tmpdir(), 'pa-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc',
    // Makes measureUserAgentSpecificMemory() answer at once instead of after the next natural GC.
    '--enable-blink-features=ForceEagerMeasureMemory',
  ],
});

// The page marks phase boundaries; the CPU counters read at each mark tell how busy all cores were.
const cpuMarks = new Map();
await context.exposeFunction('benchCpuMark', (label) => {
  cpuMarks.set(label, readCpuCounters());
});
/** Busy fraction of all cores during the import's steps (null where /proc/stat is unreadable). */
function importCpuBusy() {
  const between = (a, b) => busyBetween(cpuMarks.get(a), cpuMarks.get(b));
  return {
    parse: between('parse-start', 'commit-start'),
    storeIndex: between('commit-start', 'commit-end'),
    rawPut: between('raw-start', 'raw-end'),
    storeAlone: between('store-alone-start', 'store-alone-end'),
    indexAlone: between('index-alone-start', 'index-alone-end'),
  };
}

/**
 * CPU time (core-seconds) each import step needed, from its wall time and how busy the cores were,
 * and the best ratio those figures allow on this machine even if storing cost no more than the raw
 * baseline: raw time ÷ (parse + raw + index CPU time spread over every core).
 */
function importCpuBudget(imp) {
  const cores = cpus().length;
  const busy = imp.cpuBusy;
  const rawMs = (imp.bulletins / imp.rawPutPerSec) * 1000;
  const coreSec = (ms, fraction) => (fraction === null || fraction === undefined ? null : Math.round(((ms * fraction * cores) / 1000) * 100) / 100);
  const parse = coreSec(imp.parseMs, busy.parse);
  const raw = coreSec(rawMs, busy.rawPut);
  const store = coreSec(imp.storeAloneMs, busy.storeAlone);
  const index = coreSec(imp.indexAloneMs, busy.indexAlone);
  const bestRatio =
    parse === null || raw === null || index === null ? null : Math.round((rawMs / 1000 / ((parse + raw + index) / cores)) * 100) / 100;
  return { cores, parse, rawPut: raw, storeAlone: store, indexAlone: index, bestRatioIfStoreCostRaw: bestRatio };
}

function withCpu(imp) {
  const withBusy = { ...imp, cpuBusy: importCpuBusy() };
  return { ...withBusy, cpuCoreSeconds: importCpuBudget(withBusy) };
}

/** Starts the test sync server (scripts/sync-server.mjs), makes a team database and a writer, runs the phase, stops it. */
async function syncPhase(page) {
  const port = Number(process.env.SYNC_BENCH_PORT ?? 5988);
  const { spawn } = await import('node:child_process');
  const server = spawn(process.execPath, ['scripts/sync-server.mjs', '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('sync server did not start')), 60_000);
      server.stdout.on('data', (chunk) => chunk.toString().includes('sync server ready') && (clearTimeout(timer), ok()));
      server.on('exit', (code) => fail(new Error(`sync server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const auth = { authorization: `Basic ${Buffer.from(`admin:${process.env.SYNC_ADMIN_PASSWORD ?? 'sync-admin'}`).toString('base64')}`, 'content-type': 'application/json' };
    const put = async (path, body) => {
      const res = await fetch(`${base}${path}`, { method: 'PUT', headers: auth, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!res.ok) throw new Error(`PUT ${path}: ${res.status}`);
    };
    await put('/bench-team');
    await put('/bench-team/_security', { admins: { names: [], roles: [] }, members: { names: [], roles: ['team-writer'] } });
    await put('/_users/org.couchdb.user:bench', { name: 'bench', password: 'bench-pw', roles: ['team-writer'], type: 'user' });
    const count = quick ? 1000 : 10000;
    return await phase(page, { phase: 'sync', count, edits: 100, seed: SEED + 3, url: `${base}/bench-team`, username: 'bench', password: 'bench-pw' });
  } finally {
    server.kill('SIGTERM');
  }
}

const benchUrl = `${url}bench/index.html`;
const uiImport = () => measureUiImport(context, `${url}renderer/index.html`, { root, count: SIZES.import, seed: SEED + 2 });
async function openPage(query = '') {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.text().startsWith('[bench]')) console.log(`  ${m.text().slice(8)}`);
    else if (m.type() === 'error') console.log(`  console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
  await page.goto(benchUrl + query);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  return page;
}
const phase = (page, params) => page.evaluate((p) => window.runBench(p), params);

/**
 * A cold start is a new day's start: the browser has long finished writing the archive. Right after
 * the 100,000-bulletin fill the browser may still be busy with it (the page's own start varied by
 * ~300 ms between runs), so wait for the machine to go quiet first.
 */
async function settle() {
  const { waitedMs, busy } = await waitForQuiet();
  console.log(`  (machine quiet after ${(waitedMs / 1000).toFixed(1)} s${busy === null ? '' : `, ${Math.round(busy * 100)}% busy`})`);
}

/** The measured cause of a missed import ratio, in one sentence built from this run's figures. */
function importRatioCause(imp) {
  const rawMs = Math.round((imp.bulletins / imp.rawPutPerSec) * 1000);
  const busy = imp.cpuBusy?.storeIndex;
  const best = imp.cpuCoreSeconds?.bestRatioIfStoreCostRaw;
  const cpu =
    (busy === null || busy === undefined ? '' : `; all cores were ${Math.round(busy * 100)}% busy during store ∥ index (CPU-bound)`) +
    (best === null || best === undefined ? '' : `; by the CPU time parse, raw put and index need, even a store as cheap as raw bulkPut would give at most ${best}`);
  return (
    `storing alone takes ${imp.storeAloneMs} ms (two records per bulletin: list row + body, plus index entries) vs raw bulkPut ${rawMs} ms ` +
    `(one record, no index); store ∥ index took ${imp.commitMs} ms with indexing alone ${imp.indexAloneMs} ms, after parsing ${imp.parseMs} ms${cpu}`
  );
}

let results;
let onlyResult = null;
try {
  for (const p of context.pages()) await p.close();
  let page = await openPage();
  if (only === 'import') {
    // BENCH_PROFILE=file: a CPU profile of the page's main thread during the import (chrome devtools format).
    const profileFile = process.env.BENCH_PROFILE;
    const cdp = profileFile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const imp = await phase(page, { phase: 'import', count: SIZES.import, seed: SEED, db: 'bench-import' });
    if (cdp && profileFile) writeFileSync(profileFile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    onlyResult = withCpu(imp);
  } else if (only === 'pdf') {
    onlyResult = await phase(page, { phase: 'pdf', count: SIZES.pdf, seed: SEED });
  } else if (only === 'ocr') {
    onlyResult = await phase(page, { phase: 'ocr', pages: OCR_PAGES });
  } else if (only === 'ui') {
    onlyResult = await uiImport();
  } else if (only === 'sync') {
    onlyResult = await syncPhase(page);
  } else if (only === 'cold') {
    const fill = await phase(page, { phase: 'fill', count: SIZES.big, seed: SEED + 1, db: 'bench-big' });
    await page.close();
    await settle();
    page = await openPage('?cold=bench-big');
    const cold = await phase(page, { phase: 'cold' });
    const memory = await phase(page, { phase: 'memory' });
    const farPages = await phase(page, { phase: 'farPages' });
    const search = await phase(page, { phase: 'search', reps: SIZES.reps, naiveReps: 1 });
    onlyResult = { fill, cold, memory, farPages, search: { p50Ms: search.p50Ms, p95Ms: search.p95Ms, suggestion: search.suggestion } };
  } else {
    console.log(`Import: ${SIZES.import} bulletins…`);
    const imp = withCpu(await phase(page, { phase: 'import', count: SIZES.import, seed: SEED, db: 'bench-import' }));
    console.log(`PDF: ${SIZES.pdf}-bulletin dossier…`);
    const pdf = await phase(page, { phase: 'pdf', count: SIZES.pdf, seed: SEED });
    console.log(`OCR: ${OCR_PAGES}-page scanned PDF…`);
    const ocr = await phase(page, { phase: 'ocr', pages: OCR_PAGES });
    console.log(`Filling an archive of ${SIZES.big} bulletins…`);
    const fill = await phase(page, { phase: 'fill', count: SIZES.big, seed: SEED + 1, db: 'bench-big' });
    await page.close();

    console.log('Cold start (new page)…');
    await settle();
    page = await openPage('?cold=bench-big');
    const cold = await phase(page, { phase: 'cold' });
    const memory = await phase(page, { phase: 'memory' });
    const farPages = await phase(page, { phase: 'farPages' });
    console.log('Search…');
    const search = await phase(page, { phase: 'search', reps: SIZES.reps, naiveReps: SIZES.naiveReps });
    await page.close();
    console.log(`Import through the app's UI: ${SIZES.import} bulletins…`);
    const ui = await uiImport();

    const longestTaskMs = Math.max(imp.longestTaskMs, cold.longestTaskMs, ui.longestTaskMs);
    const heapMB = memory.totalMB ?? memory.pageMB;
    const targets = {
      importRatio: { target: '>= 0.5', value: imp.ratio, met: imp.ratio >= 0.5, ...(imp.ratio >= 0.5 ? {} : { cause: importRatioCause(imp) }) },
      coldList: { target: '< 1000 ms', value: cold.listMs, met: cold.listMs < 1000 },
      coldFirstSearch: { target: '< 1500 ms', value: cold.firstSearchMs, met: cold.firstSearchMs < 1500 },
      searchP95: { target: '< 20 ms', value: search.p95Ms, met: search.p95Ms < 20 },
      searchSpeedup: { target: '>= 50', value: search.speedup, met: search.speedup >= 50 },
      pdfSpeedup: { target: '>= 2', value: pdf.speedup, met: pdf.speedup >= 2 },
      heap: { target: '< 800 MB', value: heapMB, met: heapMB < 800 },
      longestTask: { target: '< 100 ms', value: longestTaskMs, met: longestTaskMs < 100 },
    };
    results = {
      machine: machine(executablePath),
      date: new Date().toISOString(),
      quick,
      import: imp,
      coldStart: {
        bulletins: cold.bulletins, scriptStartMs: cold.scriptStartMs, listMs: cold.listMs, firstSearchMs: cold.firstSearchMs,
        indexLoadMs: cold.indexLoadMs, firstPhraseMs: cold.firstPhraseMs, breakdown: cold.breakdown, longestTaskMs: cold.longestTaskMs, pageLoadTaskMs: cold.pageLoadTaskMs,
      },
      search,
      pdf,
      ocr,
      memory: { bulletins: cold.bulletins, heapMB, pageMB: memory.pageMB, workersMB: memory.workersMB },
      listFarPages: { bulletins: cold.bulletins, ...farPages },
      uiImport: ui,
      fill,
      longestTaskMs,
      targets,
    };
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

if (onlyResult !== null) {
  console.log(JSON.stringify(onlyResult, null, 2));
  process.exit(0);
}
const r = results;
const rows = [
  ['import', `${r.import.bulletins}`, `${r.import.perSec}/s vs raw bulkPut ${r.import.rawPutPerSec}/s → ratio ${r.import.ratio}`],
  ['cold start', `${r.coldStart.bulletins}`, `list ${r.coldStart.listMs} ms, first search ${r.coldStart.firstSearchMs} ms`],
  ['search', `${r.search.bulletins}`, `p50 ${r.search.p50Ms} ms, p95 ${r.search.p95Ms} ms; naive p95 ${r.search.naiveP95Ms} ms → ×${r.search.speedup}`],
  ['pdf', `${r.pdf.bulletins}`, `${r.pdf.pages} pages in ${r.pdf.ms} ms; baseline ${r.pdf.baselineMs} ms → ×${r.pdf.speedup}`],
  ['ocr', `${r.ocr.pages}`, `${r.ocr.pagesPerSec} pages/s in all (first page ${r.ocr.firstPageMs} ms incl. start-up, then ${r.ocr.steadyPagesPerSec} pages/s), confidence ${r.ocr.confidence}`],
  ['memory', `${r.memory.bulletins}`, `${r.memory.heapMB} MB JS heap (page ${r.memory.pageMB}, workers ${r.memory.workersMB ?? '?'})`],
  ['ui import', `${r.uiImport.bulletins}`, `preview ${r.uiImport.previewMs} ms, confirm → list ${r.uiImport.storeAndListMs} ms`],
  ['long task', '', `${r.longestTaskMs} ms (import ${r.import.longestTaskMs}, index load ${r.coldStart.longestTaskMs}, UI import ${r.uiImport.longestTaskMs}); page-load task ${r.coldStart.pageLoadTaskMs} ms`],
];
console.log(`\n${r.machine}\n`);
for (const [name, n, text] of rows) console.log(`${name.padEnd(11)} ${n.padStart(7)}  ${text}`);
console.log('\nTargets:');
for (const [name, t] of Object.entries(r.targets)) {
  console.log(`  ${t.met ? 'MET   ' : 'NOT MET'} ${name.padEnd(16)} ${String(t.value).padStart(9)}  (${t.target})`);
  if (t.cause) console.log(`          why: ${t.cause}`);
}
const outDir = join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, quick ? 'latest-quick.json' : 'latest.json');
writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
console.log(`\nWrote ${file} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
