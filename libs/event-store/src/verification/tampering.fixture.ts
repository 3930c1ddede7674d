import { generateKeyPairSync } from 'node:crypto';
import { signCheckpoint } from '../notary/checkpoint';
import { merkleRoot } from '../notary/merkle';
import { readNotaryCheckpoints } from '../notary/notary-tables';
import { notaryKey } from '../notary/signing-key';
import type { Position } from '../port';
import { eventHashSql, GENESIS_HASH_SQL } from '../postgres';
import type { SqlSession } from '../sql';
import type { ProblemKind } from './problem';

/** An event the last checkpoint covers, as the tampering picks it. */
export interface LoggedEvent {
  readonly streamName: string;
  readonly streamPosition: number;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly transactionId: string;
  readonly globalPosition: string;
}

export interface TamperContext {
  readonly session: SqlSession;
  /** The events under the last checkpoint, in settled order. */
  readonly covered: readonly LoggedEvent[];
  readonly random: () => number;
}

export interface Tampering {
  readonly name: string;
  /** What verification may answer: the first problem depends on which event was picked. */
  readonly caughtAs: readonly ProblemKind[];
  /** Changes the database directly with SQL and says what it did. */
  readonly apply: (context: TamperContext) => Promise<string>;
}

export const loadCovered = async (session: SqlSession, treeSize: number): Promise<LoggedEvent[]> => {
  const { rows } = await session.query<Record<string, string>>(
    `SELECT e.stream_name, e.stream_position::text AS stream_position, s.version::text AS version,
            e.event_id::text AS event_id, e.transaction_id::text AS transaction_id,
            e.global_position::text AS global_position
       FROM events e JOIN streams s USING (stream_name)
      ORDER BY e.transaction_id, e.global_position LIMIT $1`,
    [treeSize],
  );
  return rows.map((row) => ({
    streamName: row.stream_name!,
    streamPosition: Number(row.stream_position),
    streamVersion: Number(row.version),
    eventId: row.event_id!,
    transactionId: row.transaction_id!,
    globalPosition: row.global_position!,
  }));
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const anyEvent = ({ covered, random }: TamperContext): LoggedEvent => pick(random, covered);

const named = (event: LoggedEvent): string => `event ${event.streamPosition} of ${event.streamName}`;

/** Sets one column of one event by SQL expression and names what changed. */
const changeColumn =
  (column: string, expression: string): Tampering['apply'] =>
  async (context) => {
    const event = anyEvent(context);
    await context.session.query(`UPDATE events SET ${column} = ${expression} WHERE event_id = $1`, [
      event.eventId,
    ]);
    return `${column} of ${named(event)} set to ${expression}`;
  };

/** Recomputes the hashes of a stream from `from` on, and its stream row: a consistent forgery. */
const rechain = async (session: SqlSession, streamName: string, from: number): Promise<void> => {
  const { rows } = await session.query<{ version: string }>(
    'SELECT max(stream_position)::text AS version FROM events WHERE stream_name = $1',
    [streamName],
  );
  const version = Number(rows[0]!.version);
  for (let position = from; position <= version; position++)
    await session.query(
      `UPDATE events e SET event_hash = ${eventHashSql(
        `coalesce((SELECT p.event_hash FROM events p WHERE p.stream_name = e.stream_name
                    AND p.stream_position = e.stream_position - 1), ${GENESIS_HASH_SQL})`,
        'e',
      )} WHERE e.stream_name = $1 AND e.stream_position = $2`,
      [streamName, position],
    );
  await session.query(
    `UPDATE streams s SET version = e.stream_position, last_hash = e.event_hash
       FROM events e WHERE e.stream_name = s.stream_name AND s.stream_name = $1 AND e.stream_position = $2`,
    [streamName, version],
  );
};

/** Rewrites the tree of every checkpoint from the (tampered) log and signs it with a new key. */
const resignCheckpoints = async (session: SqlSession): Promise<void> => {
  const forger = notaryKey(generateKeyPairSync('ed25519').privateKey);
  const { rows } = await session.query<{ event_hash: Uint8Array; position: string }>(
    `SELECT event_hash, lpad(transaction_id::text, 20, '0') || ':' || lpad(global_position::text, 20, '0') AS position
       FROM events ORDER BY transaction_id, global_position, event_id`,
  );
  for (const checkpoint of await readNotaryCheckpoints(session)) {
    const leaves = rows.slice(0, checkpoint.treeSize);
    const forged = signCheckpoint(forger, {
      position: leaves[leaves.length - 1]!.position as Position,
      treeSize: checkpoint.treeSize,
      rootHash: merkleRoot(leaves.map((row) => Buffer.from(row.event_hash))).toString('hex'),
      signedAt: checkpoint.signedAt,
    });
    await session.query(
      `UPDATE notary_checkpoints SET position = $2, root_hash = $3, key_id = $4, public_key = $5, signature = $6
        WHERE tree_size = $1`,
      [
        forged.treeSize,
        forged.position,
        Buffer.from(forged.rootHash, 'hex'),
        forged.keyId,
        forger.publicKey,
        forged.signature,
      ],
    );
  }
};

const CHAIN: readonly ProblemKind[] = ['hash-mismatch'];
const SHAPE: readonly ProblemKind[] = [
  'hash-mismatch',
  'position-gap',
  'stream-missing',
  'stream-mismatch',
  'stream-empty',
];
const MERKLE: readonly ProblemKind[] = [
  'checkpoint-root-mismatch',
  'checkpoint-position-mismatch',
  'checkpoint-beyond-log',
];

export const tamperings: readonly Tampering[] = [
  { name: 'change data', caughtAs: CHAIN, apply: changeColumn('data', `data || '{"forged": true}'`) },
  {
    name: 'change metadata',
    caughtAs: CHAIN,
    apply: changeColumn('metadata', `jsonb_set(metadata, '{actor}', '"participant-999"')`),
  },
  { name: 'change the event type', caughtAs: CHAIN, apply: changeColumn('event_type', `'MotionWithdrawn'`) },
  {
    name: 'change the schema version',
    caughtAs: CHAIN,
    apply: changeColumn('schema_version', 'schema_version + 1'),
  },
  {
    name: 'move recorded_at by a microsecond',
    caughtAs: CHAIN,
    apply: changeColumn('recorded_at', `recorded_at + interval '1 microsecond'`),
  },
  { name: 'change the event id', caughtAs: CHAIN, apply: changeColumn('event_id', 'gen_random_uuid()') },
  {
    name: 'change the stored hash',
    caughtAs: CHAIN,
    apply: changeColumn('event_hash', `sha256(event_hash)`),
  },
  {
    name: "change an event's stream type",
    caughtAs: ['stream-mismatch'],
    apply: changeColumn('stream_type', `'council'`),
  },
  {
    name: 'change a stream row',
    caughtAs: ['stream-mismatch'],
    apply: async (context) => {
      const event = anyEvent(context);
      const change = pick(context.random, ['version = version + 1', 'last_hash = sha256(last_hash)']);
      await context.session.query(`UPDATE streams SET ${change} WHERE stream_name = $1`, [event.streamName]);
      return `set ${change} for stream ${event.streamName}`;
    },
  },
  {
    name: 'move an event to another stream',
    caughtAs: SHAPE,
    apply: changeColumn('stream_name', `'motion-forged'`),
  },
  {
    name: 'delete an event',
    caughtAs: SHAPE,
    apply: async (context) => {
      const event = anyEvent(context);
      await context.session.query('DELETE FROM events WHERE event_id = $1', [event.eventId]);
      return `deleted ${named(event)}`;
    },
  },
  {
    name: 'swap two events of a stream',
    caughtAs: CHAIN,
    apply: async (context) => {
      const event = pick(
        context.random,
        context.covered.filter((e) => e.streamVersion >= 2),
      );
      const other = event.streamPosition === 1 ? 2 : event.streamPosition - 1;
      // Through a free position: the primary key is checked row by row.
      for (const [from, to] of [
        [event.streamPosition, -1],
        [other, event.streamPosition],
        [-1, other],
      ])
        await context.session.query(
          'UPDATE events SET stream_position = $3 WHERE stream_name = $1 AND stream_position = $2',
          [event.streamName, from, to],
        );
      return `swapped events ${event.streamPosition} and ${other} of ${event.streamName}`;
    },
  },
  {
    name: 'forge an event with a correct hash chain, under the last checkpoint',
    caughtAs: MERKLE,
    apply: async (context) => {
      // Not the checkpoint's last event: a tie on its position could sort the forgery after it.
      const event = pick(context.random, context.covered.slice(0, -1));
      await context.session.query(
        `INSERT INTO events (transaction_id, global_position, stream_name, stream_type, stream_position, event_id,
                             event_type, schema_version, data, metadata, recorded_at, event_hash)
         OVERRIDING SYSTEM VALUE
         SELECT $2::text::xid8, $3::bigint, s.stream_name, s.stream_type, s.version + 1, gen_random_uuid(),
                'CommentSubmitted', 1, '{"text": "forged"}', '{"correlationId": "forged"}', now(), ''::bytea
           FROM streams s WHERE s.stream_name = $1`,
        [event.streamName, event.transactionId, event.globalPosition],
      );
      await rechain(context.session, event.streamName, event.streamVersion + 1);
      return `appended a forged event to ${event.streamName} at ${event.transactionId}:${event.globalPosition}`;
    },
  },
  {
    name: 'rewrite a stream with a consistent hash chain',
    caughtAs: MERKLE,
    apply: async (context) => {
      const event = anyEvent(context);
      await context.session.query(`UPDATE events SET data = data || '{"forged": true}' WHERE event_id = $1`, [
        event.eventId,
      ]);
      await rechain(context.session, event.streamName, event.streamPosition);
      return `changed ${named(event)} and rewrote the chain after it`;
    },
  },
  {
    name: "delete a stream's last event and roll its stream row back",
    caughtAs: MERKLE,
    apply: async (context) => {
      const event = pick(
        context.random,
        context.covered.filter((e) => e.streamVersion >= 2 && e.streamPosition === e.streamVersion),
      );
      await context.session.query('DELETE FROM events WHERE event_id = $1', [event.eventId]);
      await rechain(context.session, event.streamName, event.streamPosition);
      return `deleted ${named(event)}, its last`;
    },
  },
  {
    name: 'reorder two events in the settled log',
    caughtAs: MERKLE,
    apply: async (context) => {
      const first = anyEvent(context);
      const second = pick(
        context.random,
        context.covered.filter((e) => e.transactionId !== first.transactionId),
      );
      await context.session.query(
        `UPDATE events e SET transaction_id = o.transaction_id
           FROM events o WHERE (e.event_id, o.event_id) IN (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
        [first.eventId, second.eventId],
      );
      return `swapped the transaction ids of ${named(first)} and ${named(second)}`;
    },
  },
  {
    name: 'change a checkpoint',
    caughtAs: ['checkpoint-signature'],
    apply: async ({ session, random }) => {
      const change = pick(random, [
        'root_hash = sha256(root_hash)',
        `signed_at = signed_at + interval '1 second'`,
        // The last digit of the transaction id, to another digit.
        `position = overlay(position placing ((substr(position, 20, 1)::int + 1) % 10)::text from 20 for 1)`,
      ]);
      const { treeSize } = pick(random, await readNotaryCheckpoints(session));
      await session.query(`UPDATE notary_checkpoints SET ${change} WHERE tree_size = $1`, [treeSize]);
      return `set ${change} in checkpoint ${treeSize}`;
    },
  },
  {
    name: 'rewrite a stream and re-sign every checkpoint with a key of ones own',
    caughtAs: ['checkpoint-untrusted-key'],
    apply: async (context) => {
      const event = anyEvent(context);
      await context.session.query(`UPDATE events SET data = data || '{"forged": true}' WHERE event_id = $1`, [
        event.eventId,
      ]);
      await rechain(context.session, event.streamName, event.streamPosition);
      await resignCheckpoints(context.session);
      return `changed ${named(event)}, rewrote its chain and re-signed every checkpoint`;
    },
  },
];
