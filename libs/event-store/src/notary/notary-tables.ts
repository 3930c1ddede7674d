import { START, type Position } from '../port';
import type { SqlSession } from '../sql';
import type { NotaryCheckpoint, StoredNotaryCheckpoint } from './checkpoint';
import { HASH_BYTES, MerkleAccumulator } from './merkle';

interface CheckpointRow {
  readonly tree_size: string | number | bigint;
  readonly position: string;
  readonly root_hash: Uint8Array;
  readonly signed_at: Date | string;
  readonly key_id: string;
  readonly public_key: string;
  readonly signature: string;
}

const CHECKPOINT_COLUMNS = 'tree_size, position, root_hash, signed_at, key_id, public_key, signature';

// `pg` returns bigint as text and bytea as Buffer; PGlite may return numbers and Uint8Array.
const checkpointOf = (row: CheckpointRow): StoredNotaryCheckpoint => ({
  treeSize: Number(row.tree_size),
  position: row.position as Position,
  rootHash: Buffer.from(row.root_hash).toString('hex'),
  signedAt: new Date(row.signed_at),
  keyId: row.key_id,
  publicKey: row.public_key,
  signature: row.signature,
});

/** Every checkpoint, smallest tree first. */
export const readNotaryCheckpoints = async (session: SqlSession): Promise<StoredNotaryCheckpoint[]> => {
  const { rows } = await session.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM notary_checkpoints ORDER BY tree_size`,
  );
  return rows.map(checkpointOf);
};

/** The checkpoint a report cites: the newest one. */
export const latestNotaryCheckpoint = async (
  session: SqlSession,
): Promise<StoredNotaryCheckpoint | undefined> => {
  const { rows } = await session.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM notary_checkpoints ORDER BY tree_size DESC LIMIT 1`,
  );
  return rows[0] && checkpointOf(rows[0]);
};

/** Where the notary has read to, and its Merkle frontier there. */
export interface NotaryProgress {
  readonly position: Position;
  readonly tree: MerkleAccumulator;
}

export const loadProgress = async (session: SqlSession): Promise<NotaryProgress> => {
  const { rows } = await session.query<{
    position: string;
    tree_size: string | number;
    frontier: Uint8Array;
  }>('SELECT position, tree_size, frontier FROM notary_state');
  const row = rows[0];
  if (!row) return { position: START, tree: MerkleAccumulator.empty() };
  const bytes = Buffer.from(row.frontier);
  const frontier = Array.from({ length: bytes.length / HASH_BYTES }, (_, i) =>
    bytes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES),
  );
  return {
    position: row.position as Position,
    tree: MerkleAccumulator.restore({ size: Number(row.tree_size), frontier }),
  };
};

/**
 * Another notary saved since this one last did. Two notaries on one log would sign competing
 * checkpoints and overwrite each other's state, so the one that finds out stops.
 */
export class NotaryConflict extends Error {
  constructor(expected: number, found: number) {
    super(
      `the notary's saved tree has ${found} events, not the ${expected} this notary saved last: ` +
        'is a second notary running on this database?',
    );
    this.name = 'NotaryConflict';
  }
}

/**
 * Writes a checkpoint and the state it was computed from in one transaction (`session` must be in
 * one), so the notary resumes exactly where its last checkpoint ends: never folding an event twice,
 * never skipping one. `savedSize` is the tree size this notary last saved, the optimistic lock.
 */
export const saveCheckpoint = async (
  session: SqlSession,
  savedSize: number,
  checkpoint: NotaryCheckpoint,
  publicKey: string,
  tree: MerkleAccumulator,
): Promise<void> => {
  const { rows } = await session.query<{ tree_size: string | number }>(
    'SELECT tree_size FROM notary_state FOR UPDATE',
  );
  const found = rows[0] ? Number(rows[0].tree_size) : 0;
  if (found !== savedSize) throw new NotaryConflict(savedSize, found);
  const state = [checkpoint.position, checkpoint.treeSize, Buffer.concat(tree.state().frontier)];
  // Without a row there is nothing to lock: a plain INSERT makes the slower of two first saves fail.
  await session.query(
    rows[0]
      ? 'UPDATE notary_state SET position = $1, tree_size = $2, frontier = $3, updated_at = now()'
      : 'INSERT INTO notary_state (position, tree_size, frontier) VALUES ($1, $2, $3)',
    state,
  );
  await session.query(
    `INSERT INTO notary_checkpoints (${CHECKPOINT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      checkpoint.treeSize,
      checkpoint.position,
      Buffer.from(checkpoint.rootHash, 'hex'),
      checkpoint.signedAt,
      checkpoint.keyId,
      publicKey,
      checkpoint.signature,
    ],
  );
};
