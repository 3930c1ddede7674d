import { Inject, Injectable } from '@nestjs/common';
import type { SqlDatabase, SqlSession } from '@commonplan/event-store';
import type { AgeBand, ResidenceFacts, VerificationLevel } from '@commonplan/kernel';
import { SQL_DATABASE } from '@commonplan/nest';

interface VoterRow {
  readonly level: VerificationLevel;
  readonly district: string | null;
  readonly age_band: AgeBand | null;
}

/**
 * What budgeting knows of each participant's residence, learnt from identity's published
 * `ResidenceVerified` events (and forgotten on its `PersonalDataErased`) and nothing else: a participant it has not heard of is unverified.
 * Keyed by the pseudonymous participant id; no name, address or status is ever here.
 */
@Injectable()
export class VoterRoll {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async factsOf(participantId: string, session: SqlSession = this.db): Promise<ResidenceFacts> {
    const { rows } = await session.query<VoterRow>(
      'SELECT level, district, age_band FROM budgeting_voter_roll WHERE participant_id = $1',
      [participantId],
    );
    const row = rows[0];
    if (!row) return { level: 'none' };
    return {
      level: row.level,
      ...(row.district === null ? {} : { district: row.district }),
      ...(row.age_band === null ? {} : { ageBand: row.age_band }),
    };
  }

  /** The latest verification wins: a participant who moves district is re-verified there. */
  async record(session: SqlSession, participantId: string, facts: ResidenceFacts): Promise<void> {
    await session.query(
      `INSERT INTO budgeting_voter_roll (participant_id, level, district, age_band)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (participant_id) DO UPDATE
         SET level = excluded.level, district = excluded.district, age_band = excluded.age_band`,
      [participantId, facts.level, facts.district ?? null, facts.ageBand ?? null],
    );
  }

  /** After an erasure: budgeting knows nothing of them any more, so they count as unverified. */
  async strike(session: SqlSession, participantId: string): Promise<void> {
    await session.query('DELETE FROM budgeting_voter_roll WHERE participant_id = $1', [participantId]);
  }
}
