// The in-step map kept in the sync copy: what one window saves another reads back the same, the full
// map is rewritten only once the changed entries pass a quarter of it, and a write cut short between
// a new snapshot and the checkpoint naming it leaves the previous state whole.
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { InStepMap } from '../../../../renderer/src/app/archive/sync/in-step';
import { SyncCopy, type PouchFactory } from '../../../../renderer/src/data/sync';
import type { PouchDatabase } from '../../../../renderer/src/data/sync/pouch';

const require = createRequire(import.meta.url);
type Constructor = new (name: string, options: { adapter: string }) => PouchDatabase;
const PouchDB = (require('pouchdb-core') as { plugin(p: unknown): Constructor }).plugin(require('pouchdb-adapter-memory'));

let run = 0;
function openCopy(): SyncCopy {
  const name = `in-step-${Date.now()}-${run++}`;
  const pouch: PouchFactory = { local: () => new PouchDB(name, { adapter: 'memory' }), remote: () => new PouchDB(`${name}-server`, { adapter: 'memory' }) };
  return SyncCopy.open(pouch, { url: 'http://127.0.0.1:5999/team', username: 'ana', password: 'pw' });
}

function revisions(n: number, suffix: string): Map<string, string> {
  return new Map(Array.from({ length: n }, (_, i) => [`bulletin:${i}`, `1-${suffix}${i}`]));
}

async function loaded(copy: SyncCopy): Promise<InStepMap> {
  const map = new InStepMap();
  await map.load(copy);
  return map;
}

describe('the in-step map in the sync copy', () => {
  it('is unknown until the first export, then read back the same by another window', async () => {
    const copy = openCopy();
    const here = await loaded(copy);
    expect(here.map).toBeNull();
    await here.replace(copy, revisions(3, 'a'));
    await here.settle(copy, new Map([['bulletin:1', '2-b'], ['bulletin:2', null]]), 7);
    const other = await loaded(copy);
    expect(other.appliedSeq).toBe(7);
    expect(other.map).toEqual(new Map([['bulletin:0', '1-a0'], ['bulletin:1', '2-b']]));
  });

  it('writes the full map only when the changed entries pass a quarter of it', async () => {
    const copy = openCopy();
    const here = await loaded(copy);
    const snapshots = vi.spyOn(copy, 'writeSnapshot');
    await here.replace(copy, revisions(4000, 'a'));
    expect(snapshots).toHaveBeenCalledTimes(1);
    // A cycle with a few edits changes a few entries: they go into the checkpoint only.
    const next = revisions(4000, 'a');
    for (const i of [5, 6, 7]) next.set(`bulletin:${i}`, `2-e${i}`);
    await here.replace(copy, next);
    expect(snapshots).toHaveBeenCalledTimes(1);
    expect(Object.keys((await copy.readBridge()).overrides ?? {})).toEqual(['bulletin:5', 'bulletin:6', 'bulletin:7']);
    expect((await loaded(copy)).map).toEqual(next);
    // Most of the map changed: a new snapshot, the changed entries start again from none.
    await here.replace(copy, revisions(4000, 'c'));
    expect(snapshots).toHaveBeenCalledTimes(2);
    expect((await copy.readBridge()).overrides).toEqual({});
    expect((await loaded(copy)).map).toEqual(revisions(4000, 'c'));
  });

  it('a write cut short after the new snapshot leaves the previous map; the window that failed reloads it', async () => {
    const copy = openCopy();
    const here = await loaded(copy);
    await here.replace(copy, revisions(2000, 'a'));
    vi.spyOn(copy, 'writeBridge').mockRejectedValueOnce(new Error('the window was closed'));
    await expect(here.replace(copy, revisions(2000, 'b'))).rejects.toThrow('closed');
    expect((await loaded(copy)).map).toEqual(revisions(2000, 'a'));
    await here.load(copy);
    expect(here.map).toEqual(revisions(2000, 'a'));
  });

  it('a window reloads the map only when another one wrote it', async () => {
    const copy = openCopy();
    const here = await loaded(copy);
    await here.replace(copy, revisions(10, 'a'));
    const reads = vi.spyOn(copy, 'readSnapshot');
    await here.load(copy);
    expect(reads).not.toHaveBeenCalled();
    const other = await loaded(copy);
    await other.settle(copy, new Map([['bulletin:3', '2-x']]), 4);
    await here.load(copy);
    expect(here.map?.get('bulletin:3')).toBe('2-x');
    expect(here.appliedSeq).toBe(4);
  });
});
