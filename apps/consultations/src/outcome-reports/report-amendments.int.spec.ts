import { setTimeout as sleep } from 'node:timers/promises';
import { ConsultationsTestbed, type Engine } from '../consultations.fixture';
import { ReportAmendments } from './report-amendments.reactor';

jest.setTimeout(120_000);

const LANGUAGES = ['en', 'hr', 'ar'] as const;
const [LATE, LISTED, EARLY] = [
  'The caretaker of block 4 is the one stealing bikes.',
  'Evening hours at the one-stop shop would help working parents.',
  'Spam spam spam.',
] as const;
const REASON = { original: 'en', texts: { en: 'Names a private person.', hr: 'Imenuje privatnu osobu.' } };
/** Arabic has no translation of the reason, so its reader gets the English original. */
const reasonIn = (language: string): string => (language === 'hr' ? REASON.texts.hr : REASON.texts.en);

describe.each<Engine>(['PGlite', 'PostgreSQL'])(
  'a comment hidden after the outcome is published, on %s',
  (engine) => {
    let bed: ConsultationsTestbed;
    let consultationId: string;
    const ids: Record<string, string> = {};
    let published: { checkpoint: unknown; body: string };

    const url = (rest: string) => `/consultations/${consultationId}/${rest}`;
    const reactor = () => bed.app.get(ReportAmendments);
    const stored = async () =>
      (
        await bed.db.query<{ language: string; json: string; csv: string; html: string }>(
          `SELECT language, json, csv, html FROM consultations_outcome_reports
            WHERE consultation_id = $1 ORDER BY ordinal`,
          [consultationId],
        )
      ).rows;
    const hide = (commentId: string) =>
      bed
        .as(bed.moderator().token)
        .post(url(`comments/${commentId}/hiding`))
        .send({ reason: REASON })
        .expect(201);

    beforeAll(async () => {
      bed = await ConsultationsTestbed.start(engine, { runsNotary: true });
      const plan = await bed.integraPlan();
      const closesAt = new Date(Date.now() + 6000);
      consultationId = await bed.openConsultation(plan.planId, { closesAt: closesAt.toISOString() });
      for (const text of [LATE, LISTED, EARLY]) {
        const taken = await bed
          .as(bed.resident().token)
          .post(url('comments'))
          .send({ target: { kind: 'plan' }, text, language: 'en', contributorType: 'individual' })
          .expect(201);
        ids[text] = taken.body.commentId as string;
      }
      await hide(ids[EARLY]!);
      await sleep(Math.max(0, closesAt.getTime() - Date.now()) + 100);
      for (const text of [LATE, LISTED])
        await bed
          .as(bed.officer.token)
          .put(url(`comments/${ids[text]}/response`))
          .send({
            status: 'noted',
            respondingUnit: 'Mayor’s office',
            reason: { original: 'en', texts: { en: 'Noted.' } },
          })
          .expect(200);
      await bed.as(bed.officer.token).post(url('outcome')).send({}).expect(201);
      await reactor().caughtUp();
      const report = await bed.as().get(url('outcome')).expect(200);
      published = { checkpoint: report.body.checkpoint, body: report.text };
    });
    afterAll(() => bed?.close());

    it('is in the report as published, text and all, and the report is unamended', async () => {
      const report = JSON.parse(published.body);
      expect(report).toMatchObject({ amendedAt: null, hiddenAfterPublication: [] });
      expect(report.comments.map((c: { text: string }) => c.text)).toEqual([LATE, LISTED]);
      expect(report.hiddenComments).toEqual([expect.objectContaining({ commentId: ids[EARLY], number: 3 })]);
      for (const { csv, html } of await stored()) {
        expect(csv).toContain(LATE);
        expect(html).toContain(LATE);
      }
    });

    it('leaves every format in every language, listed as hidden with its reason', async () => {
      await hide(ids[LATE]!);
      await reactor().caughtUp();
      for (const language of LANGUAGES) {
        const json = await bed
          .as()
          .get(url(`outcome?lang=${language}`))
          .expect(200);
        expect(json.text).not.toContain(LATE);
        expect(json.body.comments.map((c: { commentId: string }) => c.commentId)).toEqual([ids[LISTED]]);
        expect(json.body.hiddenComments).toEqual([
          expect.objectContaining({
            commentId: ids[LATE],
            number: 1,
            reason: {
              text: reasonIn(language),
              language: language === 'hr' ? 'hr' : 'en',
              original: language !== 'hr',
            },
          }),
          expect.objectContaining({ commentId: ids[EARLY], number: 3 }),
        ]);
        expect(json.body.statistics).toMatchObject({ submitted: 3, hidden: 2, listed: 1 });
        expect(json.body.statistics.byStatus).toMatchObject({ total: 1, noted: 1 });

        const csv = await bed
          .as()
          .get(url(`outcome.csv?lang=${language}`))
          .expect(200);
        expect(csv.text).not.toContain(LATE);
        const row = csv.text.split('\r\n').find((line) => line.includes(ids[LATE]!))!;
        expect(row).toContain(',hidden,');
        expect(row).toContain(reasonIn(language));

        const html = await bed
          .as()
          .get(url(`outcome.html?lang=${language}`))
          .expect(200);
        expect(html.text).not.toContain(LATE);
        const hiddenRow = html.text.split('\n').find((line) => line.startsWith('<tr id="comment-1">'));
        expect(hiddenRow).toContain(reasonIn(language));
        expect(html.text).toContain('<section aria-labelledby="amended-after-publication">');
        expect(html.text).toContain('<a href="#comment-1">');
      }
    });

    it('keeps citing the checkpoint of publication, and says when and why it changed', async () => {
      const { body } = await bed.as().get(url('outcome')).expect(200);
      expect(body.checkpoint).toEqual(published.checkpoint);
      expect(body.hiddenAfterPublication).toEqual([
        { commentId: ids[LATE], number: 1, hiddenAt: expect.any(String) },
      ]);
      expect(body.amendedAt).toBe(body.hiddenAfterPublication[0].hiddenAt);
      expect(Date.parse(body.amendedAt)).toBeGreaterThan(Date.parse(body.consultation.publishedAt));
    });

    it('is rebuilt to the same bytes when every reaction runs again from the start', async () => {
      const before = await stored();
      await reactor().beforeApplicationShutdown();
      await bed.db.query('DELETE FROM subscription_checkpoints WHERE name = $1', [
        'reactor:consultations.outcome-report-amendments',
      ]);
      await bed.db.query(
        'UPDATE consultations_outcome_reports SET json = $2, csv = $3, html = $4 WHERE consultation_id = $1',
        [consultationId, '{}', '', ''],
      );
      reactor().onApplicationBootstrap();
      await reactor().caughtUp();
      expect(await stored()).toEqual(before);
    });
  },
);
