import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Blob layout: version ‖ nonce ‖ ciphertext ‖ tag. The version lets a later cipher coexist with old rows.
const VERSION = 1;
const KEY_BYTES = 32;
// 96-bit random nonces are the GCM standard size (NIST SP 800-38D §8.2.2); each key seals few values.
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + NONCE_BYTES;

/** A fresh AES-256 key, one per person: erasing the person deletes this key (ARCHITECTURE.md §6). */
export function generateDataKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** AES-256-GCM seal into one self-describing blob; the version byte is authenticated too. */
export function sealWithKey(key: Uint8Array, plaintext: Uint8Array): Uint8Array {
  requireKey(key);
  const header = Buffer.concat([Buffer.of(VERSION), randomBytes(NONCE_BYTES)]);
  const cipher = createCipheriv('aes-256-gcm', key, header.subarray(1), { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
}

/** Opens a blob from sealWithKey; throws when it was altered or sealed under another key. */
export function openWithKey(key: Uint8Array, blob: Uint8Array): Uint8Array {
  requireKey(key);
  if (blob.length < HEADER_BYTES + TAG_BYTES) throw new Error('vault blob is too short to be sealed');
  if (blob[0] !== VERSION) throw new Error(`vault blob has unknown version ${String(blob[0])}`);
  const header = blob.subarray(0, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(1), { authTagLength: TAG_BYTES });
  decipher.setAAD(header);
  decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(blob.subarray(HEADER_BYTES, blob.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new Error('vault blob failed authentication: it was altered or sealed under another key');
  }
}

/** Seals a person's data key under the master key, so only wrapped keys are stored. */
export function wrapKey(masterKey: Uint8Array, dataKey: Uint8Array): Uint8Array {
  requireKey(dataKey);
  return sealWithKey(masterKey, dataKey);
}

export function unwrapKey(masterKey: Uint8Array, wrapped: Uint8Array): Uint8Array {
  const dataKey = openWithKey(masterKey, wrapped);
  requireKey(dataKey);
  return dataKey;
}

/**
 * Reads the configured master key: canonical base64 of exactly 32 bytes. Strict, because Buffer's
 * base64 decoder skips invalid characters and a mistyped key would otherwise become a different key.
 * Messages never echo the value.
 */
export function parseMasterKey(configured: string): Uint8Array {
  const text = configured.trim();
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== text)
    throw new Error(`the vault master key must be the base64 of exactly ${KEY_BYTES} bytes`);
  return key;
}

function requireKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new Error(`a vault key must be ${KEY_BYTES} bytes, got ${key.length}`);
}
