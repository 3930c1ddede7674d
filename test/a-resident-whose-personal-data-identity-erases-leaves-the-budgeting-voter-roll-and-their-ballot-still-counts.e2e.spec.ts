import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SqlDatabase } from '@commonplan/event-store';
import { Processors, SessionTokens, SQL_DATABASE, type PlatformConfig } from '@commonplan/nest';
import { freshPostgres } from '@commonplan/testing';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDir } from './support/embedded-data-dir';

interface Engine {
  readonly config: PlatformConfig;
  dispose(): Promise<void>;
}

const config = (dataDir: string, databaseUrl?: string): PlatformConfig => ({
  port: 0,
  dataDir,
  databaseUrl,
  logLevel: 'silent',
  environment: 'test',
});

const onPglite = async (): Promise<Engine> => {
  const dataDir = await embeddedDataDir('commonplan-e2e-erasure-');
  return { config: config(dataDir), dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
};

const onPostgres = async (): Promise<Engine> => {
  const database = await freshPostgres({ maxConnections: 1 });
  return { config: config(tmpdir(), database.url), dispose: () => database.drop() };
};

const text = (hr: string) => ({ original: 'hr', texts: { hr } });

describe.each([
  ['PGlite', onPglite],
  ['PostgreSQL', onPostgres],
])(
  'on %s, a resident whose personal data identity erases leaves the budgeting voter roll, and their ballot still counts',
  (_engine, open) => {
    let engine: Engine;
    let app: NestExpressApplication;
    let officer: string;

    beforeAll(async () => {
      engine = await open();
      app = await createPlatform({ config: engine.config });
      officer = app
        .get(SessionTokens)
        .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
    });

    afterAll(async () => {
      await app?.close();
      await engine?.dispose();
    });

    const db = () => app.get<SqlDatabase>(SQL_DATABASE);
    const settled = async () => {
      await app.get(Processors).relay.caughtUp();
      await app.get(Processors).projections.caughtUp();
    };
    const rollEntryOf = async (participantId: string) => {
      await settled();
      const { rows } = await db().query(
        'SELECT level, district, age_band FROM budgeting_voter_roll WHERE participant_id = $1',
        [participantId],
      );
      return rows;
    };

    it('with their district and age band gone from budgeting, and their ballot kept and counted', async () => {
      const server = app.getHttpServer();
      const asOfficer = (call: request.Test) => call.set('authorization', `Bearer ${officer}`);
      const batch = await asOfficer(request(server).post('/identity/access-code-batches'))
        .send({ size: 1, district: 'Trnje', ageBand: '30-44' })
        .expect(201);
      const signedIn = await request(server)
        .post('/identity/sign-in/access-code')
        .send({ code: batch.body.codes[0] })
        .expect(201);
      const { participantId, token } = signedIn.body as { participantId: string; token: string };
      const asResident = (call: request.Test) => call.set('authorization', `Bearer ${token}`);
      expect(await rollEntryOf(participantId)).toEqual([
        { level: 'verified', district: 'Trnje', age_band: '30-44' },
      ]);

      const cycle = await asOfficer(request(server).post('/budgeting/cycles'))
        .send({
          title: text('Zagreb, grad utočišta'),
          budget: { amount: '1000000', currency: 'EUR' },
          ballotRules: { kind: 'approval', maxChoices: 1 },
          eligibility: { verificationLevel: 'verified' },
        })
        .expect(201);
      const cycleId = cycle.body.cycleId as string;
      const project = await asOfficer(request(server).post(`/budgeting/cycles/${cycleId}/projects`))
        .send({
          title: text('Jezična kavana'),
          description: text('Svaki tjedan'),
          category: 'welcome',
          costEstimate: '400000',
        })
        .expect(201);
      const projectId = project.body.projectId as string;
      await asOfficer(request(server).post(`/budgeting/cycles/${cycleId}/phase-advances`)).expect(201);
      await asOfficer(request(server).post(`/budgeting/projects/${projectId}/feasibility`))
        .send({ feasible: true, finalCost: '400000' })
        .expect(201);
      await asOfficer(request(server).post(`/budgeting/cycles/${cycleId}/phase-advances`)).expect(201);
      const ballot = { kind: 'approval', projects: [projectId] };
      await asResident(request(server).post(`/budgeting/cycles/${cycleId}/ballots`))
        .send(ballot)
        .expect(201);

      await asResident(request(server).delete('/identity/me/personal-data')).expect(204);

      expect(await rollEntryOf(participantId)).toEqual([]);
      const { rows: counted } = await db().query(
        'SELECT projects FROM budgeting_counted_ballots WHERE cycle_id = $1',
        [cycleId],
      );
      expect(counted).toEqual([{ projects: [projectId] }]);
      // Budgeting no longer knows where they live, so it no longer takes a ballot from them.
      const refused = await asResident(request(server).post(`/budgeting/cycles/${cycleId}/ballots`))
        .send(ballot)
        .expect(403);
      expect(refused.body.code).toBe('ballot.not-eligible');
    });
  },
);
