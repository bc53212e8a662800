/**
 * Import phase: generated multi-bulletin text files → the real import path (parse in the import
 * worker → ArchiveService.commitImport, which stores the batch while its search worker indexes it →
 * the worker saves the index), against a raw Dexie bulkPut of the same records in the same run.
 * `commitMs` is store + index (overlapped); `indexMs` is saving the index.
 */
import Dexie from 'dexie';
import { generateBulletins, toMultiBulletinText, toStoredBulletin } from '../../renderer/src/core/generator';
import { ArchiveService } from '../../renderer/src/app/archive/archive-service';
import { closeArchiveDb, commitImport, countBulletins, useArchiveDb } from '../../renderer/src/data';
import type { ParsedBulletin } from '../../renderer/src/core/model';
import { importFiles } from '../../renderer/src/workers/import-client';
import { cpuMark, log, longestFrameScripts, longestTaskBetween, longTasksBetween, round, tick } from './measure.mjs';
import type { BenchSearch } from './search-backend.mjs';

export interface ImportResult {
  bulletins: number;
  stored: number;
  ms: number;
  perSec: number;
  rawPutPerSec: number;
  ratio: number;
  /** Where the time went (ms). */
  parseMs: number;
  commitMs: number;
  indexMs: number;
  /**
   * Where the store ∥ index time comes from, each step run alone on the same parsed bulletins (after
   * the measured import, not part of it): the data layer's one-transaction store into an empty
   * database, and indexing in a fresh search worker.
   */
  storeAloneMs: number;
  indexAloneMs: number;
  longestTaskMs: number;
}

/** Bulletins per generated file: a realistic page of the PA news site is 10–1,000 bulletins. */
const PER_FILE = 1000;
const RAW_CHUNK = 1000;

async function rawPutPerSec(count: number, seed: number, dbName: string): Promise<number> {
  const db = new Dexie(dbName);
  db.version(1).stores({ bulletins: 'id' });
  await db.open();
  const records = generateBulletins(count, seed).map((b, i) => toStoredBulletin(b, i));
  await tick();
  const t0 = performance.now();
  cpuMark('raw-start');
  for (let i = 0; i < records.length; i += RAW_CHUNK) await db.table('bulletins').bulkPut(records.slice(i, i + RAW_CHUNK));
  const ms = performance.now() - t0;
  cpuMark('raw-end');
  db.close();
  await Dexie.delete(dbName);
  return (count / ms) * 1000;
}

/** The data layer's store alone, into the empty database `dbName` (deleted afterwards). */
async function storeAloneMs(parsed: ParsedBulletin[], contentHashes: Array<string | undefined>, dbName: string): Promise<number> {
  useArchiveDb(dbName);
  await tick();
  const t0 = performance.now();
  cpuMark('store-alone-start');
  await commitImport({ fileNames: ['alone.txt'], bulletins: parsed, contentHashes });
  const ms = performance.now() - t0;
  cpuMark('store-alone-end');
  closeArchiveDb();
  await Dexie.delete(dbName);
  return ms;
}

/** Indexing alone, in a fresh search worker (its client posts the slices the app's does). */
async function indexAloneMs(parsed: ParsedBulletin[], search: BenchSearch): Promise<number> {
  const docs = parsed.map((b, i) => ({
    id: `alone-${i}`, title: b.title, body: b.body, tags: [], countries: b.countries, organisations: b.organisations, language: b.language, date: b.date,
  }));
  const t0 = performance.now();
  cpuMark('index-alone-start');
  await search.add(docs);
  const ms = performance.now() - t0;
  cpuMark('index-alone-end');
  return ms;
}

/** `count` generated bulletins as multi-bulletin text files of PER_FILE each (bytes, off the JS heap). */
function generatedFiles(count: number, seed: number): Array<{ name: string; bytes: Uint8Array }> {
  const bulletins = generateBulletins(count, seed);
  const encoder = new TextEncoder();
  const files = [];
  for (let i = 0; i < bulletins.length; i += PER_FILE) {
    files.push({ name: `bench-${i / PER_FILE + 1}.txt`, bytes: encoder.encode(toMultiBulletinText(bulletins.slice(i, i + PER_FILE))) });
  }
  return files;
}

/** Runs the import of `count` generated bulletins into a fresh database `dbName`. */
export async function runImportPhase(count: number, seed: number, dbName: string, search: BenchSearch): Promise<ImportResult> {
  useArchiveDb(dbName);
  const files = generatedFiles(count, seed);
  const service = new ArchiveService();
  await service.start();
  await service.whenSearchReady();
  // The generator's objects are garbage now: collect them before the clock starts, so the import's
  // garbage collections do not also walk the bench's own data (the app has none of it).
  window.gc?.();
  await tick();

  const t0 = performance.now();
  cpuMark('parse-start');
  // As the app does: the files' bytes move to the parse workers.
  const results = await importFiles(files, { transferBytes: true });
  const t1 = performance.now();
  cpuMark('commit-start');
  const parsed = results.flatMap((r) => r.bulletins);
  // The hashes the worker computed (what the app passes on, so the main thread does not re-hash).
  const contentHashes = results.flatMap((r) => r.contentHashes ?? r.bulletins.map(() => undefined));
  const errors = results.filter((r) => r.error).map((r) => r.error);
  if (errors.length > 0) throw new Error(`import errors: ${errors.join('; ')}`);
  // The app's own path: ArchiveService stores the batch in one transaction while its search worker
  // indexes it, then the worker saves the index.
  await service.commitImport({ fileNames: files.map((f) => f.name), bulletins: parsed, contentHashes });
  const t2 = performance.now();
  cpuMark('commit-end');
  await service.persistIndex();
  const t3 = performance.now();
  const longest = await longestTaskBetween(t0, t3);
  log(`import: longest task ${round(longest)} ms; longest frame ${longestFrameScripts(t0, t3)}`);
  log(`import: long tasks (start after import start : ms) ${longTasksBetween(t0, t3)}; parse ends +${round(t1 - t0)}, store+index +${round(t2 - t0)}`);
  const stored = await countBulletins();
  const ms = t3 - t0;
  log(`import: ${parsed.length} parsed, ${stored} stored in ${round(ms)} ms (parse ${round(t1 - t0)}, store+index ${round(t2 - t1)}, save index ${round(t3 - t2)})`);

  // From here on, writes are measurements of their own: the service must not index them.
  service.dispose();
  const raw = await rawPutPerSec(count, seed, `${dbName}-raw`);
  const storeAlone = await storeAloneMs(parsed, contentHashes, `${dbName}-store-alone`);
  const indexAlone = await indexAloneMs(parsed, search);
  log(`import: store alone ${round(storeAlone)} ms, index alone ${round(indexAlone)} ms`);
  const perSec = (count / ms) * 1000;
  log(`import: ${round(perSec)}/s vs raw bulkPut ${round(raw)}/s`);
  return {
    bulletins: count,
    stored,
    ms: round(ms),
    perSec: round(perSec),
    rawPutPerSec: round(raw),
    ratio: round(perSec / raw),
    parseMs: round(t1 - t0),
    commitMs: round(t2 - t1),
    indexMs: round(t3 - t2),
    storeAloneMs: round(storeAlone),
    indexAloneMs: round(indexAlone),
    longestTaskMs: round(longest),
  };
}
