/**
 * The team-archive password on the desktop (issue 24): encrypted with Electron's `safeStorage`
 * (the system keychain: Keychain, DPAPI, libsecret) and kept in one file in the user-data folder as
 * the encrypted bytes only, never the password itself. Where the system offers no encryption
 * (`isEncryptionAvailable()` false, e.g. Linux without a keyring) nothing is written: the password
 * stays in this process's memory only, so the reload that admits a newly connected server does not
 * ask for it again, and the person types it at the next start, as in the web twin. `safeStorage`
 * and the file system are passed in, so this logic runs under unit tests.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface TeamSecrets {
  /**
   * Keeps the password for `key` (server + database + user).
   * @returns false when it could not be kept across restarts (then it is kept in memory for this run).
   */
  save(key: string, password: string): Promise<boolean>;
  /** The kept password for `key`, or null (none kept, another key, or it no longer decrypts). */
  load(key: string): Promise<string | null>;
  forget(): Promise<void>;
}

interface StoredSecret {
  key: string;
  /** base64 of safeStorage's encrypted bytes. */
  encrypted: string;
}

export function createTeamSecrets(safeStorage: SafeStorageLike, file: string): TeamSecrets {
  // Without a keychain: this run's password, never written anywhere.
  let inMemory: { key: string; password: string } | null = null;
  return {
    async save(key, password) {
      if (!safeStorage.isEncryptionAvailable()) {
        inMemory = { key, password };
        return false;
      }
      const stored: StoredSecret = { key, encrypted: safeStorage.encryptString(password).toString('base64') };
      await writeFile(file, JSON.stringify(stored), { mode: 0o600 });
      return true;
    },
    async load(key) {
      if (!safeStorage.isEncryptionAvailable()) return inMemory?.key === key ? inMemory.password : null;
      try {
        const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<StoredSecret>;
        if (stored.key !== key || typeof stored.encrypted !== 'string') return null;
        return safeStorage.decryptString(Buffer.from(stored.encrypted, 'base64'));
      } catch {
        return null;
      }
    },
    async forget() {
      inMemory = null;
      await rm(file, { force: true });
    },
  };
}
