import { setTimeout as sleep } from 'node:timers/promises';
import { ConsultationsTestbed, type Engine, type PublishedPlan } from '../../consultations.fixture';
import { escape } from '../../outcome-report/report-page';

jest.setTimeout(120_000);

const text = (original: string, texts: Record<string, string>) => ({ original, texts });
const AFTER_TEXT = 'Interpreters in Arabic, Farsi and Ukrainian are on hand at every office hour.';

describe.each<Engine>(['PGlite', 'PostgreSQL'])('publishing the outcome over HTTP on %s', (engine) => {
  let bed: ConsultationsTestbed;
  let plan: PublishedPlan;
  let consultationId: string;
  let closesAt: Date;
  const comments: string[] = [];
  let amendmentId: string;

  const measures = () => plan.sections.flatMap((section) => section.measures);
  const officer = () => bed.as(bed.officer.token);
  const url = (rest: string) => `/consultations/${consultationId}/${rest}`;
  const outcomes = async (): Promise<number> => {
    const { rows } = await bed.db.query<{ count: string }>(
      `SELECT count(*) AS count FROM events WHERE stream_name = $1 AND event_type = 'OutcomePublished'`,
      [`consultation-${consultationId}`],
    );
    return Number(rows[0]!.count);
  };

  beforeAll(async () => {
    bed = await ConsultationsTestbed.start(engine, { runsNotary: true });
    plan = await bed.integraPlan();
    closesAt = new Date(Date.now() + 8000);
    consultationId = await bed.openConsultation(plan.planId, { closesAt: closesAt.toISOString() });
    const online = [
      { target: { kind: 'measure', measureId: measures()[0]!.measureId }, contributorType: 'individual' },
      { target: { kind: 'plan' }, contributorType: 'other', language: 'ar' },
      { target: { kind: 'section', sectionId: plan.sections[1]!.sectionId }, contributorType: 'individual' },
    ];
    for (const comment of online) {
      const taken = await bed
        .as(bed.resident().token)
        .post(url('comments'))
        .send({ text: 'Interpreters at the one-stop shop, please.', language: 'en', ...comment })
        .expect(201);
      comments.push(taken.body.commentId as string);
    }
  });
  afterAll(() => bed?.close());

  it('is refused while the consultation runs, and there is no report to read yet', async () => {
    const running = await bed.openConsultation(plan.planId);
    const early = await officer().post(`/consultations/${running}/outcome`).send({}).expect(422);
    expect(early.body.code).toBe('outcome.consultation-open');
    const none = await bed.as().get(url('outcome')).expect(404);
    expect(none.body.code).toBe('outcome-report.not-published');
    await bed.as().get(url('outcome.csv')).expect(404);
  });

  it('names the unanswered comments, writing nothing, unless told to publish with them listed', async () => {
    await sleep(Math.max(0, closesAt.getTime() - Date.now()) + 100);
    // A letter received in the period and entered once it closed is answered like the others.
    const letter = await officer()
      .post(url('offline-comments'))
      .send({
        target: { kind: 'plan' },
        text: 'The plan forgets asylum seekers.',
        language: 'hr',
        contributorType: 'public-institution',
        organisationName: 'Office of the Ombudsperson',
        actsForOrganisation: true,
        publishedAs: 'named',
        channel: 'paper',
        receivedAt: new Date(closesAt.getTime() - 1000).toISOString(),
      })
      .expect(201);
    comments.push(letter.body.commentId as string);
    const measure = measures()[0]!;
    const amended = await officer()
      .post(url('amendments'))
      .send({
        kind: 'change',
        measureId: measure.measureId,
        content: {
          title: measure.title,
          text: AFTER_TEXT,
          department: 'Social Welfare Department',
          budget: null,
          targetGroups: ['newcomers'],
          indicators: [],
        },
        origin: 'comments',
        motivatedBy: [comments[0]],
      })
      .expect(201);
    amendmentId = amended.body.amendmentId as string;
    await officer()
      .put(url(`comments/${comments[0]}/response`))
      .send({ status: 'accepted', respondingUnit: 'Social Welfare Department', amendmentIds: [amendmentId] })
      .expect(200);
    await officer()
      .put(url(`comments/${comments[1]}/response`))
      .send({
        status: 'not-accepted',
        respondingUnit: 'Mayor’s office',
        reason: text('en', { en: 'Out of the city’s remit.', hr: 'Izvan nadležnosti Grada.' }),
      })
      .expect(200);
    await officer()
      .put(url(`comments/${comments[3]}/response`))
      .send({ status: 'noted', respondingUnit: 'Mayor’s office', reason: text('en', { en: 'Noted.' }) })
      .expect(200);

    const refused = await officer().post(url('outcome')).send({}).expect(422);
    expect(refused.body.code).toBe('outcome.unanswered-comments');
    expect(refused.body.errors).toEqual([expect.objectContaining({ commentId: comments[2] })]);
    expect(await outcomes()).toBe(0);

    const published = await officer().post(url('outcome')).send({ publishWithUnanswered: true }).expect(201);
    expect(published.body).toMatchObject({
      consultationId,
      planId: plan.planId,
      nextPlanVersion: 2,
      unansweredCommentIds: [comments[2]],
      checkpoint: { rootHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const twice = await officer().post(url('outcome')).send({ publishWithUnanswered: true }).expect(409);
    expect(twice.body.code).toBe('outcome.already-published');
    expect(await outcomes()).toBe(1);
    await bed.caughtUp();
  });

  it('serves the report as JSON, line by line, citing the checkpoint, in the language asked for', async () => {
    const report = await bed.as().get(url('outcome')).expect(200);
    expect(report.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(report.body.language).toBe('en');
    expect(
      report.body.comments.map((c: { commentId: string; status: string }) => [c.commentId, c.status]),
    ).toEqual([
      [comments[0], 'accepted'],
      [comments[1], 'not-accepted'],
      [comments[2], 'unanswered'],
      [comments[3], 'noted'],
    ]);
    expect(report.body.comments[0].amendments).toEqual([
      expect.objectContaining({ amendmentId, kind: 'change', measureNumber: measures()[0]!.number }),
    ]);
    expect(report.body.unansweredComments).toEqual([{ commentId: comments[2], number: 3 }]);
    expect(report.body.statistics.byStatus).toMatchObject({ total: 4, accepted: 1, unanswered: 1 });
    expect(report.body.checkpoint.treeSize).toBeGreaterThan(0);
    const [changed] = report.body.changedMeasures;
    expect(changed).toMatchObject({ measureId: measures()[0]!.measureId, kind: 'changed' });
    expect(changed.fields).toContainEqual({ field: 'text', before: measures()[0]!.text, after: AFTER_TEXT });

    const croatian = await bed.as().get(url('outcome?lang=hr-HR')).expect(200);
    expect(croatian.body.language).toBe('hr');
    expect(croatian.body.comments[1].reason).toEqual({
      text: 'Izvan nadležnosti Grada.',
      language: 'hr',
      original: false,
    });
    expect(croatian.body.comments[3].reason).toMatchObject({ language: 'en', original: true });
  });

  it('serves it as CSV and as an HTML page, by path or by the Accept header', async () => {
    const csv = await bed.as().get(url('outcome.csv')).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toContain(`1,${comments[0]},`);
    expect(rows[1]).toContain(',accepted,');
    expect(rows[3]).toContain(',unanswered,');

    const html = await bed.as().get(url('outcome.html?lang=ar')).expect(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('<html lang="ar" dir="rtl">');
    expect(html.text).toContain(escape(measures()[0]!.text));
    expect(html.text).toContain(escape(AFTER_TEXT));

    const negotiated = await bed.as().get(url('outcome')).set('accept', 'text/html').expect(200);
    expect(negotiated.text).toContain('<html lang="en" dir="ltr">');
    expect(negotiated.headers.vary).toMatch(/accept/i);
    const asCsv = await bed.as().get(url('outcome?lang=hr')).set('accept', 'text/csv').expect(200);
    expect(asCsv.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('makes the next plan version, and the diff links its change to the amendment and comment', async () => {
    const second = await bed.as().get(`/consultations/plans/${plan.planId}/versions/2`).expect(200);
    const after = second.body.sections.flatMap(
      (section: PublishedPlan['sections'][number]) => section.measures,
    );
    expect(after[0]).toMatchObject({ measureId: measures()[0]!.measureId, text: AFTER_TEXT });
    const diff = await bed.as().get(`/consultations/plans/${plan.planId}/diff?from=1&to=2`).expect(200);
    expect(diff.body.differences).toEqual([
      expect.objectContaining({
        kind: 'changed',
        measureId: measures()[0]!.measureId,
        amendments: [expect.objectContaining({ amendmentId, consultationId, version: 2 })],
        commentIds: [comments[0]],
      }),
    ]);
  });
});
