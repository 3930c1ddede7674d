import { randomUUID } from 'node:crypto';
import { ConsultationsTestbed, type PublishedPlan } from '../consultations.fixture';
import { ConsultationClosing } from '../consultations/close-consultation/consultation-closing.reactor';

const DAY_MS = 24 * 60 * 60 * 1000;

const content = {
  title: 'Asylum seekers too',
  text: 'Training of municipal staff covers the rights of asylum seekers as well.',
  department: 'Human resources',
  budget: { amount: '500000', currency: 'EUR' },
  targetGroups: ['municipal staff'],
  indicators: ['staff trained per year'],
};

describe.each(['PGlite', 'PostgreSQL'] as const)('the plan diff over HTTP on %s', (engine) => {
  let testbed: ConsultationsTestbed;
  let plan: PublishedPlan;
  let consultationId: string;
  const comments: string[] = [];
  const changed = { amendmentId: '' };
  const removed = { amendmentId: '' };

  /** Version 2 as the outcome's publication makes it, from comments, amendments and responses. */
  const deriveSecondVersion = async (): Promise<void> => {
    const officer = testbed.as(testbed.officer.token);
    const url = (rest: string) => `/consultations/${consultationId}/${rest}`;
    const measures = plan.sections.flatMap((section) => section.measures);
    for (const measure of [measures[3]!, measures[44]!]) {
      const taken = await testbed
        .as(testbed.resident().token)
        .post(url('comments'))
        .send({
          target: { kind: 'measure', measureId: measure.measureId },
          text: 'Asylum seekers are left out.',
          language: 'en',
          contributorType: 'individual',
        })
        .expect(201);
      comments.push(taken.body.commentId as string);
    }
    const change = await officer
      .post(url('amendments'))
      .send({
        kind: 'change',
        measureId: measures[3]!.measureId,
        content,
        origin: 'comments',
        motivatedBy: comments,
      })
      .expect(201);
    changed.amendmentId = change.body.amendmentId as string;
    const removal = await officer
      .post(url('amendments'))
      .send({
        kind: 'remove',
        measureId: measures[44]!.measureId,
        origin: 'comments',
        motivatedBy: [comments[1]],
      })
      .expect(201);
    removed.amendmentId = removal.body.amendmentId as string;
    for (const [commentId, amendmentIds] of [
      [comments[0]!, [changed.amendmentId]],
      [comments[1]!, [changed.amendmentId, removed.amendmentId]],
    ] as const)
      await officer
        .put(url(`comments/${commentId}/response`))
        .send({ status: 'accepted', respondingUnit: 'Human resources', amendmentIds })
        .expect(200);
    // The scheduler, told the period is over, records the closing as it would on the day.
    await testbed.app.get(ConsultationClosing).closeDue(new Date(Date.now() + 31 * DAY_MS));
    await officer.post(url('outcome')).send({}).expect(201);
    await testbed.caughtUp();
  };

  beforeAll(async () => {
    testbed = await ConsultationsTestbed.start(engine, { runsNotary: true });
    plan = await testbed.integraPlan();
    consultationId = await testbed.openConsultation(plan.planId);
    await deriveSecondVersion();
  });
  afterAll(() => testbed?.close());

  it('lists each changed and removed measure, field by field, with the amendments and comments behind it', async () => {
    const measures = plan.sections.flatMap((section) => section.measures);
    const diff = await testbed.as().get(`/consultations/plans/${plan.planId}/diff?from=1&to=2`).expect(200);
    expect(diff.body).toMatchObject({ planId: plan.planId, from: 1, to: 2 });
    const [change, removal, ...others] = diff.body.differences;
    expect(others).toEqual([]);
    expect(change).toMatchObject({
      kind: 'changed',
      measureId: measures[3]!.measureId,
      number: '4',
      amendments: [{ amendmentId: changed.amendmentId, kind: 'change', consultationId, version: 2 }],
      commentIds: comments,
    });
    expect(change.fields.map((field: { field: string }) => field.field)).toEqual([
      'title',
      'text',
      'department',
      'budget',
      'indicators',
    ]);
    expect(change.fields[1]).toEqual({ field: 'text', before: measures[3]!.text, after: content.text });
    expect(removal).toMatchObject({
      kind: 'removed',
      measureId: measures[44]!.measureId,
      before: { text: measures[44]!.text },
      commentIds: [comments[1]],
    });

    const versions = await testbed.as().get(`/consultations/plans/${plan.planId}`).expect(200);
    expect(versions.body.versions[1]).toMatchObject({
      version: 2,
      derivedFrom: { version: 1, consultationId, amendments: 2 },
      measures: 44,
    });
    const second = await testbed.as().get(`/consultations/plans/${plan.planId}/versions/2`).expect(200);
    expect(
      second.body.sections.flatMap((section: PublishedPlan['sections'][number]) => section.measures)[3],
    ).toMatchObject({ number: '4', ...content });
  });

  it('refuses versions out of order, versions that do not exist, and a plan that does not exist', async () => {
    const backwards = await testbed
      .as()
      .get(`/consultations/plans/${plan.planId}/diff?from=2&to=1`)
      .expect(422);
    expect(backwards.body).toMatchObject({ code: 'plan-diff.versions-out-of-order' });
    const missing = await testbed
      .as()
      .get(`/consultations/plans/${plan.planId}/diff?from=1&to=3`)
      .expect(404);
    expect(missing.body).toMatchObject({ code: 'plan.version-not-found' });
    await testbed.as().get(`/consultations/plans/${randomUUID()}/diff?from=1&to=2`).expect(404);
    const untold = await testbed.as().get(`/consultations/plans/${plan.planId}/diff?from=one`).expect(400);
    const fields = new Set(untold.body.errors.map((error: { field: string }) => error.field));
    expect([...fields].sort()).toEqual(['from', 'to']);
  });
});
