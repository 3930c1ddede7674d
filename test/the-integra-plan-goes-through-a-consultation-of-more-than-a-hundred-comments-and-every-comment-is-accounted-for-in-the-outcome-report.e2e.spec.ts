import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Processors, SessionTokens } from '@commonplan/nest';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDirOn } from './support/embedded-data-dir';
import {
  ConsultationLedger,
  en,
  escapeHtml,
  everydayComment,
  inTurns,
  parseCsv,
  type CommentBody,
  type PlanVersionBody,
  type SentAmendment,
  type SentComment,
  type SentResponse,
} from './support/integra-consultation.fixture';
import {
  amendmentBodies,
  ASYLUM,
  everydayResponse,
  expectedCsvRows,
  LANGUAGES_ASKED,
  measureOf,
  offlineComments,
  onlineComments,
  signedAs,
  withArabic,
  type AmendmentBody,
} from './support/integra-walk.fixture';

jest.setTimeout(240_000);

const INTEGRA = readFileSync(
  path.join(__dirname, '../apps/consultations/src/plans/integra-plan.fixture.md'),
  'utf8',
);
const LANGUAGES = ['en', 'ar', 'hr', 'uk'];
/** Long enough for every online comment and withdrawal on a busy machine; offline ones come after. */
const COMMENTING_MS = 25_000;
const RESIDENTS = 24;
const EVERYDAY_ONLINE = 62;
const EVERYDAY_OFFLINE = 36;
const WITHDRAWN = [4, 17, 30, 45];
const HIDDEN = [8, 21, 36, 70];
/** Everyday comments marked as duplicates: [duplicate, original]. */
const DUPLICATES: [number, number][] = [
  [10, 2],
  [25, 3],
  [40, 6],
  [66, 7],
  [90, 11],
];
const OFFLINE_CHANNELS = ['email', 'paper', 'meeting'] as const;

