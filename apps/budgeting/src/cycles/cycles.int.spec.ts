import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlatformApp, Processors, SessionTokens } from '@commonplan/nest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { budgetingContext } from '../budgeting.module';

const opening = {
  title: { original: 'fr', texts: { fr: 'Paris, ville refuge', en: 'Paris, city of refuge' } },
  budget: { amount: '500000000', currency: 'EUR' },
  districts: [{ name: '18e', budget: '100000000' }],
  ballotRules: { kind: 'approval', maxChoices: 5, minChoices: 1 },
  eligibility: { verificationLevel: 'verified', minimumAge: 16 },
};

describe.each(['PGlite', 'PostgreSQL'] as const)('cycles and projects over HTTP on %s', (engine) => {
  let app: NestExpressApplication;
  let dataDir: string;
  let database: TestDatabase | undefined;
  let officer: string;
  let resident: string;

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-budgeting-');
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
    app = await createPlatformApp({
      name: 'commonplan-budgeting-test',
      contexts: [budgetingContext],
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    const tokens = app.get(SessionTokens);
    officer = tokens.issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
    resident = tokens.issue(randomUUID(), [{ role: 'resident' }], 3600).token;
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const as = (token: string) => ({
    get: (url: string) => request(app.getHttpServer()).get(url).set('authorization', `Bearer ${token}`),
    post: (url: string) => request(app.getHttpServer()).post(url).set('authorization', `Bearer ${token}`),
    put: (url: string) => request(app.getHttpServer()).put(url).set('authorization', `Bearer ${token}`),
  });

  it('opens a cycle, takes proposals, assesses them, merges two, and locks the rules at voting', async () => {
    const cycle = await as(officer).post('/budgeting/cycles').send(opening).expect(201);
    const cycleId = cycle.body.cycleId as string;
    expect(cycle.body).toMatchObject({
      phase: 'proposals',
      budget: { amount: '500000000', currency: 'EUR' },
    });

    const proposal = {
      title: { original: 'ar', texts: { ar: 'مقهى اللغة', fr: 'Café des langues' } },
      description: { original: 'ar', texts: { ar: 'لقاءات أسبوعية' } },
      category: 'welcome',
      district: '18e',
      costEstimate: '1500000',
    };
    const first = await as(resident).post(`/budgeting/cycles/${cycleId}/projects`).send(proposal).expect(201);
    const second = await as(resident)
      .post(`/budgeting/cycles/${cycleId}/projects`)
      .send({ ...proposal, district: undefined })
      .expect(201);
    const unknownDistrict = await as(resident)
      .post(`/budgeting/cycles/${cycleId}/projects`)
      .send({ ...proposal, district: 'Atlantis' })
      .expect(400);
    expect(unknownDistrict.body.errors[0]).toMatchObject({ field: 'district', rule: 'cycle-district' });

    await as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    const assessed = await as(officer)
      .post(`/budgeting/projects/${first.body.projectId}/feasibility`)
      .send({ feasible: true, finalCost: '1750000' })
      .expect(201);
    expect(assessed.body).toEqual({
      projectId: first.body.projectId,
      feasibility: 'feasible',
      cost: '1750000',
    });
    await as(officer)
      .post(`/budgeting/projects/${second.body.projectId}/merge`)
      .send({ into: first.body.projectId })
      .expect(201);
    await app.get(Processors).projections.caughtUp();
    const listed = await request(app.getHttpServer())
      .get(`/budgeting/cycles/${cycleId}/projects`)
      .expect(200);
    expect(listed.body.projects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          projectId: first.body.projectId,
          feasibility: 'feasible',
          cost: '1750000',
          mergedInto: null,
        }),
        expect.objectContaining({ projectId: second.body.projectId, mergedInto: first.body.projectId }),
      ]),
    );

    await as(officer)
      .put(`/budgeting/cycles/${cycleId}/ballot-rules`)
      .send({ kind: 'ranked', maxChoices: 3 })
      .expect(200);
    const voting = await as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    expect(voting.body.phase).toBe('voting');
    const locked = await as(officer)
      .put(`/budgeting/cycles/${cycleId}/ballot-rules`)
      .send({ kind: 'approval', maxChoices: 9 })
      .expect(422);
    expect(locked.body.code).toBe('cycle.ballot-rules-locked');
    const late = await as(resident).post(`/budgeting/cycles/${cycleId}/projects`).send(proposal).expect(422);
    expect(late.body.code).toBe('cycle.not-taking-proposals');
  });

  it('refuses bad openings by naming the fields, and residents opening cycles', async () => {
    const bad = await as(officer)
      .post('/budgeting/cycles')
      .send({ ...opening, budget: { amount: '5.000.000', currency: 'euro' } })
      .expect(400);
    expect(bad.body.errors.map((issue: { field: string }) => issue.field)).toEqual([
      'budget.amount',
      'budget.currency',
    ]);
    const untranslated = await as(officer)
      .post('/budgeting/cycles')
      .send({ ...opening, title: { original: 'uk', texts: { fr: 'Paris' } } })
      .expect(400);
    expect(untranslated.body.errors).toEqual([
      expect.objectContaining({ field: 'title.texts', rule: 'texts-in-languages' }),
    ]);
    await as(resident).post('/budgeting/cycles').send(opening).expect(403);
    await request(app.getHttpServer()).get(`/budgeting/cycles/${randomUUID()}`).expect(404);
  });
});
