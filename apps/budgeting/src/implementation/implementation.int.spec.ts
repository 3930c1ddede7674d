import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlatformApp, EventStreams, Processors, SessionTokens } from '@commonplan/nest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { budgetingContext } from '../budgeting.module';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import { fundProject } from '../projects/fund-project';
import { evolveProject, initialProject, type Project } from '../projects/project';
import { PROJECT_STREAM, type ProjectEvent } from '../projects/project.events';

const opening = {
  title: { original: 'fr', texts: { fr: 'Paris, ville refuge' } },
  budget: { amount: '500000000', currency: 'EUR' },
  ballotRules: { kind: 'approval', maxChoices: 3 },
  eligibility: { verificationLevel: 'verified' },
};
const proposal = {
  title: { original: 'ar', texts: { ar: 'مقهى اللغة', fr: 'Café des langues' } },
  description: { original: 'ar', texts: { ar: 'لقاءات أسبوعية' } },
  category: 'welcome',
  costEstimate: '1500000',
};
const update = {
  status: 'in-progress',
  progress: 40,
  milestones: [
    {
      title: { original: 'fr', texts: { fr: 'Appel d’offres', ar: 'المناقصة' } },
      plannedFor: '2026-03-01',
      reachedOn: '2026-03-12',
    },
    { title: { original: 'fr', texts: { fr: 'Ouverture' } }, plannedFor: '2027-09-01' },
  ],
  photos: [
    {
      url: 'https://media.paris.example/cafe/chantier.jpg',
      alt: { original: 'fr', texts: { fr: 'La salle en travaux', ar: 'القاعة قيد الأشغال' } },
    },
  ],
  note: { original: 'fr', texts: { fr: 'Les travaux avancent.', ar: 'الأشغال تتقدم.' } },
};
const cycles = { initial: initialCycle, evolve: evolveCycle };
const projects = { initial: initialProject, evolve: evolveProject };

