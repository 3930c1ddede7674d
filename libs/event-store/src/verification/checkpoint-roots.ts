import { checkCheckpointSignature, type StoredNotaryCheckpoint } from '../notary/checkpoint';
import { MerkleAccumulator } from '../notary/merkle';
import { readNotaryCheckpoints } from '../notary/notary-tables';
import { decodePosition } from '../postgres/position';
import type { SqlSession } from '../sql';
import type { Problem } from './problem';

interface LeafRow {
  readonly transaction_id: string;
  readonly global_position: string;
  readonly event_id: string;
  readonly stream_name: string;
  readonly stream_position: string | number;
  readonly event_hash: Uint8Array;
}

// Settled order, as the notary read it: (transaction id, global position). The unique event id breaks
// ties that only a forged row can create, so paging never skips one. The columns are qualified because
// an unqualified ORDER BY name means the output column: the text casts, which sort 10 before 9.
const SELECT = `
SELECT e.transaction_id::text AS transaction_id, e.global_position::text AS global_position,
       e.event_id::text AS event_id, e.stream_name, e.stream_position, e.event_hash
  FROM events e`;
const ORDER = 'ORDER BY e.transaction_id, e.global_position, e.event_id LIMIT';
const FIRST_PAGE = `${SELECT} ${ORDER} $1`;
const NEXT_PAGE = `${SELECT}
 WHERE (e.transaction_id, e.global_position, e.event_id) > ($1::xid8, $2::bigint, $3::uuid) ${ORDER} $4`;

const named = (checkpoint: StoredNotaryCheckpoint): string =>
  `checkpoint ${checkpoint.treeSize} (signed ${checkpoint.signedAt.toISOString()} by key ${checkpoint.keyId})`;

const checkSignature = (
  checkpoint: StoredNotaryCheckpoint,
  trusted: ReadonlySet<string> | undefined,
): Problem | undefined => {
  const signature = checkCheckpointSignature(checkpoint, checkpoint.publicKey);
  if (!signature.valid)
    return {
      kind: 'checkpoint-signature',
      treeSize: checkpoint.treeSize,
      message: `${named(checkpoint)} is not what its notary signed: ${signature.reason}`,
    };
  if (trusted && !trusted.has(checkpoint.keyId))
    return {
      kind: 'checkpoint-untrusted-key',
      treeSize: checkpoint.treeSize,
      message: `${named(checkpoint)} is signed by a key that is not among the trusted ones`,
    };
  return undefined;
};

const isAt = (checkpoint: StoredNotaryCheckpoint, row: LeafRow): boolean => {
  try {
    const { transactionId, globalPosition } = decodePosition(checkpoint.position);
    return transactionId === BigInt(row.transaction_id) && globalPosition === BigInt(row.global_position);
  } catch {
    return false;
  }
};

const checkRoot = (
  checkpoint: StoredNotaryCheckpoint,
  tree: MerkleAccumulator,
  row: LeafRow,
  previousSize: number,
): Problem | undefined => {
  if (tree.root().toString('hex') !== checkpoint.rootHash)
    return {
      kind: 'checkpoint-root-mismatch',
      treeSize: checkpoint.treeSize,
      message:
        `the first ${checkpoint.treeSize} events of the log do not have the Merkle root of ` +
        `${named(checkpoint)}: among events ${previousSize + 1} to ${checkpoint.treeSize} in settled order, ` +
        'one was changed, added, removed or moved',
    };
  if (!isAt(checkpoint, row))
    return {
      kind: 'checkpoint-position-mismatch',
      treeSize: checkpoint.treeSize,
      streamName: row.stream_name,
      streamPosition: Number(row.stream_position),
      eventId: row.event_id,
      globalPosition: Number(row.global_position),
      message: `${named(checkpoint)} ends at position ${checkpoint.position}, but event ${checkpoint.treeSize} of the log is at ${row.transaction_id}:${row.global_position}`,
    };
  return undefined;
};

/**
 * Folds the events' hashes in settled order into an RFC 6962 tree, as the notary did, and checks every
 * checkpoint's signature and, when the tree reaches its size, its root and position.
 */
export const checkCheckpointRoots = async (
  session: SqlSession,
  batchSize: number,
  trustedKeyIds: readonly string[] | undefined,
): Promise<{ readonly checkpoints: number; readonly keyIds: string[] } | { readonly problem: Problem }> => {
  const checkpoints = await readNotaryCheckpoints(session);
  const trusted = trustedKeyIds && new Set(trustedKeyIds);
  const tree = MerkleAccumulator.empty();
  let next = 0;
  let previousSize = 0;
  let last: LeafRow | undefined;
  while (next < checkpoints.length) {
    const { rows } = await session.query<LeafRow>(
      last ? NEXT_PAGE : FIRST_PAGE,
      last ? [last.transaction_id, last.global_position, last.event_id, batchSize] : [batchSize],
    );
    for (const row of rows) {
      tree.append(Buffer.from(row.event_hash));
      const checkpoint = checkpoints[next];
      if (checkpoint?.treeSize !== tree.size) continue;
      const problem = checkSignature(checkpoint, trusted) ?? checkRoot(checkpoint, tree, row, previousSize);
      if (problem) return { problem };
      previousSize = checkpoint.treeSize;
      next += 1;
      if (next === checkpoints.length) break;
    }
    last = rows[rows.length - 1];
    if (rows.length < batchSize) break;
  }
  const beyond = checkpoints[next];
  if (beyond)
    return {
      problem: checkSignature(beyond, trusted) ?? {
        kind: 'checkpoint-beyond-log',
        treeSize: beyond.treeSize,
        message: `${named(beyond)} covers ${beyond.treeSize} events, but the log holds only ${tree.size}`,
      },
    };
  return { checkpoints: checkpoints.length, keyIds: [...new Set(checkpoints.map((c) => c.keyId))].sort() };
};
