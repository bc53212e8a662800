import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, storageEstimate } from '../../../renderer/src/data/storage';

afterEach(() => vi.unstubAllGlobals());

describe('storage helpers', () => {
  it('return safe defaults without navigator.storage', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
    expect(await storageEstimate()).toBeNull();
  });

  it('use navigator.storage when present', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, persist, estimate: async () => ({ usage: 10, quota: 100 }) },
    });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await storageEstimate()).toEqual({ usage: 10, quota: 100 });
  });
});
