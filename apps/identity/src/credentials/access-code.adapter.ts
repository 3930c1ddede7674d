import { randomBytes } from 'node:crypto';
import { ACCESS_CODE_RANDOM_BYTES, formatAccessCode, normaliseAccessCode } from './access-code';
import { hmacSha256Hex } from './hmac.adapter';

/** A fresh code to print on a letter, `XXXX-XXXX-XXXX`. */
export function newAccessCode(): string {
  return formatAccessCode(randomBytes(ACCESS_CODE_RANDOM_BYTES));
}

/**
 * The stored form of an access code. Keyed with a pepper kept outside the database, because 60 bits
 * could be brute-forced from a leaked table of plain hashes. Undefined when the text cannot be a code.
 */
export function accessCodeDigest(pepper: Uint8Array, code: string): string | undefined {
  const canonical = normaliseAccessCode(code);
  return canonical === undefined ? undefined : hmacSha256Hex(pepper, canonical);
}
