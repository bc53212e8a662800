import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../../renderer/src/core/backup/sha256';

const node = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('incremental SHA-256', () => {
  it('matches the FIPS test vectors', () => {
    expect(new Sha256().update(new Uint8Array()).hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(new Sha256().update(new TextEncoder().encode('abc')).hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const two = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(new Sha256().update(new TextEncoder().encode(two)).hex()).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('gives the same digest as node:crypto however the bytes are sliced', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), fc.array(fc.nat({ max: 700 }), { maxLength: 6 }), (bytes, cuts) => {
        const hash = new Sha256();
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          hash.update(bytes.subarray(at, Math.max(at, Math.min(cut, bytes.length))));
          at = Math.max(at, Math.min(cut, bytes.length));
        }
        hash.update(bytes.subarray(at));
        expect(hash.hex()).toBe(node(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes a few megabytes in slices like node:crypto', () => {
    const big = new Uint8Array((3 << 20) + 17).map((_, i) => (i * 131) % 256);
    const hash = new Sha256();
    for (let at = 0; at < big.length; at += 1 << 20) hash.update(big.subarray(at, at + (1 << 20)));
    expect(hash.hex()).toBe(node(big));
  });
});
