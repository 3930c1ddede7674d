import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@commonplan/testing';
import { inArabic, inUkrainian } from '../contract/contract-mail';
import { mailerContract, type DeliveredMail } from '../contract/mailer.contract';
import { MailRefused, MailServerUnreachable } from '../port/mail-not-sent';
import { SmtpMailer } from './smtp-mailer.adapter';

const FROM = 'Commonplan <no-reply@commonplan.city.example>';

const deliveredOf = ({ envelope, mail }: ReceivedMail): DeliveredMail => {
  const shown = {
    to: envelope.to.join(','),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    language: String(mail.headers.get('content-language')),
  };
  return mail.html === false ? shown : { ...shown, html: mail.html };
};

mailerContract('SMTP', async () => {
  const server = await startSmtpServer();
  const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM });
  return {
    mailer,
    delivered: () => server.received.map(deliveredOf),
    close: async () => {
      await mailer.close();
      await server.close();
    },
  };
});

/** Listens, takes connections and never says a word, as a hung mail server does. */
const startSilentServer = async (): Promise<{ port: number; close(): Promise<void> }> => {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => void sockets.add(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
};

describe('the SMTP mailer', () => {
  let server: TestSmtpServer;
  afterEach(() => server?.close());

  it('sends From as configured, one envelope recipient, Content-Language, and only 7-bit encoded headers', async () => {
    server = await startSmtpServer();
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM });
    await mailer.send(inArabic);
    await mailer.close();
    const [received] = server.received;
    expect(received!.envelope).toEqual({ from: 'no-reply@commonplan.city.example', to: [inArabic.to] });
    expect(received!.mail.from?.value).toEqual([
      { name: 'Commonplan', address: 'no-reply@commonplan.city.example' },
    ]);
    expect(received!.mail.to).toMatchObject({ value: [{ address: inArabic.to }] });
    const headers = received!.raw.slice(0, received!.raw.indexOf('\r\n\r\n'));
    expect(headers).toMatch(/^Content-Language: ar$/m);
    expect(headers).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(headers).toMatch(/^[\x20-\x7e\r\n\t]*$/);
  });

  it('surfaces a recipient the server refuses as a permanent MailRefused that does not name the address', async () => {
    server = await startSmtpServer({ refusing: [inUkrainian.to] });
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM });
    const sending = mailer.send(inUkrainian);
    await expect(sending).rejects.toThrow(MailRefused);
    await expect(sending).rejects.toMatchObject({
      responseCode: 550,
      permanent: true,
      message: 'the mail server refused the message: 550 5.1.1',
    });
    await mailer.close();
    expect(server.received).toEqual([]);
  });

  it('signs in with the user and percent-encoded password of the URL, and a wrong one is refused', async () => {
    server = await startSmtpServer({ credentials: { user: 'commonplan', pass: 'p@ss:wörd/1' } });
    const right = new SmtpMailer({
      url: `smtp://commonplan:${encodeURIComponent('p@ss:wörd/1')}@127.0.0.1:${server.port}`,
      from: FROM,
    });
    await right.send(inUkrainian);
    await right.close();
    expect(server.received).toHaveLength(1);
    const wrong = new SmtpMailer({ url: `smtp://commonplan:guess@127.0.0.1:${server.port}`, from: FROM });
    await expect(wrong.send(inUkrainian)).rejects.toMatchObject({ responseCode: 535, permanent: true });
    await wrong.close();
  });

  it('fails with MailServerUnreachable when no server listens', async () => {
    const vacated = await startSilentServer();
    await vacated.close();
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${vacated.port}`, from: FROM, timeoutMs: 500 });
    const sending = mailer.send(inUkrainian);
    await expect(sending).rejects.toThrow(MailServerUnreachable);
    await expect(sending).rejects.toMatchObject({ permanent: false });
    await mailer.close();
  });

  it('gives up on a server that accepts the connection and never answers, instead of hanging', async () => {
    const silent = await startSilentServer();
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${silent.port}`, from: FROM, timeoutMs: 300 });
    const started = performance.now();
    await expect(mailer.send(inUkrainian)).rejects.toThrow(MailServerUnreachable);
    expect(performance.now() - started).toBeLessThan(3_000);
    await mailer.close();
    await silent.close();
  });
});