describe.each(['PGlite', 'PostgreSQL'] as const)('implementation updates and followers on %s', (engine) => {
  let app: NestExpressApplication;
  let dataDir: string;
  let database: TestDatabase | undefined;
  let officerId: string;
  let officer: string;
  const residents: Record<'follower' | 'bystander' | 'quitter' | 'latecomer', string> = {
    follower: '',
    bystander: '',
    quitter: '',
    latecomer: '',
  };

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-implementation-');
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
    app = await createPlatformApp({
      name: 'commonplan-implementation-test',
      contexts: [budgetingContext],
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    const tokens = app.get(SessionTokens);
    officerId = randomUUID();
    officer = tokens.issue(officerId, [{ role: 'officer', context: 'budgeting' }], 3600).token;
    for (const name of Object.keys(residents) as (keyof typeof residents)[])
      residents[name] = tokens.issue(randomUUID(), [{ role: 'resident' }], 3600).token;
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const as = (token: string) => ({
    get: (url: string) => request(app.getHttpServer()).get(url).set('authorization', `Bearer ${token}`),
    post: (url: string) => request(app.getHttpServer()).post(url).set('authorization', `Bearer ${token}`),
    delete: (url: string) => request(app.getHttpServer()).delete(url).set('authorization', `Bearer ${token}`),
  });
  const caughtUp = () => app.get(Processors).projections.caughtUp();
  const advance = (cycleId: string) =>
    as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
  const inbox = async (token: string) => {
    await caughtUp();
    const response = await as(token).get('/budgeting/me/notifications').expect(200);
    return response.body.notifications as { note: { texts: Record<string, string> }; progress: number }[];
  };

  /** What results publication does for a winner; the tally slice calls the same decider. */
  const fund = async (cycleId: string, projectId: string) => {
    const streams = app.get(EventStreams);
    const { state: cycle } = await streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles);
    await streams.change<Project, ProjectEvent>(
      PROJECT_STREAM,
      projectId,
      projects,
      { participantId: officerId, role: 'officer' },
      (project) => fundProject(project, cycle, { cycleId, amount: project.cost, by: 'tally' }),
    );
  };

  /** A cycle in its tally phase with two projects; publication moves it to results. */
  const countedCycle = async () => {
    const cycleId = (await as(officer).post('/budgeting/cycles').send(opening).expect(201)).body
      .cycleId as string;
    const propose = () =>
      as(residents.follower).post(`/budgeting/cycles/${cycleId}/projects`).send(proposal).expect(201);
    const winner = (await propose()).body.projectId as string;
    const loser = (await propose()).body.projectId as string;
    for (let step = 0; step < 3; step++) await advance(cycleId);
    return { cycleId, winner, loser };
  };

  /** Results publication belongs to the tally slice; here the phase it leads to is written directly. */
  const publish = (cycleId: string) =>
    app
      .get(EventStreams)
      .change<Cycle, CycleEvent>(
        CYCLE_STREAM,
        cycleId,
        cycles,
        { participantId: officerId, role: 'officer' },
        (cycle) => [
          { type: 'PhaseAdvanced', data: { from: cycle.phase!, to: 'results', advancedBy: officerId } },
        ],
      );

  it('tells a funded project’s updates to those following it at the time, and to nobody else', async () => {
    const { cycleId, winner } = await countedCycle();
    await fund(cycleId, winner);
    await publish(cycleId);
    const updates = `/budgeting/projects/${winner}/implementation-updates`;
    const early = await as(officer).post(updates).send(update).expect(422);
    expect(early.body.code).toBe('cycle.not-in-implementation');
    await advance(cycleId);

    await caughtUp();
    const planned = await request(app.getHttpServer()).get(`/budgeting/projects/${winner}/implementation`);
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({
      cycleId,
      funding: { amount: '1500000', by: 'tally' },
      current: { status: 'planned', progress: 0, milestones: [] },
      history: [],
    });

    await as(residents.follower).post(`/budgeting/projects/${winner}/followers`).expect(201);
    await as(residents.follower).post(`/budgeting/projects/${winner}/followers`).expect(201);
    await as(residents.quitter).post(`/budgeting/projects/${winner}/followers`).expect(201);
    const first = await as(officer).post(updates).send(update).expect(201);
    expect(first.body).toEqual({ projectId: winner, status: 'in-progress', progress: 40, updates: 1 });

    await as(residents.quitter).delete(`/budgeting/projects/${winner}/followers`).expect(200);
    await as(residents.latecomer).post(`/budgeting/projects/${winner}/followers`).expect(201);
    const followedBy = async (token: string) =>
      (await as(token).get('/budgeting/me/followed-projects').expect(200)).body.projectIds;
    expect(await followedBy(residents.follower)).toEqual([winner]);
    expect(await followedBy(residents.quitter)).toEqual([]);
    const done = {
      ...update,
      status: 'completed',
      progress: 100,
      milestones: [update.milestones[0], { ...update.milestones[1], reachedOn: '2026-06-01' }],
      photos: [],
      note: { original: 'fr', texts: { fr: 'Le café est ouvert.', ar: 'المقهى مفتوح.' } },
    };
    await as(officer).post(updates).send(done).expect(201);

    const follower = await inbox(residents.follower);
    expect(follower.map((notification) => [notification.progress, notification.note.texts.ar])).toEqual([
      [100, 'المقهى مفتوح.'],
      [40, 'الأشغال تتقدم.'],
    ]);
    expect(follower[0]).toMatchObject({
      projectId: winner,
      projectTitle: proposal.title,
      status: 'completed',
      note: { original: 'fr' },
    });
    expect((await inbox(residents.quitter)).map((notification) => notification.progress)).toEqual([40]);
    expect((await inbox(residents.latecomer)).map((notification) => notification.progress)).toEqual([100]);
    expect(await inbox(residents.bystander)).toEqual([]);

    const page = await request(app.getHttpServer()).get(`/budgeting/projects/${winner}/implementation`);
    expect(page.body.current).toEqual({ status: 'completed', progress: 100, milestones: done.milestones });
    expect(page.body.history).toHaveLength(2);
    expect(page.body.history[1]).toMatchObject({
      status: 'in-progress',
      progress: 40,
      photos: [{ url: update.photos[0]!.url, caption: null, alt: update.photos[0]!.alt }],
      milestones: [update.milestones[0], { ...update.milestones[1], reachedOn: null }],
    });
  });

  it('refuses updates to a project that was not funded, and bad updates by field and rule', async () => {
    const { cycleId, winner, loser } = await countedCycle();
    await fund(cycleId, winner);
    await publish(cycleId);
    await advance(cycleId);
    const unfunded = await as(officer)
      .post(`/budgeting/projects/${loser}/implementation-updates`)
      .send(update)
      .expect(422);
    expect(unfunded.body.code).toBe('project.not-funded');
    await caughtUp();
    await request(app.getHttpServer()).get(`/budgeting/projects/${loser}/implementation`).expect(404);
    await as(officer)
      .post(`/budgeting/projects/${randomUUID()}/implementation-updates`)
      .send(update)
      .expect(404);

    const refused = async (body: object) => {
      const url = `/budgeting/projects/${winner}/implementation-updates`;
      const response = await as(officer).post(url).send(body).expect(400);
      return (response.body.errors as { field: string; rule: string }[]).map(
        ({ field, rule }) => `${field} ${rule}`,
      );
    };
    expect(await refused({ ...update, progress: 101 })).toEqual(['progress max']);
    expect(await refused({ ...update, progress: 12.5 })).toEqual(['progress isInt']);
    expect(await refused({ ...update, status: 'completed', progress: 90 })).toEqual([
      'progress completed-is-100',
      'milestones.1.reachedOn completed-reaches-all',
    ]);
    expect(await refused({ ...update, status: 'finished' })).toEqual(['status isIn']);
    expect(
      await refused({ ...update, photos: [{ ...update.photos[0], url: 'http://media.example/a.jpg' }] }),
    ).toEqual(['photos.0.url isUrl']);
    expect(
      await refused({ ...update, milestones: [{ ...update.milestones[0], reachedOn: '2999-01-01' }] }),
    ).toEqual(['milestones.0.reachedOn not-in-future']);
    expect(await refused({ ...update, note: undefined })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^note /)]),
    );
    await as(residents.follower)
      .post(`/budgeting/projects/${winner}/implementation-updates`)
      .send(update)
      .expect(403);

    await as(officer).post(`/budgeting/projects/${winner}/implementation-updates`).send(update).expect(201);
    const cancelled = {
      ...update,
      status: 'cancelled',
      note: { original: 'fr', texts: { fr: 'Site perdu.' } },
    };
    await as(officer)
      .post(`/budgeting/projects/${winner}/implementation-updates`)
      .send(cancelled)
      .expect(201);
    const after = await as(officer)
      .post(`/budgeting/projects/${winner}/implementation-updates`)
      .send(update)
      .expect(422);
    expect(after.body.code).toBe('implementation.cancelled');
  });

  it('answers odd update bodies with a 4xx naming what is wrong, never a 5xx', async () => {
    const { cycleId, winner } = await countedCycle();
    await fund(cycleId, winner);
    await publish(cycleId);
    await advance(cycleId);
    const odd = [
      '[]',
      'null',
      '"update"',
      JSON.stringify({ ...update, progress: '40' }),
      JSON.stringify({ ...update, milestones: [null] }),
      JSON.stringify({ ...update, milestones: { 0: update.milestones[0] } }),
      JSON.stringify({ ...update, milestones: [{ ...update.milestones[0], plannedFor: '2026-02-30' }] }),
      JSON.stringify({ ...update, milestones: [{ ...update.milestones[0], reachedOn: '2026-03-12T10:00' }] }),
      JSON.stringify({ ...update, photos: [1] }),
      JSON.stringify({ ...update, photos: [{ ...update.photos[0], alt: null }] }),
      JSON.stringify({ ...update, note: { original: 'fr', texts: [] } }),
      JSON.stringify({ ...update, note: { original: 'fr', texts: { ar: 'لا' } } }),
      JSON.stringify({ ...update, updatedBy: randomUUID() }),
    ];
    const answers: number[] = [];
    for (const body of odd)
      answers.push(
        (
          await as(officer)
            .post(`/budgeting/projects/${winner}/implementation-updates`)
            .set('content-type', 'application/json')
            .send(body)
        ).status,
      );
    expect(answers).toEqual(odd.map(() => 400));
  });

  it('lets only residents follow, only projects that exist, and nobody follows by default', async () => {
    await as(residents.bystander).post(`/budgeting/projects/${randomUUID()}/followers`).expect(404);
    await as(officer).post(`/budgeting/projects/${randomUUID()}/followers`).expect(403);
    await request(app.getHttpServer()).get('/budgeting/me/notifications').expect(401);
    expect(await inbox(residents.bystander)).toEqual([]);
  });
});
