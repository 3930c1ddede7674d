import { randomUUID } from 'node:crypto';
import {
  ConsultationsTestbed,
  consultationExplanation,
  consultationTitle,
  type PublishedPlan,
} from '../../consultations.fixture';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(['PGlite', 'PostgreSQL'] as const)('consultations over HTTP on %s', (engine) => {
  let testbed: ConsultationsTestbed;
  let officer: ReturnType<ConsultationsTestbed['as']>;
  let plan: PublishedPlan;

  beforeAll(async () => {
    testbed = await ConsultationsTestbed.start(engine);
    officer = testbed.as(testbed.officer.token);
    plan = await testbed.integraPlan();
  });
  afterAll(() => testbed?.close());

  const opening = (overrides: Record<string, unknown> = {}) => ({
    planId: plan.planId,
    planVersion: 1,
    title: consultationTitle,
    explanation: consultationExplanation,
    ...overrides,
  });

  const eventCount = async (): Promise<number> => {
    const { rows } = await testbed.db.query<{ count: number }>('SELECT count(*)::int AS count FROM events');
    return rows[0]!.count;
  };

  it('opens a consultation for 30 days in the plan’s language to anyone, and shows it to the public', async () => {
    const before = Date.now();
    const opened = await officer.post('/consultations').send(opening()).expect(201);
    const { consultationId, opensAt, closesAt } = opened.body as Record<string, string>;
    expect(opened.body).toMatchObject({
      planId: plan.planId,
      planVersion: 1,
      languages: ['en'],
      whoMayComment: 'anyone',
    });
    expect(Date.parse(opensAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(closesAt!) - Date.parse(opensAt!)).toBe(30 * DAY_MS);
    await testbed.caughtUp();

    const page = await testbed.as().get(`/consultations/${consultationId}`).expect(200);
    expect(page.body).toEqual({
      consultationId,
      planId: plan.planId,
      planVersion: 1,
      title: consultationTitle,
      opensAt,
      closesAt,
      languages: ['en'],
      whoMayComment: 'anyone',
      status: 'open',
      plan: { planId: plan.planId, title: 'INTEGRA policy recommendations', version: 1 },
      explanation: consultationExplanation,
      nextPlanVersion: null,
      outcomePublishedAt: null,
      counts: { comments: 0, withdrawn: 0, hidden: 0, amendments: 0 },
    });
    const listed = await testbed.as().get(`/consultations?planId=${plan.planId}&status=open`).expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ consultationId, status: 'open' }));
  });

  it('keeps the period, languages and audience it is given, and lists a consultation not yet open as upcoming', async () => {
    const opensAt = new Date(Date.now() + 7 * DAY_MS).toISOString();
    const closesAt = new Date(Date.now() + 21 * DAY_MS).toISOString();
    const consultationId = await testbed.openConsultation(plan.planId, {
      opensAt,
      closesAt,
      languages: ['hr', 'en', 'ar', 'fa'],
      whoMayComment: 'verified-residents',
    });
    const page = await testbed.as().get(`/consultations/${consultationId}`).expect(200);
    expect(page.body).toMatchObject({
      opensAt,
      closesAt,
      languages: ['hr', 'en', 'ar', 'fa'],
      whoMayComment: 'verified-residents',
      status: 'upcoming',
    });
    const upcoming = await testbed.as().get('/consultations?status=upcoming').expect(200);
    expect(upcoming.body.map((listed: { consultationId: string }) => listed.consultationId)).toEqual([
      consultationId,
    ]);
  });

  it('refuses a version that is not published, a period already over, and broken fields, writing nothing', async () => {
    const before = await eventCount();
    const unpublished = await officer
      .post('/consultations')
      .send(opening({ planVersion: 2 }))
      .expect(404);
    expect(unpublished.body).toMatchObject({ code: 'plan.version-not-found' });
    await officer
      .post('/consultations')
      .send(opening({ planId: randomUUID() }))
      .expect(404);
    const draftId = await testbed.importPlan('# Draft\n\n## Section\n\n1. A measure.\n');
    await officer
      .post('/consultations')
      .send(opening({ planId: draftId }))
      .expect(404);
    const before2 = await eventCount();
    const over = await officer
      .post('/consultations')
      .send(opening({ opensAt: '2020-01-01T00:00:00.000Z', closesAt: '2020-02-01T00:00:00.000Z' }))
      .expect(400);
    expect(over.body).toMatchObject({
      code: 'consultation.invalid-period',
      errors: [{ field: 'closesAt', rule: 'period' }],
    });
    const broken = await officer
      .post('/consultations')
      .send(
        opening({
          title: { original: 'en', texts: { hr: 'Naslov' } },
          languages: ['not a language'],
          whoMayComment: 'everybody',
          closesAt: 'tomorrow',
        }),
      )
      .expect(400);
    expect(broken.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'closesAt',
      'languages',
      'title',
      'whoMayComment',
    ]);
    expect(await eventCount()).toBe(before2);
    expect(before2).toBe(before + 1);
  });

  it('answers 404 for a consultation that does not exist, and lets only officers of consultations open one', async () => {
    const missing = await testbed.as().get(`/consultations/${randomUUID()}`).expect(404);
    expect(missing.body).toMatchObject({ code: 'consultation.not-found' });
    await testbed.as().get('/consultations/not-a-uuid').expect(400);
    await testbed.as().get('/consultations?status=sometime').expect(400);
    await testbed.as(testbed.resident().token).post('/consultations').send(opening()).expect(403);
    await testbed.as().post('/consultations').send(opening()).expect(401);
  });
});
