import { randomUUID } from 'node:crypto';
import { ConsultationsTestbed, type Engine, type PublishedPlan } from '../../consultations.fixture';
import { ContributorRoll } from '../contributor-roll/contributor-roll.adapter';

jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each<Engine>(['PGlite', 'PostgreSQL'])('commenting over HTTP on %s', (engine) => {
  let bed: ConsultationsTestbed;
  let plan: PublishedPlan;
  let consultationId: string;

  beforeAll(async () => {
    bed = await ConsultationsTestbed.start(engine);
    plan = await bed.integraPlan();
    consultationId = await bed.openConsultation(plan.planId);
  });
  afterAll(() => bed?.close());

  const firstMeasure = () => plan.sections.flatMap((section) => section.measures)[0]!;
  const commentEvents = async (): Promise<number> => {
    const { rows } = await bed.db.query<{ count: string }>(
      "SELECT count(*) AS count FROM events WHERE stream_type = 'comment'",
    );
    return Number(rows[0]!.count);
  };
  const onMeasure = (overrides: Record<string, unknown> = {}) => ({
    target: { kind: 'measure', measureId: firstMeasure().measureId },
    text: 'Please open the one-stop shop in the evenings too, for people who work days.',
    language: 'en',
    contributorType: 'individual',
    ...overrides,
  });
  const listed = async (token?: string) => {
    await bed.caughtUp();
    const list = await bed.as(token).get(`/consultations/${consultationId}/comments`).expect(200);
    return list.body.comments as Record<string, unknown>[];
  };

  it('takes a comment sent again with the same Idempotency-Key once, and refuses the key for another comment', async () => {
    const resident = bed.resident();
    const key = randomUUID();
    const send = (body: object) =>
      bed
        .as(resident.token)
        .post(`/consultations/${consultationId}/comments`)
        .set('idempotency-key', key)
        .send(body);
    const before = await commentEvents();
    const answers = await Promise.all([send(onMeasure()), send(onMeasure()), send(onMeasure())]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(await commentEvents()).toBe(before + 1);

    const reused = await send(onMeasure({ text: 'Something else entirely.' })).expect(422);
    expect(reused.body).toMatchObject({
      code: 'request.idempotency-key-reused',
      errors: [{ field: 'Idempotency-Key', rule: 'request.idempotency-key-reused' }],
    });
    expect(await commentEvents()).toBe(before + 1);
  });

  it('takes a resident’s comment on a passage, lists it anonymously, and names an organisation only when asked', async () => {
    const resident = bed.resident();
    const { text } = firstMeasure();
    const quote = text.slice(0, 12);
    const passage = await bed
      .as(resident.token)
      .post(`/consultations/${consultationId}/comments`)
      .send(
        onMeasure({
          target: { kind: 'passage', measureId: firstMeasure().measureId, start: 0, end: 12, quote },
          language: 'ar',
          text: 'نريد مترجمين',
        }),
      )
      .expect(201);
    expect(passage.body).toEqual({
      commentId: expect.any(String),
      consultationId,
      receivedAt: expect.any(String),
    });
    const ngo = await bed
      .as(bed.resident().token)
      .post(`/consultations/${consultationId}/comments`)
      .send(
        onMeasure({
          contributorType: 'ngo',
          organisationName: 'Are You Syrious?',
          publishedAs: 'named',
          target: { kind: 'plan' },
        }),
      )
      .expect(201);
    const comments = await listed();
    const mine = comments.find((comment) => comment.commentId === passage.body.commentId);
    expect(mine).toEqual({
      commentId: passage.body.commentId,
      planVersion: 1,
      target: { kind: 'passage', measureId: firstMeasure().measureId, start: 0, end: 12, quote },
      text: 'نريد مترجمين',
      language: 'ar',
      channel: 'online',
      contributor: { type: 'individual', publishedAs: 'anonymous' },
      receivedAt: passage.body.receivedAt,
      duplicateOf: null,
    });
    expect(JSON.stringify(comments)).not.toContain(resident.participantId);
    expect(comments.find((comment) => comment.commentId === ngo.body.commentId)?.contributor).toEqual({
      type: 'ngo',
      publishedAs: 'named',
      organisationName: 'Are You Syrious?',
    });
  });

  it('refuses, naming the problem and writing nothing, a comment outside the text, the plan or the period', async () => {
    const before = await commentEvents();
    const resident = bed.as(bed.resident().token);
    const measure = firstMeasure();
    const outside = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(
        onMeasure({
          target: {
            kind: 'passage',
            measureId: measure.measureId,
            start: 0,
            end: measure.text.length + 1,
            quote: `${measure.text}!`,
          },
        }),
      )
      .expect(422);
    expect(outside.body.code).toBe('comment.passage-outside-text');
    const misquoted = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(
        onMeasure({
          target: { kind: 'passage', measureId: measure.measureId, start: 0, end: 5, quote: 'xxxxx' },
        }),
      )
      .expect(422);
    expect(misquoted.body.code).toBe('comment.passage-outside-text');
    const unknown = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(onMeasure({ target: { kind: 'section', sectionId: randomUUID() } }))
      .expect(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'target.sectionId', rule: 'in-consulted-version' }),
    ]);
    const malformed = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(
        onMeasure({
          target: { kind: 'passage', measureId: measure.measureId, start: -1 },
          language: 'Farsi',
        }),
      )
      .expect(400);
    expect([...new Set(malformed.body.errors.map((issue: { field: string }) => issue.field))].sort()).toEqual(
      ['language', 'target.end', 'target.quote', 'target.start'],
    );
    const mixed = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(onMeasure({ target: { kind: 'plan', measureId: measure.measureId } }))
      .expect(400);
    expect(mixed.body.errors).toEqual([
      expect.objectContaining({ field: 'target.measureId', rule: 'target-kind' }),
    ]);
    const later = await bed.openConsultation(plan.planId, {
      opensAt: new Date(Date.now() + DAY_MS).toISOString(),
    });
    const early = await resident.post(`/consultations/${later}/comments`).send(onMeasure()).expect(422);
    expect(early.body.code).toBe('comment.outside-period');
    await resident.post(`/consultations/${randomUUID()}/comments`).send(onMeasure()).expect(404);
    expect(await commentEvents()).toBe(before);
  });

  it('takes many comments on one consultation at once, none in the way of another', async () => {
    const before = await commentEvents();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        bed.as(bed.resident().token).post(`/consultations/${consultationId}/comments`).send(onMeasure()),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    expect(await commentEvents()).toBe(before + 12);
  });

  it('asks the contributor roll how well a resident’s residence is verified', async () => {
    const verifiedOnly = await bed.openConsultation(plan.planId, { whoMayComment: 'verified-residents' });
    const resident = bed.resident();
    const refused = await bed
      .as(resident.token)
      .post(`/consultations/${verifiedOnly}/comments`)
      .send(onMeasure())
      .expect(403);
    expect(refused.body.code).toBe('comment.not-eligible');
    await bed.db.transaction((session) =>
      bed.app.get(ContributorRoll).record(session, resident.participantId, 'verified'),
    );
    await bed
      .as(resident.token)
      .post(`/consultations/${verifiedOnly}/comments`)
      .send(onMeasure())
      .expect(201);
  });

  it('has officers enter a letter received in time, with the standing they checked', async () => {
    const consultation = await bed.as().get(`/consultations/${consultationId}`).expect(200);
    const receivedAt = new Date(new Date(consultation.body.opensAt as string).getTime() + 1).toISOString();
    const letter = await bed
      .as(bed.officer.token)
      .post(`/consultations/${consultationId}/offline-comments`)
      .send(
        onMeasure({
          channel: 'paper',
          receivedAt,
          contributorType: 'public-institution',
          organisationName: 'Pučki pravobranitelj',
          actsForOrganisation: true,
        }),
      )
      .expect(201);
    expect(letter.body.receivedAt).toBe(receivedAt);
    const unvouched = await bed
      .as(bed.officer.token)
      .post(`/consultations/${consultationId}/offline-comments`)
      .send(
        onMeasure({
          channel: 'email',
          contributorType: 'ngo',
          organisationName: 'Centar za mirovne studije',
        }),
      )
      .expect(403);
    expect(unvouched.body.code).toBe('comment.not-for-organisation');
    const listedLetter = (await listed()).find((comment) => comment.commentId === letter.body.commentId);
    expect(listedLetter).toMatchObject({ channel: 'paper' });
    // Anonymous by default: not even an institution's name is shown unless it asks to be named.
    expect(listedLetter?.contributor).toEqual({ type: 'public-institution', publishedAs: 'anonymous' });
  });

  it('lets only its contributor withdraw a comment, and lists it no more', async () => {
    const resident = bed.resident();
    const taken = await bed
      .as(resident.token)
      .post(`/consultations/${consultationId}/comments`)
      .send(onMeasure())
      .expect(201);
    const path = `/consultations/${consultationId}/comments/${taken.body.commentId}`;
    const other = await bed.as(bed.resident().token).delete(path).expect(403);
    expect(other.body.code).toBe('comment.not-yours');
    await bed
      .as(resident.token)
      .delete(`/consultations/${randomUUID()}/comments/${taken.body.commentId}`)
      .expect(404);
    await bed.as(resident.token).delete(path).expect(204);
    await bed.as(resident.token).delete(path).expect(409);
    expect((await listed()).map((comment) => comment.commentId)).not.toContain(taken.body.commentId);
    const forOfficers = await listed(bed.officer.token);
    expect(forOfficers.find((comment) => comment.commentId === taken.body.commentId)).toMatchObject({
      withdrawn: true,
    });
    const mine = await bed.as(resident.token).get('/consultations/me/comments').expect(200);
    expect(mine.body.comments).toEqual([
      expect.objectContaining({ commentId: taken.body.commentId, withdrawn: true, outcomePublished: false }),
    ]);
  });

  it('takes no comment and no withdrawal once the consultation has closed', async () => {
    const closesAt = new Date(Date.now() + 1500);
    const brief = await bed.openConsultation(plan.planId, { closesAt: closesAt.toISOString() });
    const resident = bed.as(bed.resident().token);
    const taken = await resident.post(`/consultations/${brief}/comments`).send(onMeasure()).expect(201);
    await new Promise((resolve) => setTimeout(resolve, closesAt.getTime() - Date.now() + 50));
    const late = await resident.post(`/consultations/${brief}/comments`).send(onMeasure()).expect(422);
    expect(late.body.code).toBe('comment.outside-period');
    const withdrawal = await resident
      .delete(`/consultations/${brief}/comments/${taken.body.commentId}`)
      .expect(422);
    expect(withdrawal.body.code).toBe('consultation.closed');
  });

  it('has moderators hide a comment with a public reason, listed with the reason only', async () => {
    const taken = await bed
      .as(bed.resident().token)
      .post(`/consultations/${consultationId}/comments`)
      .send(onMeasure({ text: 'Something unlawful' }))
      .expect(201);
    const path = `/consultations/${consultationId}/comments/${taken.body.commentId}/hiding`;
    const moderator = bed.as(bed.moderator().token);
    const reasonless = await moderator
      .post(path)
      .send({ reason: { original: 'en', texts: {} } })
      .expect(400);
    expect(reasonless.body.errors[0]).toMatchObject({ field: 'reason.texts' });
    const reason = { original: 'en', texts: { en: 'Names a private person' } };
    await moderator.post(path).send({ reason }).expect(201);
    await moderator.post(path).send({ reason }).expect(409);
    const hidden = (await listed()).find((comment) => comment.commentId === taken.body.commentId);
    expect(hidden).toEqual({
      commentId: taken.body.commentId,
      receivedAt: expect.any(String),
      hidden: { reason },
    });
  });

  it('has officers mark duplicates within the consultation, refusing a loop', async () => {
    const resident = bed.as(bed.resident().token);
    const original = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(onMeasure())
      .expect(201);
    const copy = await resident
      .post(`/consultations/${consultationId}/comments`)
      .send(onMeasure())
      .expect(201);
    const officer = bed.as(bed.officer.token);
    const mark = (commentId: string, duplicateOf: string) =>
      officer
        .post(`/consultations/${consultationId}/comments/${commentId}/duplicate-of`)
        .send({ duplicateOf });
    await mark(copy.body.commentId, original.body.commentId).expect(201);
    const loop = await mark(original.body.commentId, copy.body.commentId).expect(422);
    expect(loop.body.code).toBe('comment.duplicate-cycle');
    await mark(original.body.commentId, randomUUID()).expect(404);
    const listedCopy = (await listed()).find((comment) => comment.commentId === copy.body.commentId);
    expect(listedCopy?.duplicateOf).toBe(original.body.commentId);
  });
});
