// IndexUpkeep saves the index only when no update is in flight, so a saved index is never stamped
// with the fingerprint of data it does not reflect yet.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndexUpkeep } from '../../../renderer/src/app/archive/index-upkeep';
import type { SearchPort } from '../../../renderer/src/app/archive/search-port';
import * as data from '../../../renderer/src/data';

function countingPort(): SearchPort & { saves: number } {
  const port = {
    saves: 0,
    add: async () => 0,
    remove: async () => 0,
    clear: async () => undefined,
    size: async () => 0,
    has: async () => false,
    ids: async () => [],
    search: async () => ({ ids: [], total: 0, facets: { languages: {}, countries: {}, organisations: {}, tags: {}, years: {} } }),
    suggest: async () => undefined,
    export: async () => [],
    import: async () => 0,
    persist: async () => {
      port.saves++;
      return 0;
    },
  };
  return port as unknown as SearchPort & { saves: number };
}

beforeEach(() => {
  data.useArchiveDb(`upkeep-${Date.now()}-${Math.random()}`);
});
afterEach(() => {
  vi.useRealTimers();
  data.closeArchiveDb();
});

describe('IndexUpkeep', () => {
  it('holds the save back while an update is in flight, and saves once after it ends', async () => {
    vi.useFakeTimers();
    const port = countingPort();
    const upkeep = new IndexUpkeep(port, () => '', () => undefined);
    let finishSlow!: () => void;
    const slow = upkeep.track(() => new Promise<void>((resolve) => (finishSlow = resolve)));
    // A quick update ends and schedules a save while the slow one still runs.
    await upkeep.track(async () => undefined);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(port.saves).toBe(0);
    finishSlow();
    await slow;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(port.saves).toBe(1);
  });

  it('flush saves a pending save at once; dispose drops it', async () => {
    vi.useFakeTimers();
    const port = countingPort();
    const upkeep = new IndexUpkeep(port, () => '', () => undefined);
    await upkeep.track(async () => undefined);
    // The save reads the archive's fingerprint (fake IndexedDB runs on the faked timers too).
    const flushed = upkeep.flush();
    await vi.advanceTimersByTimeAsync(100);
    await flushed;
    expect(port.saves).toBe(1);
    await upkeep.track(async () => undefined);
    upkeep.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(port.saves).toBe(1);
  });
});
