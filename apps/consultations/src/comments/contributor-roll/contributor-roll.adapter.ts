import { Inject, Injectable } from '@nestjs/common';
import type { SqlDatabase, SqlSession } from '@commonplan/event-store';
import type { VerificationLevel } from '@commonplan/kernel';
import { SQL_DATABASE } from '@commonplan/nest';

/**
 * How well consultations knows where each participant lives, learnt from identity's published
 * `ResidenceVerified` events and nothing else: one it has not heard of has declared nothing. Only the
 * level is kept: district and age band decide no consultation, so they are not collected here.
 */
@Injectable()
export class ContributorRoll {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async levelOf(participantId: string, session: SqlSession = this.db): Promise<VerificationLevel> {
    const { rows } = await session.query<{ level: VerificationLevel }>(
      'SELECT level FROM consultations_contributor_roll WHERE participant_id = $1',
      [participantId],
    );
    return rows[0]?.level ?? 'none';
  }

  /** The latest verification wins, as on the budgeting voter roll. */
  async record(session: SqlSession, participantId: string, level: VerificationLevel): Promise<void> {
    await session.query(
      `INSERT INTO consultations_contributor_roll (participant_id, level) VALUES ($1, $2)
       ON CONFLICT (participant_id) DO UPDATE SET level = excluded.level`,
      [participantId, level],
    );
  }
}
