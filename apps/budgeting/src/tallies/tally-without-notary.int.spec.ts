import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { readNotaryCheckpoints, type SqlDatabase } from '@commonplan/event-store';
import { createPlatformApp, Processors, SessionTokens, SQL_DATABASE } from '@commonplan/nest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { budgetingContext } from '../budgeting.module';
import { VoterRoll } from '../voter-roll/voter-roll.adapter';

const text = (fr: string) => ({ original: 'fr', texts: { fr } });

// Distributed mode: one process signs checkpoints, the budgeting service does not. Two processes
// share one database only on a PostgreSQL server (PGlite is one process's own), hence no PGlite here.
describe('a budgeting process without the notary, on PostgreSQL', () => {
  let database: TestDatabase;
  let notary: NestExpressApplication;
  let budgeting: NestExpressApplication;
  const dataDirs: string[] = [];

  const start = (runsNotary: boolean) => {
    const dataDir = freshDataDir('commonplan-tally-notary-');
    dataDirs.push(dataDir);
    return createPlatformApp({
      name: runsNotary ? 'commonplan-notary-test' : 'commonplan-budgeting-test',
      contexts: [budgetingContext],
      runsNotary,
      config: { port: 0, dataDir, databaseUrl: database.url, logLevel: 'silent', environment: 'test' },
    });
  };

  beforeAll(async () => {
    database = await freshPostgres({ maxConnections: 4 });
    notary = await start(true);
    budgeting = await start(false);
  });
  afterAll(async () => {
    await budgeting?.close();
    await notary?.close();
    await database?.drop();
    dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('cites the newest checkpoint that covers the ballots, waiting for the notary to sign one', async () => {
    const officer = budgeting
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 600).token;
    const as = (token: string) => ({
      post: (url: string) =>
        request(budgeting.getHttpServer()).post(url).set('authorization', `Bearer ${token}`),
    });
    const cycle = await as(officer)
      .post('/budgeting/cycles')
      .send({
        title: text('Paris, ville refuge'),
        budget: { amount: '500000', currency: 'EUR' },
        ballotRules: { kind: 'approval', maxChoices: 2, minChoices: 1 },
        eligibility: { verificationLevel: 'self-declared' },
      })
      .expect(201);
    const cycleId = cycle.body.cycleId as string;
    const project = await as(officer)
      .post(`/budgeting/cycles/${cycleId}/projects`)
      .send({
        title: text('Bagagerie'),
        description: text('Casiers'),
        category: 'accueil',
        costEstimate: '90000',
      })
      .expect(201);
    await as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    await as(officer)
      .post(`/budgeting/projects/${project.body.projectId}/feasibility`)
      .send({ feasible: true, finalCost: '90000' })
      .expect(201);
    await as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    const voterId = randomUUID();
    await budgeting
      .get<SqlDatabase>(SQL_DATABASE)
      .transaction((session) =>
        budgeting.get(VoterRoll).record(session, voterId, { level: 'self-declared' }),
      );
    const voter = budgeting.get(SessionTokens).issue(voterId, [{ role: 'resident' }], 600).token;
    await as(voter)
      .post(`/budgeting/cycles/${cycleId}/ballots`)
      .send({ kind: 'approval', projects: [project.body.projectId] })
      .expect(201);
    await as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);

    const db = budgeting.get<SqlDatabase>(SQL_DATABASE);
    const before = (await readNotaryCheckpoints(db)).length;
    const tally = as(officer).post(`/budgeting/cycles/${cycleId}/tally`);
    // The notary's own schedule is a minute; here it signs a moment after the tally asked.
    setTimeout(() => void notary.get(Processors).signCheckpoint(), 500);
    const { body } = await tally.expect(201);

    const checkpoints = await readNotaryCheckpoints(db);
    expect(checkpoints.length).toBeGreaterThan(before);
    const cited = checkpoints.find((checkpoint) => checkpoint.signature === body.checkpoint.signature);
    expect(cited).toBeDefined();
    expect(cited!.position >= body.position).toBe(true);
    expect(body.parts[0].projects[0]).toMatchObject({ projectId: project.body.projectId, votes: 1 });
  });
});
