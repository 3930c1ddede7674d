import request from 'supertest';
import { startSmtpServer, type TestSmtpServer } from '@commonplan/testing';
import { identityPlatform, type IdentityPlatform } from '../identity.fixture';

describe('signing in with a link mailed through the SMTP server of SMTP_URL', () => {
  let smtp: TestSmtpServer;
  let platform: IdentityPlatform;
  beforeAll(async () => {
    smtp = await startSmtpServer({ refusing: ['nobody@city.example'] });
    platform = await identityPlatform('PGlite', {
      mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Commonplan <no-reply@city.example>' },
      publicUrl: 'https://participate.city.example',
    });
  });
  afterAll(async () => {
    await platform?.close();
    await smtp?.close();
  });

  it('mails the link to the address typed, at the site of PUBLIC_URL, and the link signs its holder in', async () => {
    const server = platform.app.getHttpServer();
    await request(server)
      .post('/identity/sign-in/email-link')
      .send({ email: 'amira@city.example' })
      .expect(202);
    const [mail] = smtp.received;
    expect(mail!.envelope).toEqual({ from: 'no-reply@city.example', to: ['amira@city.example'] });
    expect(mail!.mail.headers.get('content-language')).toBe('en');
    const token = /https:\/\/participate\.city\.example\/sign-in\/email#([A-Za-z0-9_-]+)\n/.exec(
      mail!.mail.text ?? '',
    )![1];
    const session = await request(server)
      .post('/identity/sign-in/email-link/redemption')
      .send({ token })
      .expect(201);
    expect(session.body).toMatchObject({ token: expect.any(String) });
  });

  it('answers an address the mail server refuses as it answers any other', async () => {
    const before = smtp.received.length;
    await request(platform.app.getHttpServer())
      .post('/identity/sign-in/email-link')
      .send({ email: 'nobody@city.example' })
      .expect(202);
    expect(smtp.received).toHaveLength(before);
  });
});
