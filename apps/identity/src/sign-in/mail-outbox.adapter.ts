import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

export interface SignInMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

const KEPT = 50;

/**
 * Where sign-in mail goes when no mail server is configured (the embedded default): held in memory
 * for the operator's tests and demos, never written to disk or logs, since it holds an address.
 */
@Injectable()
export class MailOutbox {
  private readonly sent: SignInMail[] = [];

  constructor(private readonly logger: PinoLogger) {
    this.logger.setContext('MailOutbox');
  }

  async send(mail: SignInMail): Promise<void> {
    this.sent.push(mail);
    if (this.sent.length > KEPT) this.sent.shift();
    this.logger.info({ subject: mail.subject }, 'sign-in mail held in the in-memory outbox');
  }

  /** The mails sent to `to`, newest last. */
  to(to: string): readonly SignInMail[] {
    return this.sent.filter((mail) => mail.to === to);
  }
}
