import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Position } from '../port';
import { keyIdOf, type NotaryKey } from './signing-key';

/**
 * A signed statement that the first `treeSize` events of the log, in settled order up to and including
 * `position`, have the Merkle root `rootHash`. Reports cite it; `commonplan verify` checks it.
 */
export interface NotaryCheckpoint {
  readonly position: Position;
  readonly treeSize: number;
  /** RFC 6962 Merkle tree hash over the events' hashes, hex. */
  readonly rootHash: string;
  readonly signedAt: Date;
  readonly keyId: string;
  /** Ed25519 over `checkpointMessage(...)`, base64. */
  readonly signature: string;
}

export type UnsignedNotaryCheckpoint = Omit<NotaryCheckpoint, 'signature'>;

/** A checkpoint as stored: with the public key, so a verifier needs nothing but the database. */
export interface StoredNotaryCheckpoint extends NotaryCheckpoint {
  readonly publicKey: string;
}

// The first line tells this signature apart from anything else the same key might ever sign.
const CHECKPOINT_HEADER = 'commonplan checkpoint v1';

/**
 * The bytes that are signed: one field per line, in a fixed order, so anyone can rebuild them from a
 * published checkpoint with a text editor. `signedAt` is ISO 8601 in UTC to the millisecond.
 */
export const checkpointMessage = (checkpoint: UnsignedNotaryCheckpoint): Buffer =>
  Buffer.from(
    [
      CHECKPOINT_HEADER,
      checkpoint.position,
      String(checkpoint.treeSize),
      checkpoint.rootHash,
      checkpoint.signedAt.toISOString(),
      checkpoint.keyId,
      '',
    ].join('\n'),
    'utf8',
  );

export const signCheckpoint = (
  key: NotaryKey,
  checkpoint: Omit<UnsignedNotaryCheckpoint, 'keyId'>,
): NotaryCheckpoint => {
  const unsigned = { ...checkpoint, keyId: key.keyId };
  return { ...unsigned, signature: key.sign(checkpointMessage(unsigned)) };
};

export type SignatureCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

/** Checks that `publicKey` is the key the checkpoint names and that it signed these very fields. */
export const checkCheckpointSignature = (checkpoint: NotaryCheckpoint, publicKey: string): SignatureCheck => {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKey);
  } catch {
    return { valid: false, reason: 'its public key is not a readable PEM' };
  }
  if (key.asymmetricKeyType !== 'ed25519')
    return { valid: false, reason: `its public key is ${key.asymmetricKeyType}, not Ed25519` };
  if (keyIdOf(key) !== checkpoint.keyId)
    return { valid: false, reason: `its public key has id ${keyIdOf(key)}, not ${checkpoint.keyId}` };
  const signature = Buffer.from(checkpoint.signature, 'base64');
  return verify(null, checkpointMessage(checkpoint), key, signature)
    ? { valid: true }
    : { valid: false, reason: 'its signature does not match its fields' };
};
