/**
 * Incremental SHA-256 for kept originals' content addresses and the restore check, on
 * @noble/hashes. WebCrypto's `digest` takes the whole input at once, and Chromium hashes it on the
 * calling thread (measured: a 27 MB file blocked the page 43–214 ms in one task); fed in slices
 * with yields between them, no task runs long and nothing is copied. Also works where
 * `crypto.subtle` is missing (a page served over plain http).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Feed bytes with `update` (any number of times), then read `hex()` once. */
export class Sha256 {
  private readonly hash = sha256.create();

  update(bytes: Uint8Array): this {
    this.hash.update(bytes);
    return this;
  }

  /** The digest as 64 lowercase hex digits. */
  hex(): string {
    return bytesToHex(this.hash.digest());
  }
}
