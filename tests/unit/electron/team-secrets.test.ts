import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTeamSecrets, type SafeStorageLike } from '../../../electron/main/team-secrets';

/** A reversible stand-in for the system keychain (XOR), visibly not plain text. */
function fakeSafeStorage(available = true): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => xor(Buffer.from(plain, 'utf8')),
    decryptString: (encrypted) => xor(encrypted).toString('utf8'),
  };
}

const file = () => join(mkdtempSync(join(tmpdir(), 'pa-secrets-')), 'team-archive-secret.json');

describe('team archive password store', () => {
  it('keeps the password encrypted, never in plain text, and reads it back for the same key', async () => {
    const path = file();
    const secrets = createTeamSecrets(fakeSafeStorage(), path);
    expect(await secrets.save('https://couch.example.org/team|ana', 'S3cret-pass')).toBe(true);
    expect(readFileSync(path, 'utf8')).not.toContain('S3cret-pass');
    expect(await secrets.load('https://couch.example.org/team|ana')).toBe('S3cret-pass');
    expect(await secrets.load('https://couch.example.org/team|luis')).toBeNull();
  });

  it('writes nothing when the system offers no encryption, and keeps the password for this run only', async () => {
    const path = file();
    const secrets = createTeamSecrets(fakeSafeStorage(false), path);
    expect(await secrets.save('k', 'pw')).toBe(false);
    expect(() => readFileSync(path)).toThrow();
    // The reload after a first connect finds it (no second prompt); another key does not.
    expect(await secrets.load('k')).toBe('pw');
    expect(await secrets.load('other')).toBeNull();
    // A new start (a new store over the same file) asks again.
    expect(await createTeamSecrets(fakeSafeStorage(false), path).load('k')).toBeNull();
    await secrets.forget();
    expect(await secrets.load('k')).toBeNull();
  });

  it('forgets the password', async () => {
    const secrets = createTeamSecrets(fakeSafeStorage(), file());
    await secrets.save('k', 'pw');
    await secrets.forget();
    expect(await secrets.load('k')).toBeNull();
  });
});
