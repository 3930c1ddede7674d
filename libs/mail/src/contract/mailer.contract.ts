import { MailRefused } from '../port/mail-not-sent';
import type { MailMessage, Mailer } from '../port/mailer';
import { inArabic, inUkrainian, notOneMailbox } from './contract-mail';

/** A message as its recipient's mail program would show it. */
export interface DeliveredMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly language: string;
}

export interface MailerUnderTest {
  readonly mailer: Mailer;
  /** What reached the other side so far, oldest first: what the outbox holds, what the server took. */
  delivered(): readonly DeliveredMail[];
  close(): Promise<void>;
}

export type OpenMailer = () => Promise<MailerUnderTest>;

const asDelivered = ({ to, subject, text, html, language }: MailMessage): DeliveredMail =>
  html === undefined ? { to, subject, text, language } : { to, subject, text, html, language };

/** The behaviour every mailer adapter promises. */
export const mailerContract = (name: string, open: OpenMailer): void => {
  describe(`mailer contract: ${name}`, () => {
    let under: MailerUnderTest;
    beforeEach(async () => (under = await open()));
    afterEach(() => under.close());

    it('has taken each message when send resolves, to its one recipient, in Arabic and Ukrainian intact', async () => {
      await under.mailer.send(inArabic);
      expect(under.delivered()).toEqual([asDelivered(inArabic)]);
      await under.mailer.send(inUkrainian);
      expect(under.delivered()).toEqual([asDelivered(inArabic), asDelivered(inUkrainian)]);
    });

    it.each(notOneMailbox)(
      'refuses to send to %j, which is not one mail address, and sends nothing',
      async (to) => {
        const sending = under.mailer.send({ ...inUkrainian, to });
        await expect(sending).rejects.toThrow(MailRefused);
        await expect(sending).rejects.toMatchObject({ permanent: true, responseCode: undefined });
        expect(under.delivered()).toEqual([]);
      },
    );

    it('refuses a language that is not a BCP 47 tag, so nothing rides into the headers with it', async () => {
      const sending = under.mailer.send({ ...inUkrainian, language: 'uk\r\nBcc: someone@elsewhere.example' });
      await expect(sending).rejects.toThrow(MailRefused);
      expect(under.delivered()).toEqual([]);
    });
  });
};
