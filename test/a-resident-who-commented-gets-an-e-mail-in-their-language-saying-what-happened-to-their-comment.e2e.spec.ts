import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Processors, SessionTokens } from '@commonplan/nest';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@commonplan/testing';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDir } from './support/embedded-data-dir';

jest.setTimeout(90_000);

const PLAN = '# Welcome plan\n\n## Language\n\n1. Free language classes for newcomers.\n';
const PERIOD_MS = 3_000;

describe('a resident who commented gets an e-mail in their language saying what happened to their comment', () => {
  let smtp: TestSmtpServer;
  let dataDir: string;
  let app: NestExpressApplication;
  let officer: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    dataDir = await embeddedDataDir('commonplan-e2e-notices-');
    app = await createPlatform({
      config: {
        port: 0,
        dataDir,
        logLevel: 'silent',
        environment: 'test',
        mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Grad Zagreb <no-reply@city.example>' },
      },
    });
    officer = app
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'consultations' }], 3600).token;
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const server = () => app.getHttpServer();
  const asOfficer = (call: request.Test) => call.set('authorization', `Bearer ${officer}`);
  const mailTo = async (address: string): Promise<ReceivedMail> => {
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
      const mail = smtp.received.find((received) => received.envelope.to.includes(address));
      if (mail) return mail;
    }
    throw new Error(`no mail reached ${address}`);
  };

  /** Signs in by the link mailed to `email`, which puts the address in the vault. */
  const signInByMail = async (email: string): Promise<string> => {
    await request(server()).post('/identity/sign-in/email-link').send({ email }).expect(202);
    const link = await mailTo(email);
    const token = /#([A-Za-z0-9_-]+)/.exec(link.mail.text ?? '')![1];
    smtp.received.splice(smtp.received.indexOf(link), 1);
    const session = await request(server())
      .post('/identity/sign-in/email-link/redemption')
      .send({ token })
      .expect(201);
    return session.body.token as string;
  };

  it('with the status and the reason, and nothing to a resident without an address', async () => {
    const olena = await signInByMail('olena@city.example');
    const batch = await asOfficer(request(server()).post('/identity/access-code-batches'))
      .send({ size: 1 })
      .expect(201);
    const withoutAddress = await request(server())
      .post('/identity/sign-in/access-code')
      .send({ code: batch.body.codes[0] })
      .expect(201);

    const imported = await asOfficer(request(server()).post('/consultations/plan-imports'))
      .send({ markdown: PLAN, kind: 'action-plan', language: 'hr' })
      .expect(201);
    const planId = imported.body.planId as string;
    await asOfficer(request(server()).post(`/consultations/plans/${planId}/versions`)).expect(201);
    const closesAt = Date.now() + PERIOD_MS;
    const opened = await asOfficer(request(server()).post('/consultations'))
      .send({
        planId,
        planVersion: 1,
        title: { original: 'hr', texts: { hr: 'Plan dobrodošlice', uk: 'План гостинності' } },
        explanation: { original: 'hr', texts: { hr: 'Svaki komentar dobiva odgovor.' } },
        languages: ['hr', 'uk'],
        whoMayComment: 'anyone',
        closesAt: new Date(closesAt).toISOString(),
      })
      .expect(201);
    const consultationId = opened.body.consultationId as string;
    await app.get(Processors).projectionsCaughtUp();
    const commentAs = async (token: string, text: string) => {
      const taken = await request(server())
        .post(`/consultations/${consultationId}/comments`)
        .set('authorization', `Bearer ${token}`)
        .send({ target: { kind: 'plan' }, text, language: 'uk', contributorType: 'individual' })
        .expect(201);
      return taken.body.commentId as string;
    };
    const comments = [
      await commentAs(olena, 'Потрібні безкоштовні курси мови ввечері.'),
      await commentAs(withoutAddress.body.token as string, 'І курси для дітей.'),
    ];
    for (const commentId of comments)
      await asOfficer(
        request(server()).put(`/consultations/${consultationId}/comments/${commentId}/response`),
      )
        .send({
          status: 'not-accepted',
          reason: {
            original: 'hr',
            texts: { hr: 'Tečajevi su već u planu.', uk: 'Курси вже є в плані.' },
          },
          respondingUnit: 'Ured za integraciju',
        })
        .expect((response) => expect(response.status).toBeLessThan(300));
    await sleep(Math.max(0, closesAt - Date.now() + 100));
    await app.get(Processors).projectionsCaughtUp();
    await asOfficer(request(server()).post(`/consultations/${consultationId}/outcome`))
      .send({})
      .expect(201);

    const mail = await mailTo('olena@city.example');
    expect(mail.envelope).toEqual({ from: 'no-reply@city.example', to: ['olena@city.example'] });
    expect(mail.mail.headers.get('content-language')).toBe('uk');
    expect(mail.mail.subject).toBe('Що сталося з вашим коментарем: План гостинності');
    expect(mail.mail.from?.value).toEqual([{ address: 'no-reply@city.example', name: 'Grad Zagreb' }]);
    expect(mail.mail.headers.get('to')).toMatchObject({ text: 'olena@city.example' });
    expect(mail.mail.text).toContain('Потрібні безкоштовні курси мови ввечері.');
    expect(mail.mail.text).toContain('Статус: Не прийнято\n');
    expect(mail.mail.text).toContain('Причина: Курси вже є в плані.\n');
    expect(mail.mail.text).toContain('Відповідь надав: Ured za integraciju\n');
    expect(mail.mail.text).toContain(`/consultations/${consultationId}/outcome`);
    // Both notices went out on the bus; the one to a resident without an address is never mailed.
    await app.get(Processors).relay.caughtUp();
    expect(smtp.received.map((received) => received.envelope.to)).toEqual([['olena@city.example']]);
  });
});
