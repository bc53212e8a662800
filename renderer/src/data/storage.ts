/** Browser storage persistence and quota (guarded: `navigator.storage` may be missing). */

interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function storageManager(): StorageManagerLike | null {
  if (typeof navigator === 'undefined') return null;
  return (navigator as { storage?: StorageManagerLike }).storage ?? null;
}

/**
 * Asks the browser not to evict the archive under storage pressure.
 * @returns true when storage is (now) persistent.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Bytes used and available to this origin, or null when the browser cannot tell. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = storageManager();
  if (!storage?.estimate) return null;
  try {
    const e = await storage.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  } catch {
    return null;
  }
}
