import { ConsultationsTestbed, INTEGRA_MARKDOWN, type Engine } from '../consultations.fixture';

jest.setTimeout(120_000);

describe.each<Engine>(['PGlite', 'PostgreSQL'])('what officers list to work on on %s', (engine) => {
  let bed: ConsultationsTestbed;

  beforeAll(async () => {
    bed = await ConsultationsTestbed.start(engine);
  });
  afterAll(() => bed?.close());

  it('lists every plan, drafts too, to officers of consultations only', async () => {
    const draft = await bed.importPlan(INTEGRA_MARKDOWN, 'strategy');
    const published = await bed.integraPlan();
    await bed.caughtUp();
    const listed = await bed.as(bed.officer.token).get('/consultations/plans').expect(200);
    expect(listed.body.plans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ planId: draft, latestVersion: null, hasDraft: true, kind: 'strategy' }),
        expect.objectContaining({ planId: published.planId, latestVersion: 1, hasDraft: false }),
      ]),
    );
    await bed.as(bed.resident().token).get('/consultations/plans').expect(403);
    await bed.as().get('/consultations/plans').expect(401);
  });

  it('lists the amendments of a consultation, withdrawn ones marked, and 404 for no consultation', async () => {
    const plan = await bed.integraPlan();
    const consultationId = await bed.openConsultation(plan.planId);
    const [first, second] = plan.sections.flatMap((section) => section.measures);
    const amend = (measure: typeof first) =>
      bed
        .as(bed.officer.token)
        .post(`/consultations/${consultationId}/amendments`)
        .send({
          kind: 'change',
          measureId: measure!.measureId,
          content: {
            title: measure!.title,
            text: 'Interpreters at every office hour.',
            department: null,
            budget: null,
            targetGroups: [],
            indicators: [],
          },
          origin: 'elsewhere',
          originExplanation: { original: 'en', texts: { en: 'The council’s budget decision.' } },
        })
        .expect(201);
    const kept = (await amend(first)).body.amendmentId as string;
    const withdrawn = (await amend(second)).body.amendmentId as string;
    await bed
      .as(bed.officer.token)
      .delete(`/consultations/${consultationId}/amendments/${withdrawn}`)
      .expect(204);

    const listed = await bed
      .as(bed.officer.token)
      .get(`/consultations/${consultationId}/amendments`)
      .expect(200);
    expect(listed.body.amendments).toEqual([
      expect.objectContaining({ amendmentId: kept, measureId: first!.measureId, withdrawn: false }),
      expect.objectContaining({ amendmentId: withdrawn, withdrawn: true }),
    ]);
    expect(listed.body.amendments[0]).not.toHaveProperty('proposedBy');
    await bed.as(bed.resident().token).get(`/consultations/${consultationId}/amendments`).expect(403);
    const none = await bed
      .as(bed.officer.token)
      .get('/consultations/7d4b2f0e-58a4-4c51-9b8e-3f1a2c6d9e01/amendments')
      .expect(404);
    expect(none.body.code).toBe('consultation.not-found');
  });
});
