import { inArabic, inUkrainian } from '../contract/contract-mail';
import { mailerContract } from '../contract/mailer.contract';
import { MailOutbox } from './mail-outbox.adapter';

mailerContract('in-memory outbox', async () => {
  const outbox = new MailOutbox();
  return { mailer: outbox, delivered: () => outbox.all(), close: () => outbox.close() };
});

describe('the in-memory outbox', () => {
  it('keeps the last 50 messages, and finds them by recipient', async () => {
    const outbox = new MailOutbox();
    for (let n = 0; n < 60; n++) await outbox.send({ ...inUkrainian, subject: `notice ${n}` });
    await outbox.send(inArabic);
    expect(outbox.all()).toHaveLength(50);
    expect(outbox.all()[0]!.subject).toBe('notice 11');
    expect(outbox.to(inUkrainian.to).at(-1)!.subject).toBe('notice 59');
    expect(outbox.to(inArabic.to)).toEqual([inArabic]);
  });

  it('logs that it held a message, but never the address', async () => {
    const lines: unknown[] = [];
    const outbox = new MailOutbox({ info: (fields, message) => lines.push({ fields, message }) });
    await outbox.send(inArabic);
    expect(lines).toEqual([
      { fields: { subject: inArabic.subject }, message: 'mail held in the in-memory outbox' },
    ]);
  });
});
