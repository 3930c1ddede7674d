export type ProblemKind =
  /** A table verification needs does not exist: the database was never migrated, or it was dropped. */
  | 'missing-table'
  /** An event's stored hash is not sha256(previous hash ‖ its canonical form). */
  | 'hash-mismatch'
  /** A stream's positions are not 1, 2, 3…: an event was removed, moved or duplicated. */
  | 'position-gap'
  /** Events of a stream that has no row in `streams`. */
  | 'stream-missing'
  /** A stream row whose version, last hash or type does not match its events. */
  | 'stream-mismatch'
  /** A stream row that claims events the log does not hold. */
  | 'stream-empty'
  /** A checkpoint whose signature, key or position is not what its notary signed. */
  | 'checkpoint-signature'
  /** A checkpoint signed by a key the caller does not trust. */
  | 'checkpoint-untrusted-key'
  /** The log's first `treeSize` events do not have the Merkle root the checkpoint signed. */
  | 'checkpoint-root-mismatch'
  /** The checkpoint's last event is not the event at its position. */
  | 'checkpoint-position-mismatch'
  /** A checkpoint covers more events than the log holds. */
  | 'checkpoint-beyond-log';

export interface Problem {
  readonly kind: ProblemKind;
  readonly message: string;
  readonly streamName?: string;
  readonly streamPosition?: number;
  readonly eventId?: string;
  readonly globalPosition?: number;
  /** The checkpoint's size, for checkpoint problems. */
  readonly treeSize?: number;
}

export type Verification =
  | {
      readonly ok: true;
      readonly events: number;
      readonly checkpoints: number;
      /** Who signed the checkpoints: compare with the key the city published. */
      readonly keyIds: readonly string[];
    }
  | { readonly ok: false; readonly problem: Problem };

export interface VerifyOptions {
  /** Events read per query; the log is read in pages of this size, never all at once. */
  readonly batchSize?: number;
  /**
   * Key ids the caller trusts. Checkpoints carry their public key, so without this list a forger who
   * rewrites the log and re-signs every checkpoint with a key of their own is caught only by someone
   * who compares `keyIds` with the published key.
   */
  readonly trustedKeyIds?: readonly string[];
}
