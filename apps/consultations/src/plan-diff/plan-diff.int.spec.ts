import { randomUUID } from 'node:crypto';
import { EventStreams } from '@commonplan/nest';
import { ConsultationsTestbed, type PublishedPlan } from '../consultations.fixture';
import { CONSULTATION_STREAM, type AmendmentProposed } from '../consultations/consultation.events';
import { deriveVersion, type AdoptedAmendment } from '../plans/derive-version/derive-version';
import { evolvePlan, initialPlan, type Plan } from '../plans/plan';
import { PLAN_STREAM, type PlanEvent } from '../plans/plan.events';

const officerActor = (participantId: string) => ({ participantId, role: 'officer' });

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
  const comments = [randomUUID(), randomUUID()];
  const changed = { amendmentId: randomUUID() } as const;
  const removed = { amendmentId: randomUUID() } as const;

  /**
   * Version 2 as the outcome's publication makes it: the consultation's amendments, then the version
   * derived from them. Appended through the deciders' events here, since publishing is another slice.
   */
  const deriveSecondVersion = async (): Promise<void> => {
    const streams = testbed.app.get(EventStreams);
    const actor = officerActor(testbed.officer.participantId);
    const measures = plan.sections.flatMap((section) => section.measures);
    const proposals: AmendmentProposed[] = [
      {
        amendmentId: changed.amendmentId,
        kind: 'change',
        measureId: measures[3]!.measureId,
        sectionId: null,
        number: null,
        content,
        origin: 'comments',
        motivatedBy: comments,
        originExplanation: null,
        proposedBy: testbed.officer.participantId,
      },
      {
        amendmentId: removed.amendmentId,
        kind: 'remove',
        measureId: measures[44]!.measureId,
        sectionId: null,
        number: null,
        content: null,
        origin: 'comments',
        motivatedBy: [comments[1]!],
        originExplanation: null,
        proposedBy: testbed.officer.participantId,
      },
    ];
    await streams.inTransaction(async (session) => {
      const { version } = await streams.load(
        CONSULTATION_STREAM,
        consultationId,
        { initial: () => 0, evolve: (n) => n },
        session,
      );
      await streams.append(
        session,
        CONSULTATION_STREAM,
        consultationId,
        proposals.map((data) => ({ type: 'AmendmentProposed', data })),
        version,
        actor,
      );
    });
    const adopted: AdoptedAmendment[] = [
      { kind: 'change', amendmentId: changed.amendmentId, measureId: measures[3]!.measureId, content },
      { kind: 'remove', amendmentId: removed.amendmentId, measureId: measures[44]!.measureId },
    ];
    await streams.change<Plan, PlanEvent>(
      PLAN_STREAM,
      plan.planId,
      { initial: initialPlan, evolve: evolvePlan },
      actor,
      (state) =>
        deriveVersion(state, {
          fromVersion: 1,
          consultationId,
          amendments: adopted,
          derivedBy: actor.participantId,
        }),
    );
    await testbed.caughtUp();
  };

  beforeAll(async () => {
    testbed = await ConsultationsTestbed.start(engine);
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
