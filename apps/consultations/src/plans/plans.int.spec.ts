import { randomUUID } from 'node:crypto';
import { ConsultationsTestbed, INTEGRA_MARKDOWN, type PublishedPlan } from '../consultations.fixture';

const form = {
  kind: 'action-plan',
  title: 'Osijek welcomes',
  language: 'hr',
  sections: [
    {
      heading: 'Jezik',
      measures: [
        {
          title: 'Language cafés',
          text: 'Language cafés in every district, twice a week.',
          department: 'Social affairs',
          budget: { amount: '1200000', currency: 'EUR' },
          targetGroups: ['newcomers'],
        },
        { title: 'Evening classes', text: 'Croatian classes in the evening, free of charge.' },
      ],
    },
  ],
};

const NO_MEASURES = '# A plan without measures\r\n\r\n## Welcome\r\n\r\nWe will think about it.';

describe.each(['PGlite', 'PostgreSQL'] as const)('plans over HTTP on %s', (engine) => {
  let testbed: ConsultationsTestbed;
  let officer: ReturnType<ConsultationsTestbed['as']>;

  beforeAll(async () => {
    testbed = await ConsultationsTestbed.start(engine);
    officer = testbed.as(testbed.officer.token);
  });
  afterAll(() => testbed?.close());

  const eventCount = async (): Promise<number> => {
    const { rows } = await testbed.db.query<{ count: number }>('SELECT count(*)::int AS count FROM events');
    return rows[0]!.count;
  };

  it('imports the INTEGRA recommendations as text/markdown, shows the draft to officers only, and publishes it', async () => {
    const imported = await officer
      .post('/consultations/plan-imports?kind=strategy&language=en')
      .set('content-type', 'text/markdown; charset=utf-8')
      .send(INTEGRA_MARKDOWN)
      .expect(201);
    const planId = imported.body.planId as string;
    expect(imported.body).toEqual({
      planId,
      title: 'INTEGRA policy recommendations',
      status: 'draft',
      latestVersion: null,
      sections: 25,
      measures: 45,
    });
    await testbed.caughtUp();

    await testbed.as().get(`/consultations/plans/${planId}`).expect(404);
    await testbed.as(testbed.resident().token).get(`/consultations/plans/${planId}`).expect(404);
    const draft = await officer.get(`/consultations/plans/${planId}/draft`).expect(200);
    expect(draft.body).toMatchObject({ planId, kind: 'strategy', language: 'en', source: 'markdown' });
    expect(await officer.get(`/consultations/plans/${planId}`).expect(200)).toHaveProperty('body.draft', {
      source: 'markdown',
      sections: 25,
      measures: 45,
    });

    await officer.post(`/consultations/plans/${planId}/versions`).expect(201);
    await testbed.caughtUp();
    const version = await testbed.as().get(`/consultations/plans/${planId}/versions/1`).expect(200);
    const published = version.body as PublishedPlan & { title: string; summary: string };
    expect(published).toMatchObject({ planId, version: 1, title: 'INTEGRA policy recommendations' });
    expect(published.summary).toMatch(/^The INTEGRA project aims at improving/);
    // The published version is the draft the officer read, id for id.
    expect(published.sections).toEqual(draft.body.sections);
    const measures = published.sections.flatMap((section) => section.measures);
    expect(measures).toHaveLength(45);
    expect(measures[3]).toMatchObject({
      number: '4',
      text: 'Support training of municipal staff in matters of diversity, language skills and anti-discrimination policies to enable the city to provide services that are inclusive and non-discriminatory.',
      targetGroups: ['municipal staff'],
    });

    const plan = await testbed.as().get(`/consultations/plans/${planId}`).expect(200);
    expect(plan.body).toEqual({
      planId,
      kind: 'strategy',
      title: 'INTEGRA policy recommendations',
      language: 'en',
      latestVersion: 1,
      versions: [
        { version: 1, publishedAt: expect.any(String), derivedFrom: null, sections: 25, measures: 45 },
      ],
    });
    await officer.get(`/consultations/plans/${planId}/draft`).expect(404);
  });

  it('imports a plan sent as JSON with the fixture’s helper, and refuses to publish it twice', async () => {
    const plan = await testbed.integraPlan();
    const before = await eventCount();
    const again = await officer.post(`/consultations/plans/${plan.planId}/versions`).expect(409);
    expect(again.body).toMatchObject({ code: 'plan.version-published' });
    const revised = await officer.put(`/consultations/plans/${plan.planId}/draft`).send(form).expect(409);
    expect(revised.body).toMatchObject({ code: 'plan.version-published' });
    expect(await eventCount()).toBe(before);
  });

  it('refuses a Markdown file with no measures, naming the line, and keeps nothing', async () => {
    const before = await eventCount();
    const refused = await officer
      .post('/consultations/plan-imports')
      .send({ markdown: NO_MEASURES, kind: 'action-plan', language: 'hr' })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'plan.no-measures',
      detail: expect.stringMatching(/^line 5: /),
    });
    const asText = await officer
      .post('/consultations/plan-imports?kind=action-plan&language=hr')
      .set('content-type', 'text/markdown')
      .send('# Plan\n\n1. A measure before any section.\n')
      .expect(422);
    expect(asText.body).toMatchObject({
      code: 'plan.measure-outside-section',
      detail: expect.stringMatching(/^line 3: /),
    });
    expect(await eventCount()).toBe(before);
  });

  it('refuses a file without its kind and language, and fields that break their rules, with 400', async () => {
    const untold = await officer
      .post('/consultations/plan-imports')
      .set('content-type', 'text/markdown')
      .send(INTEGRA_MARKDOWN)
      .expect(400);
    expect(untold.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'kind',
      'language',
    ]);
    const broken = await officer
      .post('/consultations/plans')
      .send({
        ...form,
        sections: [
          {
            heading: 'Jezik',
            measures: [{ title: '', text: 'x', budget: { amount: '12,5', currency: 'EUR' } }],
          },
        ],
      })
      .expect(400);
    expect(broken.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'sections.0.measures.0.title' }),
        expect.objectContaining({ field: 'sections.0.measures.0.budget.amount' }),
      ]),
    );
  });

  it('drafts a plan from a form, revises it keeping the ids it was given, and publishes the revision', async () => {
    const drafted = await officer.post('/consultations/plans').send(form).expect(201);
    const planId = drafted.body.planId as string;
    await testbed.caughtUp();
    const draft = (await officer.get(`/consultations/plans/${planId}/draft`).expect(200)).body;
    expect(draft.sections[0].measures.map((measure: { number: string }) => measure.number)).toEqual([
      '1',
      '2',
    ]);
    expect(draft.sections[0].measures[0]).toMatchObject({
      budget: { amount: '1200000', currency: 'EUR' },
      department: 'Social affairs',
      indicators: [],
    });

    const [section] = draft.sections;
    const revision = {
      ...form,
      title: 'Osijek welcomes everyone',
      sections: [
        {
          sectionId: section.sectionId,
          heading: 'Jezik',
          measures: [{ ...section.measures[0], text: 'Language cafés in every district, every evening.' }],
        },
      ],
    };
    await officer.put(`/consultations/plans/${planId}/draft`).send(revision).expect(200);
    await officer.post(`/consultations/plans/${planId}/versions`).expect(201);
    await testbed.caughtUp();
    const version = await testbed.as().get(`/consultations/plans/${planId}/versions/1`).expect(200);
    expect(version.body).toMatchObject({
      title: 'Osijek welcomes everyone',
      sections: [
        {
          sectionId: section.sectionId,
          measures: [
            {
              measureId: section.measures[0].measureId,
              number: '1',
              text: 'Language cafés in every district, every evening.',
            },
          ],
        },
      ],
    });
  });

  it('answers 404 for a plan or a version that does not exist, and 400 for a version that cannot be one', async () => {
    const unknown = randomUUID();
    expect((await officer.post(`/consultations/plans/${unknown}/versions`).expect(404)).body).toMatchObject({
      code: 'plan.not-found',
    });
    await officer.put(`/consultations/plans/${unknown}/draft`).send(form).expect(404);
    await testbed.as().get(`/consultations/plans/${unknown}`).expect(404);
    await testbed.as().get(`/consultations/plans/${unknown}/versions/1`).expect(404);
    const plan = await testbed.integraPlan();
    await testbed.as().get(`/consultations/plans/${plan.planId}/versions/2`).expect(404);
    await testbed.as().get(`/consultations/plans/${plan.planId}/versions/0`).expect(400);
    await testbed.as().get(`/consultations/plans/${plan.planId}/versions/99999999999`).expect(400);
  });

  it('lets only officers of consultations draft, import and publish', async () => {
    const resident = testbed.as(testbed.resident().token);
    await resident.post('/consultations/plans').send(form).expect(403);
    await testbed.as().post('/consultations/plan-imports').send({}).expect(401);
    const budgeting = testbed.signIn([{ role: 'officer', context: 'budgeting' }]);
    await testbed.as(budgeting.token).post(`/consultations/plans/${randomUUID()}/versions`).expect(403);
  });
});
