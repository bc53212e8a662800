/**
 * Sync phase (issue 24): laptop A's archive of `count` generated bulletins goes to the team server
 * through the real bridge (export into the sync copy, push), an empty laptop B pulls it and stores it
 * through the same apply path as the app (validation, sanitising, one transaction per page); then
 * `edits` bulletins are edited on A and the incremental sync A → server → B is timed. The search
 * index is left out on B (the app indexes after each applied page; the import phase measures that).
 */
import { generateTagged } from '../../renderer/src/core/generator';
import { commitImport, updateBulletin, useArchiveDb } from '../../renderer/src/data';
import * as sync from '../../renderer/src/data/sync';
import { exportLocal } from '../../renderer/src/app/archive/sync/exporter';
import { applyPending } from '../../renderer/src/app/archive/sync/importer';
import { InStepMap } from '../../renderer/src/app/archive/sync/in-step';
import { sanitizeBulletinHtml } from '../../renderer/src/app/archive/snapshots';
import type { Send } from '../../renderer/src/app/archive/commands';
import { log, round } from './measure.mjs';

export interface SyncParams {
  count: number;
  edits: number;
  seed: number;
  url: string;
  username: string;
  password: string;
}

const CHUNK = 5000;

/** The app's `sync/apply` without the search index (see the module comment). */
const applyOnly = (async (_name: string, args: { batch: sync.IncomingBatch }) => sync.applyIncoming(args.batch)) as unknown as Send;

export async function runSyncPhase(p: SyncParams): Promise<Record<string, number>> {
  try {
    return await measureSync(p);
  } catch (error) {
    // page.evaluate only carries a message: name the error for whoever reads the bench output.
    throw new Error(error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : JSON.stringify(error), { cause: error });
  }
}

async function measureSync(p: SyncParams): Promise<Record<string, number>> {
  const stamp = Date.now().toString(36);
  useArchiveDb(`bench-sync-a-${stamp}`);
  const ids: string[] = [];
  for (let start = 0; start < p.count; start += CHUNK) {
    const items = generateTagged(Math.min(CHUNK, p.count - start), p.seed, start);
    const done = await commitImport({ fileNames: [`sync-${start}.txt`], bulletins: items.map((g) => g.bulletin) });
    ids.push(...done.added.map((s) => s.id));
  }
  const pouch = await sync.loadPouch();
  const target = { url: p.url, username: p.username, password: p.password };
  const copyA = sync.SyncCopy.open(pouch, { ...target, copyName: `bench-copy-a-${stamp}` });
  const copyB = sync.SyncCopy.open(pouch, { ...target, copyName: `bench-copy-b-${stamp}` });
  const deps = { send: applyOnly, sanitizeHtml: sanitizeBulletinHtml, now: Date.now };

  let t = performance.now();
  await exportLocal(copyA, { all: true, ids: [] }, new Set());
  const firstExportMs = performance.now() - t;
  t = performance.now();
  const pushed = await copyA.push();
  const firstPushMs = performance.now() - t;
  log(`sync: A exported ${ids.length} in ${round(firstExportMs)} ms, pushed ${pushed.docs_written} in ${round(firstPushMs)} ms`);

  useArchiveDb(`bench-sync-b-${stamp}`);
  t = performance.now();
  await copyB.pull();
  const firstPullMs = performance.now() - t;
  // B never exported: no in-step map, incoming changes are stored (the checkpoint is still kept).
  const stepsB = new InStepMap();
  await stepsB.load(copyB);
  t = performance.now();
  const applied = await applyPending(copyB, deps, stepsB);
  const firstApplyMs = performance.now() - t;
  log(`sync: B pulled in ${round(firstPullMs)} ms, stored ${applied.applied} in ${round(firstApplyMs)} ms`);

  useArchiveDb(`bench-sync-a-${stamp}`);
  const edited = ids.slice(0, p.edits);
  for (const [i, id] of edited.entries()) await updateBulletin(id, { title: `Edited title ${i}` });
  t = performance.now();
  await exportLocal(copyA, { all: false, ids: edited }, new Set());
  const incPushed = await copyA.push();
  const incPushMs = performance.now() - t;
  useArchiveDb(`bench-sync-b-${stamp}`);
  t = performance.now();
  await copyB.pull();
  const incApplied = await applyPending(copyB, deps, stepsB);
  const incPullMs = performance.now() - t;
  log(`sync: ${p.edits} edits: A → server ${round(incPushMs)} ms (${incPushed.docs_written} docs), server → B ${round(incPullMs)} ms (${incApplied.applied} stored)`);
  await copyA.destroy();
  await copyB.destroy();
  return {
    bulletins: ids.length,
    firstExportMs: round(firstExportMs),
    firstPushMs: round(firstPushMs),
    firstPullMs: round(firstPullMs),
    firstApplyMs: round(firstApplyMs),
    firstStored: applied.applied,
    incrementalPushMs: round(incPushMs),
    incrementalPullAndApplyMs: round(incPullMs),
    incrementalStored: incApplied.applied,
  };
}
