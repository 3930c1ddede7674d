import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlatformApp, Processors, SessionTokens } from '@commonplan/nest';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { budgetingContext } from '../budgeting.module';

const opening = {
  title: { original: 'fr', texts: { fr: 'Paris, ville refuge', en: 'Paris, city of refuge' } },
  budget: { amount: '500000000', currency: 'EUR' },
  districts: [{ name: '18e', budget: '100000000' }],
  schedule: [{ phase: 'voting', startsOn: '2027-03-01', endsOn: '2027-03-21' }],
  ballotRules: { kind: 'approval', maxChoices: 5, minChoices: 1 },
  eligibility: { verificationLevel: 'verified', minimumAge: 16 },
};

describe.each(['PGlite', 'PostgreSQL'] as const)('the list of cycles on %s', (engine) => {
  let app: NestExpressApplication;
  let dataDir: string;
  let database: TestDatabase | undefined;
  let officer: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-cycle-listing-'));
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
    app = await createPlatformApp({
      name: 'commonplan-cycle-listing-test',
      contexts: [budgetingContext],
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    officer = app
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const server = () => request(app.getHttpServer());
  const asOfficer = {
    post: (url: string) => server().post(url).set('authorization', `Bearer ${officer}`),
    put: (url: string) => server().put(url).set('authorization', `Bearer ${officer}`),
  };

  it('names each cycle with its title, phase, budget, districts and ballot kind, to anyone, newest first', async () => {
    const older = await asOfficer.post('/budgeting/cycles').send(opening).expect(201);
    const newer = await asOfficer
      .post('/budgeting/cycles')
      .send({ ...opening, title: { original: 'en', texts: { en: 'Lyon 2027' } }, schedule: [] })
      .expect(201);
    await asOfficer
      .put(`/budgeting/cycles/${older.body.cycleId}/ballot-rules`)
      .send({ kind: 'knapsack', minSpendShare: 0 })
      .expect(200);
    await asOfficer.post(`/budgeting/cycles/${older.body.cycleId}/phase-advances`).expect(201);
    await app.get(Processors).projections.caughtUp();

    const listed = await server().get('/budgeting/cycles').expect(200);
    expect(listed.body.cycles).toEqual([
      expect.objectContaining({ cycleId: newer.body.cycleId, ballotKind: 'approval', schedule: [] }),
      {
        cycleId: older.body.cycleId,
        title: opening.title,
        phase: 'feasibility',
        budget: { amount: '500000000', currency: 'EUR' },
        districts: [{ name: '18e', budget: '100000000' }],
        ballotKind: 'knapsack',
        schedule: opening.schedule,
        openedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('gives one cycle its title and phase dates', async () => {
    const opened = await asOfficer.post('/budgeting/cycles').send(opening).expect(201);
    expect(opened.body).toMatchObject({ title: opening.title, schedule: opening.schedule });
    const read = await server().get(`/budgeting/cycles/${opened.body.cycleId}`).expect(200);
    expect(read.body).toMatchObject({ title: opening.title, schedule: opening.schedule, phase: 'proposals' });
  });
});