describe.each(['PGlite', 'PostgreSQL'] as const)(
  'on %s, the INTEGRA plan goes through a consultation of more than a hundred comments',
  (engine) => {
    let app: NestExpressApplication;
    let dataDir: string;
    let database: TestDatabase | undefined;
    let officer: string;
    let moderator: string;
    let residents: { participantId: string; token: string }[];
    let v1: PlanVersionBody;
    let v2: PlanVersionBody;
    let planId: string;
    let consultationId: string;
    let opensAt: Date;
    let closesAt: Date;
    const ledger = new ConsultationLedger();
    const everyday: SentComment[] = [];
    const special: Record<string, SentComment> = {};
    const amendment = {} as Record<'asylum' | 'added' | 'removed' | 'budget', SentAmendment>;

    const as = (token?: string) => signedAs(app, token);
    const url = (rest = '') => `/consultations/${consultationId}${rest}`;
    const caughtUp = () => app.get(Processors).projectionsCaughtUp();
    const measure = (number: string) => measureOf(v1, number);
    /** The number the officer proposed for the added measure, which the version keeps. */
    const addedNumber = () =>
      v2.sections.flatMap((s) => s.measures).find((m) => m.measureId === amendment.added.measureId)!.number;

    beforeAll(async () => {
      dataDir = await embeddedDataDirOn(engine, 'commonplan-e2e-integra-');
      database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
      app = await createPlatform({
        config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
      });
      const tokens = app.get(SessionTokens);
      officer = tokens.issue(randomUUID(), [{ role: 'officer', context: 'consultations' }], 3600).token;
      moderator = tokens.issue(randomUUID(), [{ role: 'moderator' }], 3600).token;
      // Residents sign in as the city hands out access codes: verified, in their district.
      const batch = await as(officer)
        .post('/identity/access-code-batches')
        .send({ size: RESIDENTS, district: 'Trnje', ageBand: '30-44' })
        .expect(201);
      residents = [];
      for (const code of batch.body.codes as string[]) {
        const signedIn = await as().post('/identity/sign-in/access-code').send({ code }).expect(201);
        residents.push(signedIn.body as { participantId: string; token: string });
      }
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    const submitOnline = async (body: CommentBody, author: { participantId: string; token: string }) => {
      const taken = await as(author.token).post(url('/comments')).send(body).expect(201);
      return ledger.record({
        commentId: taken.body.commentId,
        receivedAt: taken.body.receivedAt,
        body,
        author: author.participantId,
        withdrawn: false,
      });
    };
    const enterOffline = async (body: CommentBody) => {
      const taken = await as(officer).post(url('/offline-comments')).send(body).expect(201);
      expect(taken.body.receivedAt).toBe(body.receivedAt);
      return ledger.record({
        commentId: taken.body.commentId,
        receivedAt: body.receivedAt!,
        body,
        withdrawn: false,
      });
    };
    const respond = async (comment: SentComment, response: SentResponse) => {
      await as(officer)
        .put(url(`/comments/${comment.commentId}/response`))
        .send(response)
        .expect(200);
      comment.response = response;
    };
    const respondToGroup = async (comments: readonly SentComment[], response: SentResponse) => {
      const commentIds = comments.map((c) => c.commentId);
      const group = await as(officer)
        .post(url('/response-groups'))
        .send({ ...response, commentIds })
        .expect(201);
      expect(group.body).toEqual({ bulkGroupId: expect.any(String), commentIds });
      for (const comment of comments) comment.response = response;
    };
    const propose = async (body: AmendmentBody) => {
      // An absent field and a null one are not the same to the request's validation: nulls stay home.
      const sent = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
      const proposed = await as(officer).post(url('/amendments')).send(sent).expect(201);
      const amendment: SentAmendment = {
        ...body,
        amendmentId: proposed.body.amendmentId,
        measureId: proposed.body.measureId,
        withdrawn: false,
      };
      ledger.amendments.push(amendment);
      return amendment;
    };

    it('is opened by the officer on version 1 of the imported recommendations, in four languages', async () => {
      const imported = await as(officer)
        .post('/consultations/plan-imports')
        .send({ markdown: INTEGRA, kind: 'strategy', language: 'en' })
        .expect(201);
      planId = imported.body.planId;
      await as(officer).post(`/consultations/plans/${planId}/versions`).expect(201);
      await caughtUp();
      v1 = (await as().get(`/consultations/plans/${planId}/versions/1`).expect(200)).body;
      expect(v1.sections.flatMap((section) => section.measures)).toHaveLength(45);
      const opened = await as(officer)
        .post('/consultations')
        .send({
          planId,
          planVersion: 1,
          title: {
            original: 'en',
            texts: { en: 'INTEGRA for our city', ar: 'إنتغرا لمدينتنا', hr: 'INTEGRA za naš grad' },
          },
          explanation: en('Every comment is answered in the outcome report, with the changes it led to.'),
          closesAt: new Date(Date.now() + COMMENTING_MS).toISOString(),
          languages: LANGUAGES,
          whoMayComment: 'anyone',
        })
        .expect(201);
      consultationId = opened.body.consultationId;
      await caughtUp();
      const shown = await as().get(url()).expect(200);
      expect(shown.body).toMatchObject({ status: 'open', languages: LANGUAGES });
      opensAt = new Date(shown.body.opensAt);
      closesAt = new Date(shown.body.closesAt);
    });

    it('takes comments online from residents and organisations, lets authors withdraw theirs, and publishes nothing before the closing', async () => {
      await inTurns(Object.entries(onlineComments(v1)), 4, async ([name, body], at) => {
        special[name] = await submitOnline(body, residents[at % RESIDENTS]!);
      });
      const bodies = Array.from({ length: EVERYDAY_ONLINE }, (_, n) => everydayComment(v1, n));
      everyday.push(
        ...(await inTurns(bodies, 6, (body, n) => submitOnline(body, residents[n % RESIDENTS]!))),
      );
      const early = await as(officer).post(url('/outcome')).send({}).expect(422);
      expect(early.body.code).toBe('outcome.consultation-open');
      for (const n of WITHDRAWN) {
        const comment = everyday[n]!;
        const author = residents.find((r) => r.participantId === comment.author)!;
        const other = residents.find((r) => r.participantId !== comment.author)!;
        await as(other.token)
          .delete(url(`/comments/${comment.commentId}`))
          .expect(403);
        await as(author.token)
          .delete(url(`/comments/${comment.commentId}`))
          .expect(204);
        comment.withdrawn = true;
      }
      // The closing is automatic and nothing closes early, so the walk waits for the announced time.
      await sleep(Math.max(0, closesAt.getTime() - Date.now() + 100));
      const late = await as(residents[0]!.token)
        .post(url('/comments'))
        .send(everydayComment(v1, 0))
        .expect(422);
      expect(late.body.code).toBe('comment.outside-period');
      for (let waited = 0; waited < 10_000; waited += 100) {
        await caughtUp();
        if ((await as().get(url()).expect(200)).body.status === 'closed') break;
        await sleep(100);
      }
      expect((await as().get(url()).expect(200)).body.status).toBe('closed');
    });

    it('takes the letters, e-mails and meeting notes received in time, hides what breaks the rules and marks duplicates', async () => {
      const at = (k: number) => new Date(opensAt.getTime() + 100 * (k + 1)).toISOString();
      for (const [name, body] of Object.entries(offlineComments(v1, at)))
        special[name] = await enterOffline(body);
      for (let n = EVERYDAY_ONLINE; n < EVERYDAY_ONLINE + EVERYDAY_OFFLINE; n++) {
        const body = everydayComment(v1, n);
        const organisation = body.contributorType !== 'individual';
        everyday.push(
          await enterOffline({
            ...body,
            channel: OFFLINE_CHANNELS[n % OFFLINE_CHANNELS.length]!,
            receivedAt: at(n),
            ...(organisation ? { actsForOrganisation: true } : {}),
          }),
        );
      }
      expect(ledger.comments.size).toBeGreaterThanOrEqual(100);

      for (const [index, n] of HIDDEN.entries()) {
        const reason =
          index === 0
            ? withArabic('Names a private person', 'يذكر اسم شخص بعينه')
            : en(index % 2 ? 'Insults a group of residents' : 'Advertises a business');
        await as(moderator)
          .post(url(`/comments/${everyday[n]!.commentId}/hiding`))
          .send({ reason })
          .expect(201);
        everyday[n]!.hidden = reason;
      }
      const duplicates: [SentComment, SentComment][] = [
        [special['asylum-again']!, special['asylum-resident']!],
        ...DUPLICATES.map(([copy, original]): [SentComment, SentComment] => [
          everyday[copy]!,
          everyday[original]!,
        ]),
      ];
      for (const [copy, original] of duplicates) {
        await as(officer)
          .post(url(`/comments/${copy.commentId}/duplicate-of`))
          .send({ duplicateOf: original.commentId })
          .expect(201);
        copy.duplicateOf = original.commentId;
      }
    });

    it('takes amendments: asylum seekers included as comments asked, a measure added, one removed, a budget from elsewhere', async () => {
      const bodies = amendmentBodies(v1, special);
      amendment.asylum = await propose(bodies.asylum);
      amendment.added = await propose(bodies.added);
      amendment.removed = await propose(bodies.removed);
      amendment.budget = await propose(bodies.budget);
      const dropped = await propose(bodies.dropped);
      await as(officer)
        .delete(url(`/amendments/${dropped.amendmentId}`))
        .expect(204);
      dropped.withdrawn = true;
    });

    it('answers every comment, alone or in groups, and publishes the outcome once, after the last unanswered one is answered', async () => {
      await respondToGroup(
        ASYLUM.map((name) => special[name]!),
        {
          status: 'accepted',
          reason: {
            original: 'en',
            texts: {
              en: 'Measure 5 now includes asylum seekers',
              ar: 'تشمل المادة 5 الآن طالبي اللجوء',
              hr: 'Mjera 5 sada uključuje tražitelje azila',
            },
          },
          respondingUnit: 'Office for Integration',
          amendmentIds: [amendment.asylum.amendmentId],
        },
      );
      await respondToGroup(
        LANGUAGES_ASKED.map((name) => special[name]!),
        {
          status: 'partially-accepted',
          reason: withArabic('Notices come in three more languages', 'تصدر الإعلانات بثلاث لغات إضافية'),
          respondingUnit: 'Communications Department',
          amendmentIds: [amendment.added.amendmentId],
        },
      );
      await respond(special.removal!, {
        status: 'accepted',
        respondingUnit: 'Office of the Mayor',
        amendmentIds: [amendment.removed.amendmentId],
      });
      const owed = ledger.owedAnAnswer().filter((c) => !c.response);
      const last = owed.pop()!;
      const grouped = owed.filter((_, k) => everydayResponse(k) === undefined);
      await inTurns(owed, 4, async (comment, k) => {
        const response = everydayResponse(k);
        if (response) await respond(comment, response);
      });
      for (let at = 0; at < grouped.length; at += 8)
        await respondToGroup(grouped.slice(at, at + 8), {
          status: 'noted',
          reason: withArabic(
            'Taken into account in the annual programme',
            'أخذ في الاعتبار في البرنامج السنوي',
          ),
          respondingUnit: 'Office for Integration',
        });

      const unanswered = await as(officer).post(url('/outcome')).send({}).expect(422);
      expect(unanswered.body.code).toBe('outcome.unanswered-comments');
      expect(unanswered.body.errors).toEqual([expect.objectContaining({ commentId: last.commentId })]);
      await respond(last, {
        status: 'not-accepted',
        respondingUnit: 'City Treasury',
        reason: en('No funds this year'),
      });

      const published = await as(officer).post(url('/outcome')).send({}).expect(201);
      expect(published.body).toMatchObject({
        consultationId,
        planId,
        nextPlanVersion: 2,
        unansweredCommentIds: [],
      });
      const twice = await as(officer).post(url('/outcome')).send({}).expect(409);
      expect(twice.body.code).toBe('outcome.already-published');
      await caughtUp();
      v2 = (await as().get(`/consultations/plans/${planId}/versions/2`).expect(200)).body;
      expect(addedNumber()).toBe('46');
    });

    it.each(['en', 'ar'])(
      'lists, in the %s report, every comment once as it was sent, with what became of it',
      async (language) => {
        const report = (
          await as()
            .get(url(`/outcome?lang=${language}`))
            .expect(200)
        ).body;
        expect(report.language).toBe(language);
        expect(report.consultation).toMatchObject({ consultationId, languages: LANGUAGES });
        expect(report.plan).toMatchObject({ planId, consultedVersion: 1, nextVersion: 2 });
        expect(report.checkpoint.rootHash).toMatch(/^[0-9a-f]{64}$/);
        const comments = ledger.expectedComments(language, v1, v2);
        expect(comments.length).toBeGreaterThanOrEqual(100);
        // Line by line, so a failure names the comment that differs.
        expect(report.comments).toHaveLength(comments.length);
        comments.forEach((expected, at) => expect(report.comments[at]).toEqual(expected));
        expect(report.hiddenComments).toEqual(ledger.expectedHidden(language));
        expect(report.unansweredComments).toEqual([]);
        expect(report.statistics).toEqual(ledger.expectedStatistics(comments));
        const withdrawnIds = [...ledger.comments.values()].filter((c) => c.withdrawn).map((c) => c.commentId);
        for (const commentId of withdrawnIds) expect(JSON.stringify(report)).not.toContain(commentId);
      },
    );

    it('shows each changed measure before and after, with the amendments and the comments behind them', async () => {
      const report = (await as().get(url('/outcome?lang=hr')).expect(200)).body;
      const numberOf = new Map(ledger.expectedComments('hr', v1, v2).map((c) => [c.commentId, c.number]));
      const referencesTo = (a: SentAmendment) =>
        a.motivatedBy
          .map((commentId) => ({ commentId, number: numberOf.get(commentId) }))
          .sort((x, y) => x.number! - y.number!);
      const key = measure('5');
      const asylum = report.changedMeasures.find((m: { measureId: string }) => m.measureId === key.measureId);
      expect(asylum).toMatchObject({
        number: '5',
        kind: 'changed',
        comments: referencesTo(amendment.asylum),
      });
      expect(asylum.fields).toEqual([
        { field: 'text', before: key.text, after: amendment.asylum.content!.text },
        { field: 'targetGroups', before: key.targetGroups, after: [...key.targetGroups, 'asylum seekers'] },
      ]);
      const { amendmentId } = amendment.asylum;
      expect(asylum.amendments).toEqual([
        { amendmentId, kind: 'change', origin: 'comments', originExplanation: null },
      ]);
      const added = report.changedMeasures.find(
        (m: { measureId: string }) => m.measureId === amendment.added.measureId,
      );
      expect(added).toMatchObject({
        number: addedNumber(),
        kind: 'added',
        comments: referencesTo(amendment.added),
      });
      expect(added.fields).toContainEqual({
        field: 'text',
        before: null,
        after: amendment.added.content!.text,
      });
      const removed = report.changedMeasures.find(
        (m: { measureId: string }) => m.measureId === measure('23').measureId,
      );
      expect(removed).toMatchObject({
        number: '23',
        kind: 'removed',
        comments: referencesTo(amendment.removed),
      });
      expect(removed.fields).toContainEqual({ field: 'text', before: measure('23').text, after: null });
      const funded = report.changedMeasures.find(
        (m: { measureId: string }) => m.measureId === measure('12').measureId,
      );
      expect(funded).toMatchObject({ kind: 'changed', comments: [] });
      expect(funded.fields).toEqual([
        { field: 'budget', before: measure('12').budget, after: { amount: '4500000', currency: 'EUR' } },
      ]);
      expect(funded.amendments).toEqual([
        {
          amendmentId: amendment.budget.amendmentId,
          kind: 'change',
          origin: 'elsewhere',
          originExplanation: {
            text: 'Gradski proračun za 2027. financira ovu mjeru',
            language: 'hr',
            original: false,
          },
        },
      ]);
      expect(report.changedMeasures).toHaveLength(4);
    });

    it('gives one CSV row per listed comment, hidden ones with their reason', async () => {
      const csv = await as().get(url('/outcome.csv?lang=en')).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const [header, ...rows] = parseCsv(csv.text);
      const column = (row: string[], name: string) => row[header!.indexOf(name)]!;
      const expected = expectedCsvRows(ledger, v1, v2);
      expect(rows).toHaveLength(expected.length);
      rows.forEach((row, at) =>
        expect(
          Object.fromEntries(Object.keys(expected[at]!).map((name) => [name, column(row, name)])),
        ).toEqual(expected[at]),
      );
    });

    it('serves the page in the reader’s language and direction, one row per comment', async () => {
      for (const [language, direction] of [
        ['ar', 'rtl'],
        ['uk', 'ltr'],
      ] as const) {
        const page = await as()
          .get(url(`/outcome.html?lang=${language}`))
          .expect(200);
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.text).toContain(`<html lang="${language}" dir="${direction}">`);
        const rows = new Map(
          [...page.text.matchAll(/<tr id="comment-(\d+)">(.*?)<\/tr>/g)].map(
            (m) => [Number(m[1]), m[2]!] as const,
          ),
        );
        const listed = ledger.expectedComments(language, v1, v2);
        const hidden = ledger.expectedHidden(language);
        expect([...rows.keys()].sort((a, b) => a - b)).toEqual(
          [...listed, ...hidden].map((c) => c.number).sort((a, b) => a - b),
        );
        for (const comment of listed) {
          const row = rows.get(comment.number)!;
          expect(row).toContain(escapeHtml(comment.text));
          if (comment.respondingUnit) expect(row).toContain(escapeHtml(comment.respondingUnit));
          if (comment.reason) expect(row).toContain(escapeHtml(comment.reason.text));
        }
        for (const comment of hidden)
          expect(rows.get(comment.number)).toContain(escapeHtml(comment.reason.text));
        for (const comment of ledger.comments.values())
          if (comment.withdrawn || comment.hidden)
            expect(page.text).not.toContain(escapeHtml(comment.body.text));
      }
    });

    it('publishes version 2 as amended, and its diff ties each amendment to the comments behind it', async () => {
      expect(v2.derivedFrom).toEqual({ version: 1, consultationId });
      const measures = new Map(v2.sections.flatMap((s) => s.measures).map((m) => [m.measureId, m] as const));
      expect(measures.get(measure('5').measureId)).toMatchObject(amendment.asylum.content!);
      expect(measures.get(measure('12').measureId)?.budget).toEqual({ amount: '4500000', currency: 'EUR' });
      expect(measures.get(measure('7').measureId)).toEqual(measure('7'));
      expect(measures.has(measure('23').measureId)).toBe(false);
      expect(measures.get(amendment.added.measureId)).toMatchObject(amendment.added.content!);
      expect(measures.size).toBe(45);
      const diff = await as().get(`/consultations/plans/${planId}/diff?from=1&to=2`).expect(200);
      const standing = ledger.amendments.filter((a) => !a.withdrawn);
      expect(diff.body.differences).toHaveLength(standing.length);
      for (const sent of standing)
        expect(diff.body.differences).toContainEqual(
          expect.objectContaining({
            measureId: sent.measureId,
            amendments: [{ amendmentId: sent.amendmentId, kind: sent.kind, consultationId, version: 2 }],
            commentIds: sent.motivatedBy,
          }),
        );
    });
  },
);
