import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConsultationsTestbed,
  type Engine,
  type Participant,
  type PublishedPlan,
} from '../consultations.fixture';
import { OUTCOME_NOTICES_STREAM } from './outcome-notice.events';
import { OutcomeNotices } from './outcome-notices.reactor';

jest.setTimeout(90_000);

const PERIOD_MS = 4_000;
const SMALL_PLAN = '# Welcome plan\n\n## Language\n\n1. Free language classes for newcomers.\n';

describe.each<Engine>(['PGlite', 'PostgreSQL'])('contributor notices over HTTP on %s', (engine) => {
  let bed: ConsultationsTestbed;
  let plan: PublishedPlan;
  let first: string;
  let second: string;
  let closesAt: number;
  let arabic: Participant;
  let croatian: Participant;
  let french: Participant;
  const commentIds: Record<string, string> = {};

  const officer = () => bed.as(bed.officer.token);
  const measure = (at: number) => plan.sections.flatMap((section) => section.measures)[at]!;
  const comment = async (who: Participant, consultationId: string, body: Record<string, unknown>) => {
    const taken = await bed
      .as(who.token)
      .post(`/consultations/${consultationId}/comments`)
      .send({ contributorType: 'individual', ...body })
      .expect(201);
    return taken.body.commentId as string;
  };
  const respond = (consultationId: string, commentId: string, body: Record<string, unknown>) =>
    officer()
      .put(`/consultations/${consultationId}/comments/${commentId}/response`)
      .send({ respondingUnit: 'Ured za integraciju', ...body })
      .expect((response) => expect(response.status).toBeLessThan(300));
  const publish = async (consultationId: string) => {
    await bed.caughtUp();
    await officer().post(`/consultations/${consultationId}/outcome`).send({}).expect(201);
    await bed.caughtUp();
  };
  const noticesOf = async (who: Participant) =>
    (await bed.as(who.token).get('/consultations/me/notices').expect(200)).body.notices as Record<
      string,
      unknown
    >[];

  beforeAll(async () => {
    bed = await ConsultationsTestbed.start(engine, { runsNotary: true });
    plan = await bed.integraPlan();
    closesAt = Date.now() + PERIOD_MS;
    const period = { closesAt: new Date(closesAt).toISOString() };
    first = await bed.openConsultation(plan.planId, period);
    // Two outcomes of one plan version cannot both derive its next version: the second is on a plan of its own.
    const small = await bed.publish(await bed.importPlan(SMALL_PLAN));
    second = await bed.openConsultation(small.planId, period);
    [arabic, croatian, french] = [bed.resident(), bed.resident(), bed.resident()];
    commentIds.arabic = await comment(arabic, first, {
      target: { kind: 'measure', measureId: measure(0).measureId },
      text: 'نحتاج إلى مترجمين في المكتب.',
      language: 'ar',
    });
    commentIds.croatian = await comment(croatian, first, {
      target: { kind: 'section', sectionId: plan.sections[1]!.sectionId },
      text: 'Tečajevi jezika navečer.',
      language: 'hr',
    });
    commentIds.withdrawn = await comment(croatian, first, {
      target: { kind: 'plan' },
      text: 'Ne.',
      language: 'hr',
    });
    commentIds.french = await comment(french, first, {
      target: { kind: 'measure', measureId: measure(0).measureId },
      text: 'Des interprètes, s’il vous plaît.',
      language: 'fr',
    });
    commentIds.later = await comment(arabic, second, {
      target: { kind: 'plan' },
      text: 'شكرا.',
      language: 'ar',
    });
    await bed
      .as(croatian.token)
      .delete(`/consultations/${first}/comments/${commentIds.withdrawn}`)
      .expect(204);
    await officer()
      .post(`/consultations/${first}/comments/${commentIds.french}/duplicate-of`)
      .send({ duplicateOf: commentIds.arabic })
      .expect((response) => expect(response.status).toBeLessThan(300));
    const changed = measure(1);
    const amendment = await officer()
      .post(`/consultations/${first}/amendments`)
      .send({
        kind: 'change',
        measureId: changed.measureId,
        content: {
          title: changed.title,
          text: `${changed.text} Evening classes too.`,
          department: null,
          budget: null,
          targetGroups: [],
          indicators: [],
        },
        origin: 'comments',
        motivatedBy: [commentIds.croatian],
      })
      .expect(201);
    await respond(first, commentIds.arabic, {
      status: 'not-accepted',
      reason: {
        original: 'hr',
        texts: { hr: 'Nema proračuna ove godine.', ar: 'لا توجد ميزانية هذا العام.' },
      },
    });
    await respond(first, commentIds.croatian, {
      status: 'accepted',
      amendmentIds: [amendment.body.amendmentId],
    });
    await respond(second, commentIds.later, {
      status: 'noted',
      reason: { original: 'en', texts: { en: 'Thanks.' } },
    });
    await sleep(Math.max(0, closesAt - Date.now() + 100));
    await publish(first);
    await publish(second);
  });
  afterAll(() => bed?.close());

  it('tells each contributor, newest first, what happened to each comment in their language', async () => {
    const notices = await noticesOf(arabic);
    expect(notices.map((n) => n.commentId)).toEqual([commentIds.later, commentIds.arabic]);
    expect(notices[1]).toEqual({
      commentId: commentIds.arabic,
      consultationId: first,
      language: 'ar',
      consultationTitle: { text: 'INTEGRA recommendations for our city', language: 'en', original: true },
      excerpt: 'نحتاج إلى مترجمين في المكتب.',
      target: { kind: 'measure', label: measure(0).number },
      status: 'not-accepted',
      reason: { text: 'لا توجد ميزانية هذا العام.', language: 'ar', original: false },
      noAmendmentNeededBecause: null,
      respondingUnit: 'Ured za integraciju',
      amendments: [],
      outcomeReport: `/consultations/${first}/outcome`,
      publishedAt: expect.any(String),
      message: {
        language: 'ar',
        subject: 'ماذا حدث لتعليقك: INTEGRA recommendations for our city',
        text: expect.stringContaining('الحالة: غير مقبول\nالسبب: لا توجد ميزانية هذا العام.\n'),
      },
    });
  });

  it('names the amendments an accepted comment led to, leaves out a withdrawn one, and answers a duplicate as its original', async () => {
    const [croatianNotice, ...others] = await noticesOf(croatian);
    expect(others).toEqual([]);
    expect(croatianNotice).toMatchObject({
      commentId: commentIds.croatian,
      consultationTitle: { text: 'Preporuke INTEGRA za naš grad', language: 'hr', original: false },
      target: { kind: 'section', label: plan.sections[1]!.heading },
      status: 'accepted',
      amendments: [{ kind: 'change', measureNumber: measure(1).number }],
      message: { language: 'hr', text: expect.stringContaining(`izmijenjena mjera ${measure(1).number}`) },
    });
    expect(await noticesOf(french)).toEqual([
      expect.objectContaining({
        commentId: commentIds.french,
        status: 'not-accepted',
        reason: { text: 'Nema proračuna ove godine.', language: 'hr', original: true },
        message: expect.objectContaining({
          language: 'fr',
          subject: expect.stringMatching(/^Ce qu’il est advenu/),
        }),
      }),
    ]);
    expect(await noticesOf(bed.resident())).toEqual([]);
    await bed.as().get('/consultations/me/notices').expect(401);
  });

  it('records each notice once, word for word, for the relay to publish', async () => {
    const reactor = bed.app.get(OutcomeNotices);
    await reactor.caughtUp();
    const { rows } = await bed.db.query<{ stream_name: string; data: Record<string, string> }>(
      'SELECT stream_name, data FROM events WHERE stream_type = $1 ORDER BY global_position',
      [OUTCOME_NOTICES_STREAM],
    );
    expect(rows).toHaveLength(4);
    const arabicNotice = rows.find((row) => row.data.commentId === commentIds.arabic)!;
    expect(arabicNotice.stream_name).toBe(`${OUTCOME_NOTICES_STREAM}-${first}`);
    expect(arabicNotice.data).toMatchObject({ participantId: arabic.participantId, language: 'ar' });
    expect(arabicNotice.data.text).toContain('لا توجد ميزانية هذا العام.');
  });
});
