import { hmacSha256Hex } from './hmac.adapter';

/**
 * A keyed digest of an e-mail address, so a person can be found by e-mail while the address itself
 * lives only encrypted in the vault (ARCHITECTURE.md §6). Normalised by trimming and lower-casing so
 * "Ana@Example.org " finds the same person; NFC so composed and decomposed accents agree.
 */
export function blindIndex(indexKey: Uint8Array, value: string): string {
  return hmacSha256Hex(indexKey, value.trim().normalize('NFC').toLowerCase());
}
