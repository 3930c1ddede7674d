import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SqlDatabase } from '@commonplan/event-store';
import type { ResidenceFacts } from '@commonplan/kernel';
import {
  createPlatformApp,
  platformMigrations,
  Processors,
  SessionTokens,
  SQL_DATABASE,
} from '@commonplan/nest';
import { freshDataDir, freshMigratedDataDir, freshPostgres, type TestDatabase } from '@commonplan/testing';
import { budgetingContext } from './budgeting.module';
import { VoterRoll } from './voter-roll/voter-roll.adapter';

export type Engine = 'PGlite' | 'PostgreSQL';

export interface OfferedProject {
  readonly cost: string;
  readonly district?: string;
  /** Default true; false: assessed not feasible, so not on the ballot. */
  readonly feasible?: boolean;
}

export interface CycleOpening {
  readonly ballotRules: Record<string, unknown>;
  readonly budget?: string;
  readonly districts?: readonly { readonly name: string; readonly budget: string }[];
  readonly eligibility?: Record<string, unknown>;
}

export interface VotingCycle {
  readonly cycleId: string;
  /** Project ids by the names the test gave them. */
  readonly projects: Readonly<Record<string, string>>;
}

export interface Voter {
  readonly participantId: string;
  readonly token: string;
}

const title = { original: 'nl', texts: { nl: 'Assen begroot', en: 'Assen budgets' } };

/** A budgeting process on a fresh database, with an officer, residents, voters on the roll, and cycles. */
export class BudgetingTestbed {
  private constructor(
    readonly app: NestExpressApplication,
    readonly officer: Voter,
    private readonly dataDir: string,
    private readonly database: TestDatabase | undefined,
  ) {}

  /** `runsNotary`: for tests that count ballots, which cites a checkpoint the notary signs. */
  static async start(engine: Engine, { runsNotary = false } = {}): Promise<BudgetingTestbed> {
    const dataDir =
      engine === 'PGlite'
        ? await freshMigratedDataDir('commonplan-budgeting-', platformMigrations([budgetingContext]))
        : freshDataDir('commonplan-budgeting-', { pglite: false });
    const database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 2 }) : undefined;
    const app = await createPlatformApp({
      name: 'commonplan-budgeting-test',
      contexts: [budgetingContext],
      runsNotary,
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    const participantId = randomUUID();
    const token = app
      .get(SessionTokens)
      .issue(participantId, [{ role: 'officer', context: 'budgeting' }], 3600).token;
    return new BudgetingTestbed(app, { participantId, token }, dataDir, database);
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.database?.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  get db(): SqlDatabase {
    return this.app.get<SqlDatabase>(SQL_DATABASE);
  }

  /** Calls as the holder of `token`, or anonymously without one. */
  as(token?: string) {
    const server = this.app.getHttpServer();
    const signed = <T extends request.Test>(call: T): T =>
      token ? call.set('authorization', `Bearer ${token}`) : call;
    return {
      get: (url: string) => signed(request(server).get(url)),
      post: (url: string) => signed(request(server).post(url)),
      delete: (url: string) => signed(request(server).delete(url)),
    };
  }

  /** A resident the voter roll knows with `facts`, as identity would have told budgeting. */
  async voter(facts: ResidenceFacts = { level: 'verified', ageBand: '30-44' }): Promise<Voter> {
    const participantId = randomUUID();
    await this.db.transaction((session) => this.app.get(VoterRoll).record(session, participantId, facts));
    return { participantId, token: this.resident(participantId) };
  }

  /** A signed-in resident, known to the voter roll or not. */
  resident(participantId: string = randomUUID()): string {
    return this.app.get(SessionTokens).issue(participantId, [{ role: 'resident' }], 3600).token;
  }

  /** Opens a cycle, has the projects proposed and assessed, and leaves it in the proposals phase. */
  async open(
    opening: CycleOpening,
    projects: Readonly<Record<string, OfferedProject>>,
  ): Promise<VotingCycle> {
    const officer = this.as(this.officer.token);
    const cycle = await officer
      .post('/budgeting/cycles')
      .send({
        title,
        budget: { amount: opening.budget ?? '1000000', currency: 'EUR' },
        districts: opening.districts ?? [],
        ballotRules: opening.ballotRules,
        eligibility: opening.eligibility ?? { verificationLevel: 'verified' },
      })
      .expect(201);
    const cycleId = cycle.body.cycleId as string;
    const ids: Record<string, string> = {};
    for (const [name, project] of Object.entries(projects)) {
      const proposed = await officer
        .post(`/budgeting/cycles/${cycleId}/projects`)
        .send({
          title: { original: 'nl', texts: { nl: name } },
          description: { original: 'nl', texts: { nl: `${name}, voor iedereen` } },
          category: 'welcome',
          costEstimate: project.cost,
          ...(project.district ? { district: project.district } : {}),
        })
        .expect(201);
      ids[name] = proposed.body.projectId as string;
    }
    await this.advance(cycleId);
    for (const [name, project] of Object.entries(projects))
      await officer
        .post(`/budgeting/projects/${ids[name]}/feasibility`)
        .send(
          project.feasible === false
            ? { feasible: false, reason: { original: 'nl', texts: { nl: 'Niet haalbaar' } } }
            : { feasible: true, finalCost: project.cost },
        )
        .expect(201);
    return { cycleId, projects: ids };
  }

  /** A cycle as `open` leaves it, moved on to voting, with its projects listed. */
  async openVoting(
    opening: CycleOpening,
    projects: Readonly<Record<string, OfferedProject>>,
  ): Promise<VotingCycle> {
    const cycle = await this.open(opening, projects);
    await this.advance(cycle.cycleId);
    await this.app.get(Processors).projections.caughtUp();
    return cycle;
  }

  async advance(cycleId: string): Promise<string> {
    const advanced = await this.as(this.officer.token)
      .post(`/budgeting/cycles/${cycleId}/phase-advances`)
      .expect(201);
    return advanced.body.phase as string;
  }

  /** Every ballot event of the cycle in the log, data, metadata and hash, in stream order. */
  async ballotEvents(cycleId: string): Promise<BallotEventRow[]> {
    const { rows } = await this.db.query<BallotEventRow>(
      `SELECT stream_name, stream_position::int AS stream_position, event_id::text AS event_id, data,
              metadata, encode(event_hash, 'hex') AS hash
         FROM events WHERE stream_type = 'ballot' AND data->>'cycleId' = $1
        ORDER BY stream_name, stream_position`,
      [cycleId],
    );
    return rows;
  }
}

export interface BallotEventRow {
  readonly stream_name: string;
  readonly stream_position: number;
  readonly event_id: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  readonly hash: string;
}
