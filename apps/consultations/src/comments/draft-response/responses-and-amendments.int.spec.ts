import { randomUUID } from 'node:crypto';
import { ConsultationClosing } from '../../consultations/close-consultation/consultation-closing.reactor';
import { CONSULTATION_STREAM } from '../../consultations/consultation.events';
import {
  ConsultationsTestbed,
  type Engine,
  type Participant,
  type PublishedPlan,
} from '../../consultations.fixture';

jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;

const text = (en: string) => ({ original: 'en', texts: { en } });

describe.each<Engine>(['PGlite', 'PostgreSQL'])('responses and amendments over HTTP on %s', (engine) => {
  let bed: ConsultationsTestbed;
  let plan: PublishedPlan;
  let consultationId: string;
  let residents: Participant[];
  let comments: string[];
  let amendmentId: string;

  const measures = () => plan.sections.flatMap((section) => section.measures);
  const officer = () => bed.as(bed.officer.token);
  const url = (rest: string) => `/consultations/${consultationId}/${rest}`;
  const eventCount = async (streamType: string): Promise<number> => {
    const { rows } = await bed.db.query<{ count: string }>(
      'SELECT count(*) AS count FROM events WHERE stream_type = $1',
      [streamType],
    );
    return Number(rows[0]!.count);
  };

  beforeAll(async () => {
    bed = await ConsultationsTestbed.start(engine, { runsNotary: true });
    plan = await bed.integraPlan();
    consultationId = await bed.openConsultation(plan.planId);
    residents = [bed.resident(), bed.resident(), bed.resident(), bed.resident()];
    comments = [];
    for (const resident of residents) {
      const taken = await bed
        .as(resident.token)
        .post(url('comments'))
        .send({
          target: { kind: 'measure', measureId: measures()[0]!.measureId },
          text: 'Interpreters at the one-stop shop, please.',
          language: 'en',
          contributorType: 'individual',
        })
        .expect(201);
      comments.push(taken.body.commentId as string);
    }
  });
  afterAll(() => bed?.close());

  it('takes an amendment citing comments, one per measure, and refuses bad ones naming the field', async () => {
    const measure = measures()[0]!;
    const change = {
      kind: 'change',
      measureId: measure.measureId,
      content: {
        title: measure.title,
        text: `${measure.text} Interpreters in Arabic, Farsi and Ukrainian are on hand.`,
        department: 'Social Welfare Department',
        budget: null,
        targetGroups: ['newcomers'],
        indicators: [],
      },
      origin: 'comments',
      motivatedBy: [comments[0]],
    };
    const before = await eventCount(CONSULTATION_STREAM);
    const noExplanation = await officer()
      .post(url('amendments'))
      .send({ ...change, origin: 'elsewhere', motivatedBy: [] })
      .expect(400);
    expect(noExplanation.body.errors).toEqual([expect.objectContaining({ field: 'originExplanation' })]);
    const badContent = await officer()
      .post(url('amendments'))
      .send({ ...change, content: { ...change.content, title: '' } })
      .expect(400);
    expect(badContent.body.errors).toEqual([expect.objectContaining({ field: 'content.title' })]);
    const foreign = await officer()
      .post(url('amendments'))
      .send({ ...change, motivatedBy: [randomUUID()] })
      .expect(422);
    expect(foreign.body.code).toBe('amendment.comment-not-in-consultation');
    await officer()
      .post(url('amendments'))
      .send({ ...change, measureId: randomUUID() })
      .expect(404);
    expect(await eventCount(CONSULTATION_STREAM)).toBe(before);

    const proposed = await officer().post(url('amendments')).send(change).expect(201);
    amendmentId = proposed.body.amendmentId as string;
    const rival = await officer().post(url('amendments')).send(change).expect(409);
    expect(rival.body.code).toBe('amendment.measure-already-amended');

    const removal = await officer()
      .post(url('amendments'))
      .send({
        kind: 'remove',
        measureId: measures()[1]!.measureId,
        origin: 'elsewhere',
        originExplanation: text('The state took this measure over in its 2027 budget.'),
      })
      .expect(201);
    await officer()
      .delete(url(`amendments/${removal.body.amendmentId}`))
      .expect(204);
    await officer()
      .delete(url(`amendments/${removal.body.amendmentId}`))
      .expect(409);
  });

  it('drafts responses, refusing one without a reason and writing nothing then', async () => {
    const before = await eventCount('comment');
    const reasonless = await officer()
      .put(url(`comments/${comments[1]}/response`))
      .send({ status: 'not-accepted', respondingUnit: 'Social Welfare Department' })
      .expect(400);
    expect(reasonless.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'required' })]);
    const uncited = await officer()
      .put(url(`comments/${comments[0]}/response`))
      .send({ status: 'accepted', respondingUnit: 'Social Welfare Department' })
      .expect(400);
    expect(uncited.body.errors).toEqual([expect.objectContaining({ field: 'amendmentIds' })]);
    await officer()
      .put(url(`comments/${comments[0]}/response`))
      .send({ status: 'accepted', respondingUnit: 'Social Welfare', amendmentIds: [randomUUID()] })
      .expect(404);
    expect(await eventCount('comment')).toBe(before);

    await officer()
      .put(url(`comments/${comments[0]}/response`))
      .send({ status: 'accepted', respondingUnit: 'Social Welfare Department', amendmentIds: [amendmentId] })
      .expect(200);
  });

  it('answers a group all or nothing, naming every comment that stands in the way', async () => {
    await bed
      .as(residents[2]!.token)
      .delete(url(`comments/${comments[2]}`))
      .expect(204);
    const group = {
      status: 'noted',
      reason: text('The shop will have interpreters; see the amended measure.'),
      respondingUnit: 'Social Welfare Department',
    };
    const before = await eventCount('comment');
    const refused = await officer()
      .post(url('response-groups'))
      .send({ ...group, commentIds: [comments[1], comments[2], comments[3]] })
      .expect(422);
    expect(refused.body.code).toBe('response.group-refused');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'commentIds.1', rule: 'response.comment-withdrawn' }),
    ]);
    expect(await eventCount('comment')).toBe(before);

    const answered = await officer()
      .post(url('response-groups'))
      .send({ ...group, commentIds: [comments[1], comments[3]] })
      .expect(201);
    expect(answered.body).toEqual({
      bulkGroupId: expect.any(String),
      commentIds: [comments[1], comments[3]],
    });
    await bed.caughtUp();
    const forOfficers = await officer().get(url('comments')).expect(200);
    const drafts = forOfficers.body.comments.filter(
      (comment: { draftResponse?: { bulkGroupId: string } }) =>
        comment.draftResponse?.bulkGroupId === answered.body.bulkGroupId,
    );
    expect(drafts).toHaveLength(2);
  });

  it('shows responses to the public and to each contributor only once the outcome is published', async () => {
    await bed.caughtUp();
    const before = await bed.as().get(url('comments')).expect(200);
    expect(JSON.stringify(before.body)).not.toMatch(/esponse/);
    const mine = await bed.as(residents[0]!.token).get('/consultations/me/comments').expect(200);
    expect(mine.body.comments[0]).not.toHaveProperty('response');

    // The scheduler, told the period is over, records the closing as it would on the day.
    await bed.app.get(ConsultationClosing).closeDue(new Date(Date.now() + 31 * DAY_MS));
    await officer().post(url('outcome')).send({}).expect(201);
    await bed.caughtUp();
    const after = await bed.as().get(url('comments')).expect(200);
    const accepted = after.body.comments.find(
      (comment: { commentId: string }) => comment.commentId === comments[0],
    );
    expect(accepted.response).toMatchObject({ status: 'accepted', amendmentIds: [amendmentId] });
    expect(accepted.response).not.toHaveProperty('draftedBy');
    const told = await bed.as(residents[0]!.token).get('/consultations/me/comments').expect(200);
    expect(told.body.comments).toEqual([
      expect.objectContaining({
        commentId: comments[0],
        consultationId,
        outcomePublished: true,
        response: expect.objectContaining({
          status: 'accepted',
          respondingUnit: 'Social Welfare Department',
        }),
      }),
    ]);

    const late = await officer()
      .put(url(`comments/${comments[1]}/response`))
      .send({ status: 'accepted', respondingUnit: 'Social Welfare', amendmentIds: [amendmentId] })
      .expect(422);
    expect(late.body.code).toBe('consultation.outcome-published');
    const amending = await officer()
      .delete(url(`amendments/${amendmentId}`))
      .expect(422);
    expect(amending.body.code).toBe('consultation.outcome-published');
  });
});
