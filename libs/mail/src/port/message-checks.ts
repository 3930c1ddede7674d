import { LANGUAGE_TAG } from '@commonplan/kernel';
import { MailRefused } from './mail-not-sent';
import type { MailMessage } from './mailer';

// One addr-spec and nothing around it: no display name, no list, no line break. Mail libraries
// read "a@city.example, b@elsewhere.example" as two recipients, so a typed address must not be one.
const ONE_MAILBOX = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\.]+$/u;
// RFC 5321 §4.5.3.1.3: a path is at most 256 octets, brackets included.
const LONGEST = 254;

/** Every adapter refuses the same messages, before anything is sent or kept. */
export const checkMessage = ({ to, language }: MailMessage): void => {
  if (Buffer.byteLength(to, 'utf8') > LONGEST || !ONE_MAILBOX.test(to))
    throw new MailRefused('the recipient is not one mail address');
  if (!LANGUAGE_TAG.test(language)) throw new MailRefused('the language is not a BCP 47 language tag');
};
