import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { byteaOf, type SqlDatabase, type SqlSession } from '@commonplan/event-store';
import { RuleViolated } from '@commonplan/kernel';
import { SQL_DATABASE } from '@commonplan/nest';

/**
 * Where a voter's ballot lives: a stream whose id is an HMAC of the voter's id under the cycle's
 * secret (ARCHITECTURE §6). One voter, one stream, across online and paper, while the secret exists;
 * once results are final it is destroyed, and no one can tell whose ballot a stream holds.
 */
@Injectable()
export class BallotBox {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  /** In the transaction that opens the cycle, so no cycle is ever without its secret. */
  async createSecret(session: SqlSession, cycleId: string): Promise<void> {
    await session.query('INSERT INTO budgeting_ballot_secrets (cycle_id, secret) VALUES ($1, $2)', [
      cycleId,
      randomBytes(32),
    ]);
  }

  async ballotIdOf(cycleId: string, participantId: string, session: SqlSession = this.db): Promise<string> {
    return ballotIdUnder(await this.secretOf(cycleId, session), participantId);
  }

  async secretOf(cycleId: string, session: SqlSession = this.db): Promise<Uint8Array> {
    const { rows } = await session.query<{ secret: Uint8Array | string }>(
      'SELECT secret FROM budgeting_ballot_secrets WHERE cycle_id = $1',
      [cycleId],
    );
    if (!rows[0])
      throw new RuleViolated('ballot.box-sealed', 'this cycle’s ballot box is sealed: its results are final');
    return byteaOf(rows[0].secret);
  }

  /** Once results are final: from now on ballots cannot be traced back to anyone. */
  async destroySecret(session: SqlSession, cycleId: string): Promise<void> {
    await session.query('DELETE FROM budgeting_ballot_secrets WHERE cycle_id = $1', [cycleId]);
  }
}

/** The stream of `participantId`'s ballot in the cycle whose secret this is. */
export const ballotIdUnder = (secret: Uint8Array, participantId: string): string =>
  createHmac('sha256', secret).update(participantId).digest('hex');
