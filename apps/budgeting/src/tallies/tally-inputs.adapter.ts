import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  comparePositions,
  latestNotaryCheckpoint,
  type NotaryCheckpoint,
  type Position,
  type SqlDatabase,
} from '@commonplan/event-store';
import { Conflict } from '@commonplan/kernel';
import { Processors, RUNS_NOTARY, SQL_DATABASE } from '@commonplan/nest';
import type { CountedBallot, ProjectOnTally } from '../cycles/cycle-elections';
import type { NotaryCitation } from '../cycles/cycle-results.events';
import { CountedBallotRow } from '../counted-ballots/counted-ballot.entity';
import { countedBallotsProjection } from '../counted-ballots/counted-ballots.projection';

export interface GatheredInputs {
  readonly projects: readonly ProjectOnTally[];
  readonly ballots: readonly CountedBallot[];
  readonly receiptsDigest: string;
  readonly position: string;
  readonly checkpoint: NotaryCitation;
}

const NOTARY_WAIT_MS = 15_000;

/** Anyone holding the published list recomputes this: the receipts sorted, one per line, hashed. */
export const receiptsDigestOf = (receipts: readonly string[]): string =>
  createHash('sha256')
    .update([...receipts].sort().join('\n'))
    .digest('hex');

const citationOf = (checkpoint: NotaryCheckpoint): NotaryCitation => ({
  position: checkpoint.position,
  treeSize: checkpoint.treeSize,
  rootHash: checkpoint.rootHash,
  signedAt: checkpoint.signedAt.toISOString(),
  keyId: checkpoint.keyId,
  signature: checkpoint.signature,
});

const ballotOf = (row: CountedBallotRow): CountedBallot => ({
  receipt: row.receipt,
  district: row.district,
  kind: row.kind,
  projects: row.projects,
  points: row.points,
});

/**
 * What a tally counts, read so that no ballot is missed: the counted-ballots read model is first
 * brought up to everything committed (a lagging projection would silently drop late ballots), then
 * read together with the position it has reached, and a notary checkpoint covering that position
 * is cited.
 */
@Injectable()
export class TallyInputsReader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly processors: Processors,
    @Inject(RUNS_NOTARY) private readonly runsNotary: boolean,
  ) {}

  async gather(cycleId: string): Promise<GatheredInputs> {
    await this.processors.projectionsCaughtUp();
    const { position, rows } = await this.dataSource.transaction(async (manager) => {
      // Shares the row the projection locks to write, so rows and position are read as one moment.
      const [checkpoint] = await manager.query<{ position: string }[]>(
        'SELECT position FROM projection_checkpoints WHERE projection = $1 FOR SHARE',
        [countedBallotsProjection.name],
      );
      const found = await manager.find(CountedBallotRow, { where: { cycleId }, order: { receipt: 'ASC' } });
      return { position: checkpoint?.position ?? '', rows: found };
    });
    const projects = await this.dataSource.query<
      { project_id: string; cost: string; district: string | null }[]
    >(
      `SELECT project_id, cost, district FROM budgeting_projects
        WHERE cycle_id = $1 AND feasibility = 'feasible' AND merged_into IS NULL`,
      [cycleId],
    );
    return {
      projects: projects.map((p) => ({
        projectId: p.project_id,
        cost: BigInt(p.cost),
        district: p.district,
      })),
      ballots: rows.map(ballotOf),
      receiptsDigest: receiptsDigestOf(rows.map((row) => row.receipt)),
      position,
      checkpoint: citationOf(await this.checkpointCovering(position as Position)),
    };
  }

  /**
   * The process that runs the notary signs one now; any other (distributed mode) cites the newest
   * checkpoint that already covers the ballots, waiting a little for the notary to get there.
   */
  private async checkpointCovering(position: Position): Promise<NotaryCheckpoint> {
    const covers = (checkpoint: NotaryCheckpoint | undefined): checkpoint is NotaryCheckpoint =>
      checkpoint !== undefined && comparePositions(checkpoint.position, position) >= 0;
    if (this.runsNotary) {
      const signed = await this.processors.signCheckpoint();
      if (covers(signed)) return signed;
    }
    for (const started = Date.now(); ; await sleep(250)) {
      const latest = await latestNotaryCheckpoint(this.db);
      if (covers(latest)) return latest;
      if (Date.now() - started > NOTARY_WAIT_MS)
        throw new Conflict(
          'tally.awaiting-notary',
          'the notary has not yet signed a checkpoint that covers these ballots; try again in a minute',
        );
    }
  }
}
