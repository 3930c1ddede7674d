import type { SqlDatabase, SqlSession } from '../sql';
import { checkCheckpointRoots } from './checkpoint-roots';
import type { Problem, Verification, VerifyOptions } from './problem';
import { checkStreamChains } from './stream-chains';

const REQUIRED_TABLES = ['streams', 'events', 'notary_checkpoints'] as const;

const missingTable = async (session: SqlSession): Promise<Problem | undefined> => {
  const { rows } = await session.query<{ name: string; present: boolean }>(
    'SELECT name, to_regclass(name) IS NOT NULL AS present FROM unnest($1::text[]) AS name',
    [REQUIRED_TABLES],
  );
  const missing = rows.find((row) => !row.present);
  return (
    missing && {
      kind: 'missing-table',
      message: `table ${missing.name} does not exist: this database was never migrated, or it was dropped`,
    }
  );
};

const verifySession = async (session: SqlSession, options: VerifyOptions): Promise<Verification> => {
  const batchSize = options.batchSize ?? 2000;
  const missing = await missingTable(session);
  if (missing) return { ok: false, problem: missing };
  const chains = await checkStreamChains(session, batchSize);
  if ('problem' in chains) return { ok: false, problem: chains.problem };
  const roots = await checkCheckpointRoots(session, batchSize, options.trustedKeyIds);
  if ('problem' in roots) return { ok: false, problem: roots.problem };
  return { ok: true, events: chains.events, checkpoints: roots.checkpoints, keyIds: roots.keyIds };
};

const isDatabase = (target: SqlDatabase | SqlSession): target is SqlDatabase => 'transaction' in target;

/**
 * Recomputes every stream's hash chain and the Merkle root of every notary checkpoint from the stored
 * rows, and names the first thing that does not match: stream problems first (in stream order), then
 * checkpoint problems (in settled order). It only reads.
 *
 * Given a database, it reads one snapshot (a read-only repeatable-read transaction), so writers that
 * carry on meanwhile cannot make it report a mismatch that is not there; on PGlite that transaction
 * holds the single session until the end. Given a session, it reads in whatever transaction that
 * session has open.
 */
export const verifyDatabase = async (
  target: SqlDatabase | SqlSession,
  options: VerifyOptions = {},
): Promise<Verification> => {
  if (!isDatabase(target)) return verifySession(target, options);
  return target.transaction(async (session) => {
    await session.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return verifySession(session, options);
  });
};
